#include "profileloader.h"
#include "profilewriter.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Pitwall;
using namespace std::chrono_literals;

namespace {
const char *original = "# on-call profile for orders\n"
                       "interval: 5s   # pgAdmin polls at 5 s\n"
                       "sources:\n"
                       "  # the primary\n"
                       "  - name: orders-db\n"
                       "    kind: postgres\n"
                       "    url: postgresql://monitor@127.0.0.1:5432/orders\n"
                       "thresholds:\n"
                       "  cache_hit_rate: {direction: below, warning: 0.95, critical: 0.85, for: 5m}\n"
                       "\n"
                       "# end\n";
} // namespace

class TestProfileWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rewritesOnlyIntervalAndThresholds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("oncall.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(original);
        file.close();

        auto loaded = ProfileLoader::load(path);
        QVERIFY(std::holds_alternative<Profile>(loaded));
        auto rules = std::get<Profile>(loaded).thresholds;
        rules[QStringLiteral("active_parts")].warning = 100;
        rules[QStringLiteral("cache_hit_rate")]
            = ProfileLoader::defaultThresholds().value(QStringLiteral("cache_hit_rate"));

        QString error;
        QVERIFY2(ProfileWriter::save(path, 10s, rules, &error), qPrintable(error));

        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        file.close();
        // Comments and sources stay as written; the back-to-default rule is gone, the new one is there.
        QVERIFY(
            text.startsWith(QLatin1String("# on-call profile for orders\ninterval: 10s   # pgAdmin polls at 5 s\n")));
        QVERIFY(text.contains(QLatin1String("  # the primary\n  - name: orders-db\n")));
        QVERIFY(!text.contains(QLatin1String("cache_hit_rate")));
        QVERIFY(text.contains(
            QLatin1String("thresholds:\n  active_parts: {direction: above, warning: 100, critical: 300, for: 0s}\n")));
        QVERIFY(text.endsWith(QLatin1String("\n# end\n")));
        QVERIFY(QFile::exists(path + QStringLiteral(".bak")));

        auto reloaded = ProfileLoader::load(path);
        QVERIFY(std::holds_alternative<Profile>(reloaded));
        QCOMPARE(std::get<Profile>(reloaded).interval, 10s);
        QCOMPARE(std::get<Profile>(reloaded).thresholds, rules);
    }

    void addsABlockWhereThereWasNone()
    {
        const QString text = QStringLiteral("sources:\n  - {name: c, kind: redis, url: 'redis://127.0.0.1:6379'}\n");
        auto rules = ProfileLoader::defaultThresholds();
        rules[QStringLiteral("memory_utilisation")].critical = 0.9;
        const QString updated = ProfileWriter::rewrite(text, 5s, rules, ProfileLoader::defaultThresholds());
        QCOMPARE(updated,
                 QStringLiteral("interval: 5s\nsources:\n  - {name: c, kind: redis, url: 'redis://127.0.0.1:6379'}\n"
                                "thresholds:\n  memory_utilisation: {direction: above, warning: 0.8, critical: 0.9, "
                                "for: 0s}\n"));
    }

    void keepsActionUrlsAndWarmRecipes()
    {
        const QString text = QStringLiteral(
            "sources:\n"
            "  - {name: db, kind: postgres, url: 'postgresql://m@h/db', action_url: 'postgresql://owner@h/db'}\n"
            "  - name: pg2\n"
            "    kind: postgres\n"
            "    url: 'postgresql://m@h/db2'\n"
            "    indexes:\n"
            "      - {table: public.transactions, columns: [user_id, created_at]}\n"
            "  - {name: c, kind: redis, url: 'redis://h:6379'}\n"
            "thresholds:\n"
            "  cache_hit_rate: {direction: below, warning: 0.95}\n"
            "warm_recipes:\n"
            "  - {name: r, source: db, query: 'SELECT 1 AS a', redis: c, key: 'p:{a}', value: '{a}', ttl: 1m}\n");
        auto rules = ProfileLoader::defaultThresholds();
        rules[QStringLiteral("active_parts")].warning = 100;
        const QString updated = ProfileWriter::rewrite(text, 5s, rules, ProfileLoader::defaultThresholds());
        QVERIFY(updated.contains(QLatin1String("action_url: 'postgresql://owner@h/db'")));
        QVERIFY(updated.endsWith(QLatin1String(
            "warm_recipes:\n  - {name: r, source: db, query: 'SELECT 1 AS a', redis: c, key: 'p:{a}', value: "
            "'{a}', ttl: 1m}\n")));
        auto loaded
            = ProfileLoader::parse(updated.toUtf8(), QStringLiteral("p.yaml"), ProfileLoader::defaultThresholds());
        QVERIFY(std::holds_alternative<Profile>(loaded));
        QCOMPARE(std::get<Profile>(loaded).warmRecipes.size(), 1);
        QCOMPARE(std::get<Profile>(loaded).sources.first().actionUrl.userName(), QStringLiteral("owner"));
        QVERIFY(
            updated.contains(QLatin1String("      - {table: public.transactions, columns: [user_id, created_at]}\n")));
        QCOMPARE(std::get<Profile>(loaded).sources.at(1).indexes.first().columns,
                 (QStringList{QStringLiteral("user_id"), QStringLiteral("created_at")}));
    }

    void aPanelKeepsTheLimitsItDeclares()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("sources:\n  - {name: prom, kind: prometheus, url: 'http://127.0.0.1:9090'}\n"
                   "panels:\n  - {metric: kafka_lag_seconds, promql: 'max(lag)', unit: seconds,\n"
                   "     thresholds: {direction: above, warning: 5, critical: 30}}\n");
        file.close();
        auto loaded = ProfileLoader::load(path);
        QVERIFY(std::holds_alternative<Profile>(loaded));
        auto rules = std::get<Profile>(loaded).thresholds;
        rules[QStringLiteral("active_parts")].warning = 100;

        // Unchanged, the panel's limits stay in the panel and nothing is written for them.
        QString error;
        QVERIFY2(ProfileWriter::save(path, 5s, rules, &error), qPrintable(error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        file.close();
        QVERIFY2(!text.contains(QLatin1String("  kafka_lag_seconds: {")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("  active_parts: {")));

        // Edited, they are overridden under thresholds:, and read back as edited.
        rules[QStringLiteral("kafka_lag_seconds")].critical = 60;
        QVERIFY2(ProfileWriter::save(path, 5s, rules, &error), qPrintable(error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        text = QString::fromUtf8(file.readAll());
        file.close();
        QVERIFY2(text.contains(QLatin1String("  kafka_lag_seconds: {direction: above, warning: 5, critical: 60")),
                 qPrintable(text));
        auto reloaded = ProfileLoader::load(path);
        QVERIFY(std::holds_alternative<Profile>(reloaded));
        QCOMPARE(std::get<Profile>(reloaded).thresholds.value(QStringLiteral("kafka_lag_seconds")).critical, 60.0);
    }

    void refusesWhatWouldNotLoad()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("sources:\n  - {name: c, kind: redis, url: 'redis://127.0.0.1:6379'}\n");
        file.close();
        auto rules = ProfileLoader::defaultThresholds();
        QString error;
        QVERIFY(!ProfileWriter::save(path, 100ms, rules, &error)); // below the 500 ms the loader accepts
        QVERIFY2(error.contains(QLatin1String("would be refused")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("interval: at least 500ms")), qPrintable(error));

        // Limits without a direction would come back with the default's direction: not what was edited.
        rules[QStringLiteral("cache_hit_rate")].direction.reset();
        QVERIFY(!ProfileWriter::save(path, 5s, rules, &error));
        QVERIFY2(error.contains(QLatin1String("would not read back as edited")), qPrintable(error));
        QVERIFY(!QFile::exists(path + QStringLiteral(".bak")));
    }
};

QTEST_GUILESS_MAIN(TestProfileWriter)
#include "tst_profilewriter.moc"

#include "profileloader.h"
#include "profilesources.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Pitwall;

namespace {
const char *const profileText = "# on-call profile for the orders team\n"
                                "interval: 5s\n"
                                "sources:\n"
                                "  # the primary; actions as the owner\n"
                                "  - name: orders-db\n"
                                "    kind: postgres\n"
                                "    url: postgresql://monitor@db1:5432/orders\n"
                                "    action_url: postgresql://owner@db1:5432/orders\n"
                                "    indexes:\n"
                                "      - {table: orders, columns: [customer_id]}\n"
                                "\n"
                                "  # the cache in front of it\n"
                                "  - {name: cache, kind: redis, url: 'redis://cache1:6379/0'}\n"
                                "\n"
                                "# limits the team agreed on\n"
                                "thresholds:\n"
                                "  cache_hit_rate: {direction: below, warning: 0.9, critical: 0.8, for: 1m}\n";

Profile parsed(const QString &text)
{
    auto loaded = ProfileLoader::parse(text.toUtf8(), QStringLiteral("p.yaml"), ProfileLoader::defaultThresholds());
    if (const auto *error = std::get_if<ProfileError>(&loaded))
        qFatal("%s\n%s", qPrintable(error->toString()), qPrintable(text));
    return std::get<Profile>(loaded);
}

QStringList commentsOf(const QString &text)
{
    QStringList comments;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1Char('#')))
            comments << line.trimmed();
    }
    return comments;
}
} // namespace

class TestProfileSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addsAtTheEndOfTheListAndKeepsEveryOtherLine()
    {
        QString error;
        const SourceEntry entry{QStringLiteral("paging-db.2"), SourceKind::Postgres,
                                QStringLiteral("postgresql://monitor@db2:5433/it's"), true};
        const QString text = ProfileSources::add(QString::fromUtf8(profileText), entry, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Profile profile = parsed(text);
        QCOMPARE(profile.sources.size(), 3);
        QCOMPARE(profile.sources[2].name, entry.name);
        QCOMPARE(profile.sources[2].kind, SourceKind::Postgres);
        QCOMPARE(profile.sources[2].libpqUri(), entry.url);
        QVERIFY(profile.sources[2].passwordInKeychain);
        QCOMPARE(commentsOf(text), commentsOf(QString::fromUtf8(profileText)));
        QVERIFY(text.contains(QLatin1String("cache_hit_rate: {direction: below")));
        QVERIFY(!text.contains(QLatin1String("secret")));
        // Added before the thresholds' comment, which stays theirs.
        QVERIFY(text.indexOf(QLatin1String("paging-db.2")) < text.indexOf(QLatin1String("# limits the team")));
        // A second source of that name is refused, the text untouched.
        QCOMPARE(ProfileSources::add(text, entry, &error), text);
        QVERIFY(error.contains(QLatin1String("exists already")));
    }

    void editsOneEntryAndKeepsItsOtherKeys()
    {
        QString error;
        const SourceEntry entry{QStringLiteral("orders-primary"), SourceKind::Postgres,
                                QStringLiteral("postgresql://monitor@db9:5432/orders"), true};
        const QString text
            = ProfileSources::replace(QString::fromUtf8(profileText), QStringLiteral("orders-db"), entry, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Profile profile = parsed(text);
        QCOMPARE(profile.sources.size(), 2);
        QVERIFY(!profile.source(QStringLiteral("orders-db")));
        const SourceConfig *edited = profile.source(QStringLiteral("orders-primary"));
        QVERIFY(edited);
        QCOMPARE(edited->libpqUri(), entry.url);
        QVERIFY(edited->passwordInKeychain);
        QCOMPARE(edited->actionUri, QStringLiteral("postgresql://owner@db1:5432/orders"));
        QCOMPARE(edited->indexes.size(), 1);
        QCOMPARE(profile.sources[1].name, QStringLiteral("cache")); // order kept
        QCOMPARE(commentsOf(text), commentsOf(QString::fromUtf8(profileText)));

        // A flow-style entry is edited too.
        const SourceEntry cache{QStringLiteral("cache"), SourceKind::Redis, QStringLiteral("redis://cache2:6380/1"),
                                false};
        const QString again = ProfileSources::replace(text, QStringLiteral("cache"), cache, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(parsed(again).source(QStringLiteral("cache"))->url.toString(), cache.url);
        QCOMPARE(parsed(again).sources.size(), 2);

        QCOMPARE(ProfileSources::replace(text, QStringLiteral("nowhere"), cache, &error), text);
        QVERIFY(error.contains(QLatin1String("no source named")));
    }

    void removesOneEntry()
    {
        QString error;
        const QString text
            = ProfileSources::remove(QString::fromUtf8(profileText), QStringLiteral("orders-db"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Profile profile = parsed(text);
        QCOMPARE(profile.sources.size(), 1);
        QCOMPARE(profile.sources[0].name, QStringLiteral("cache"));
        QVERIFY(!text.contains(QLatin1String("action_url")));
        QVERIFY(text.contains(QLatin1String("# the cache in front of it")));
    }

    void savesWithABackupAndRefusesWhatWouldNotLoad()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(profileText);
        file.close();
        QString error;
        const SourceEntry entry{QStringLiteral("app"), SourceKind::Metrics, QStringLiteral("http://app:9100/metrics"),
                                false};
        QVERIFY2(ProfileSources::save(path, QString(), &entry, &error), qPrintable(error));
        QVERIFY(QFile::exists(path + QStringLiteral(".bak")));
        auto loaded = ProfileLoader::load(path);
        QVERIFY(std::holds_alternative<Profile>(loaded));
        QVERIFY(std::get<Profile>(loaded).source(QStringLiteral("app")));

        // A URL of the wrong scheme for its kind would be refused on load: nothing is written.
        QFile::remove(path + QStringLiteral(".bak"));
        const SourceEntry wrong{QStringLiteral("bad"), SourceKind::Redis, QStringLiteral("http://x:1"), false};
        QVERIFY(!ProfileSources::save(path, QString(), &wrong, &error));
        QVERIFY2(error.contains(QLatin1String("would be refused")), qPrintable(error));
        QVERIFY(!QFile::exists(path + QStringLiteral(".bak")));

        QVERIFY2(ProfileSources::save(path, QStringLiteral("app"), nullptr, &error), qPrintable(error));
        loaded = ProfileLoader::load(path);
        QVERIFY(!std::get<Profile>(loaded).source(QStringLiteral("app")));
    }

    void aProfileWithoutASourcesListGetsOne()
    {
        QString error;
        const SourceEntry entry{QStringLiteral("cache"), SourceKind::Redis, QStringLiteral("redis://127.0.0.1:6379/0"),
                                false};
        const QString text = ProfileSources::add(QStringLiteral("# new\ninterval: 10s\n"), entry, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(parsed(text).sources.size(), 1);
        QVERIFY(text.startsWith(QLatin1String("# new\ninterval: 10s\nsources:\n  - name: cache\n")));
    }
};

QTEST_GUILESS_MAIN(TestProfileSources)
#include "tst_profilesources.moc"

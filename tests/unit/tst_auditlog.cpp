#include "auditlog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>
#include <vector>

using namespace Pitwall;

namespace {
QList<QByteArray> lines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> all = file.readAll().split('\n');
    if (!all.isEmpty() && all.last().isEmpty())
        all.removeLast();
    return all;
}
} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void livesInTheUsersDataDirectory()
    {
        QTemporaryDir dir;
        qputenv("XDG_DATA_HOME", QFile::encodeName(dir.path()));
        QCOMPARE(AuditLog::defaultPath(), dir.path() + QStringLiteral("/pitwall/audit.jsonl"));
    }

    void oneLinePerRunWithWhatItDid()
    {
        QTemporaryDir dir;
        const AuditLog log(dir.filePath(QStringLiteral("sub/audit.jsonl")));
        Profile profile;
        profile.filePath = QStringLiteral("/etc/pitwall/on-call.yaml");
        ActionRequest request;
        request.kind = ActionRequest::Kind::Vacuum;
        request.origin = QStringLiteral("gui");
        ActionPlan plan;
        plan.source = QStringLiteral("orders-db");
        plan.title = QStringLiteral("VACUUM (ANALYZE) on orders-db");
        plan.statements = {QStringLiteral("VACUUM (ANALYZE) \"public\".\"orders\"")};
        ActionOutcome outcome;
        outcome.status = ActionOutcome::Status::Done;
        outcome.message = QStringLiteral("VACUUM (ANALYZE) of 1 table(s) done");
        outcome.durationMs = 1234;
        QString error;
        QVERIFY2(log.append(AuditLog::entry(profile, request, plan, outcome), &error), qPrintable(error));
        outcome.status = ActionOutcome::Status::Refused;
        QVERIFY(log.append(AuditLog::entry(profile, request, plan, outcome)));

        const auto written = lines(log.path());
        QCOMPARE(written.size(), 2);
        const QJsonObject entry = QJsonDocument::fromJson(written[0]).object();
        QCOMPARE(entry.value(QLatin1String("action")).toString(), QStringLiteral("vacuum"));
        QCOMPARE(entry.value(QLatin1String("source")).toString(), QStringLiteral("orders-db"));
        QCOMPARE(entry.value(QLatin1String("profile")).toString(), QStringLiteral("/etc/pitwall/on-call.yaml"));
        QCOMPARE(entry.value(QLatin1String("origin")).toString(), QStringLiteral("gui"));
        QCOMPARE(entry.value(QLatin1String("outcome")).toString(), QStringLiteral("done"));
        QCOMPARE(entry.value(QLatin1String("duration_ms")).toInt(), 1234);
        QCOMPARE(entry.value(QLatin1String("user")).toString(), AuditLog::osUser());
        QVERIFY(!AuditLog::osUser().isEmpty());
        QCOMPARE(entry.value(QLatin1String("statements")).toArray().first().toString(), plan.statements.first());
        QVERIFY(QDateTime::fromString(entry.value(QLatin1String("time")).toString(), Qt::ISODateWithMs).isValid());
        QCOMPARE(QJsonDocument::fromJson(written[1]).object().value(QLatin1String("outcome")).toString(),
                 QStringLiteral("refused"));
        // Only its owner may read it.
        QCOMPARE(QFile(log.path()).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    }

    void concurrentWritersNeverInterleaveLines()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
        constexpr int writers = 8;
        constexpr int perWriter = 200;
        std::vector<std::thread> threads;
        for (int w = 0; w < writers; ++w) {
            threads.emplace_back([&, w] {
                // Each writer opens the file itself, as separate Pitwalls do.
                const AuditLog log(path);
                for (int i = 0; i < perWriter; ++i) {
                    QJsonObject entry{{QStringLiteral("writer"), w},
                                      {QStringLiteral("i"), i},
                                      {QStringLiteral("padding"), QString(3000, QLatin1Char('x'))}};
                    log.append(entry);
                }
            });
        }
        for (auto &thread : threads)
            thread.join();
        const auto written = lines(path);
        QCOMPARE(written.size(), writers * perWriter);
        QSet<QPair<int, int>> seen;
        for (const QByteArray &line : written) {
            QJsonParseError error;
            const QJsonObject entry = QJsonDocument::fromJson(line, &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, line.left(200).constData());
            seen.insert({entry.value(QLatin1String("writer")).toInt(), entry.value(QLatin1String("i")).toInt()});
        }
        QCOMPARE(seen.size(), writers * perWriter);
    }

    void saysWhyItCannotWrite()
    {
        const AuditLog log(QStringLiteral("/proc/pitwall-cannot-be-here/audit.jsonl"));
        QString error;
        QVERIFY(!log.append(QJsonObject{}, &error));
        QVERIFY2(error.startsWith(QStringLiteral("cannot write the audit log /proc/")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"

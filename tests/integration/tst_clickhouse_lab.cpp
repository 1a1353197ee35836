#include "collectorprobe.h"
#include "labenvironment.h"
#include "labhttp.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace Pitwall;
using namespace Pitwall::Test;

namespace {

QString profileFor(int httpPort)
{
    return QStringLiteral("interval: 5s\nsources:\n  - {name: ch, kind: clickhouse, url: 'http://127.0.0.1:%1'}\n")
        .arg(httpPort);
}

/// A table of the test's own in the lab database, merges stopped: every INSERT stays a part.
class ScratchTable
{
public:
    explicit ScratchTable(const LabEnvironment &lab, const char *prefix)
        : m_lab(lab)
        , m_name(QStringLiteral("%1_%2")
                     .arg(QLatin1String(prefix))
                     .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')))
    {
        LabHttp::clickhouse(lab,
                            QStringLiteral("CREATE TABLE lab.%1 (d Date, k UInt32, v String) "
                                           "ENGINE = MergeTree() PARTITION BY d ORDER BY k")
                                .arg(m_name));
        LabHttp::clickhouse(lab, QStringLiteral("SYSTEM STOP MERGES lab.%1").arg(m_name));
    }
    ~ScratchTable() { LabHttp::clickhouse(m_lab, QStringLiteral("DROP TABLE IF EXISTS lab.%1").arg(m_name)); }

    QString name() const { return m_name; }

    /// @p count INSERTs of one row each into the partition of 2024-01-01: @p count more parts.
    bool insertParts(int count) const
    {
        for (int i = 0; i < count; ++i) {
            bool ok = false;
            LabHttp::clickhouse(
                m_lab, QStringLiteral("INSERT INTO lab.%1 VALUES ('2024-01-01', %2, 'row')").arg(m_name).arg(i), {},
                &ok);
            if (!ok)
                return false;
        }
        return true;
    }

    /// The test's own count of the table's active parts in its partition.
    int activeParts() const
    {
        return LabHttp::clickhouse(m_lab,
                                   QStringLiteral("SELECT count() FROM system.parts WHERE active AND "
                                                  "database = 'lab' AND table = '%1' AND partition = '2024-01-01'")
                                       .arg(m_name))
            .toInt();
    }

private:
    const LabEnvironment &m_lab;
    QString m_name;
};

/// MarkCacheHits and MarkCacheMisses as the server counts them now.
QPair<double, double> markCacheEvents(const LabEnvironment &lab)
{
    const QString text = LabHttp::clickhouse(
        lab,
        QStringLiteral("SELECT sumIf(value, event = 'MarkCacheHits'), sumIf(value, event = 'MarkCacheMisses') "
                       "FROM system.events"));
    return {text.section(QLatin1Char('\t'), 0, 0).toDouble(), text.section(QLatin1Char('\t'), 1, 1).toDouble()};
}

const SlowQuery *slowQuery(const PollOutcome &outcome, const QString &id, bool running)
{
    for (const auto &query : outcome.result.slowQueries) {
        if (query.id == id && query.running == running)
            return &query;
    }
    return nullptr;
}

int freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

} // namespace

class TestClickHouseLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void activePartsRisePastTheWarningLevel()
    {
        PITWALL_REQUIRE_LAB(lab);
        const ScratchTable table(lab, "tst_parts");
        const Profile profile = profileFrom(profileFor(lab.port(QStringLiteral("CH_HTTP_PORT"))));
        CollectorProbe probe(profile, QStringLiteral("ch"));
        const Labels labels{{QStringLiteral("database"), QStringLiteral("lab")},
                            {QStringLiteral("table"), table.name()},
                            {QStringLiteral("partition"), QStringLiteral("2024-01-01")}};
        const ThresholdRule rule = profile.thresholds.value(QStringLiteral("active_parts"));

        QVERIFY(table.insertParts(20));
        const PollOutcome few = probe.poll();
        QVERIFY2(few.ok, qPrintable(few.error));
        QCOMPARE(few.value(QStringLiteral("active_parts"), labels), double(table.activeParts()));
        QCOMPARE(rule.levelOf(*few.value(QStringLiteral("active_parts"), labels)), Level::Ok);

        // Many small inserts: past parts_to_delay_insert (150), where ClickHouse starts slowing them down.
        QVERIFY(table.insertParts(140));
        const PollOutcome many = probe.poll();
        const int counted = table.activeParts();
        QVERIFY2(many.ok, qPrintable(many.error));
        qInfo("active parts: Pitwall %g, system.parts %d",
              many.value(QStringLiteral("active_parts"), labels).value_or(-1), counted);
        QCOMPARE(counted, 160);
        QCOMPARE(many.value(QStringLiteral("active_parts"), labels), double(counted));
        QCOMPARE(rule.levelOf(*many.value(QStringLiteral("active_parts"), labels)), Level::Warning);

        // OPTIMIZE merges them (with merges allowed again): one part.
        LabHttp::clickhouse(lab, QStringLiteral("SYSTEM START MERGES lab.%1").arg(table.name()));
        LabHttp::clickhouse(lab, QStringLiteral("OPTIMIZE TABLE lab.%1 FINAL").arg(table.name()));
        QTRY_COMPARE_WITH_TIMEOUT(table.activeParts(), 1, 30'000);
        const PollOutcome merged = probe.poll();
        QVERIFY2(merged.ok, qPrintable(merged.error));
        QCOMPARE(merged.value(QStringLiteral("active_parts"), labels), 1.0);
    }

    void aSlowQueryShowsRunningThenFinished()
    {
        PITWALL_REQUIRE_LAB(lab);
        const Profile profile = profileFrom(profileFor(lab.port(QStringLiteral("CH_HTTP_PORT"))));
        CollectorProbe probe(profile, QStringLiteral("ch"));
        const PollOutcome before = probe.poll(); // where query_log stands
        QVERIFY2(before.ok, qPrintable(before.error));
        const QString version = LabHttp::clickhouse(lab, QStringLiteral("SELECT version()"));
        QVERIFY2(before.result.remark.startsWith(QStringLiteral("ClickHouse ") + version),
                 qPrintable(before.result.remark));

        // sleep(2): ClickHouse 18.16 sleeps at most 3 s in one call.
        const QString id
            = QStringLiteral("pitwall-test-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        QNetworkAccessManager network;
        QUrl url(
            QStringLiteral("http://127.0.0.1:%1/?query_id=%2").arg(lab.port(QStringLiteral("CH_HTTP_PORT"))).arg(id));
        QElapsedTimer clock;
        clock.start();
        std::unique_ptr<QNetworkReply> reply(network.post(QNetworkRequest(url), QByteArray("SELECT sleep(2) AS slow")));
        QTest::qWait(1300);
        const PollOutcome during = probe.poll();
        const qint64 elapsedAfterPoll = clock.elapsed();
        QVERIFY2(during.ok, qPrintable(during.error));
        const SlowQuery *running = slowQuery(during, id, true);
        QVERIFY2(running, "the running query is not among the slow ones");
        QVERIFY(running->query.contains(QLatin1String("sleep(2)")));
        QVERIFY2(running->meanMs >= 1000 && running->meanMs <= double(elapsedAfterPoll),
                 qPrintable(QString::number(running->meanMs)));
        QCOMPARE(running->user, QStringLiteral("default"));

        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10'000);
        QCOMPARE(reply->error(), QNetworkReply::NoError);

        // The finished query reaches query_log at its next flush (7.5 s).
        PollOutcome after;
        const SlowQuery *finished = nullptr;
        QElapsedTimer waiting;
        waiting.start();
        while (!finished && waiting.elapsed() < 25'000) {
            QTest::qWait(1000);
            after = probe.poll();
            QVERIFY2(after.ok, qPrintable(after.error));
            finished = slowQuery(after, id, false);
        }
        QVERIFY2(finished, "the finished query never came from query_log");
        const QStringList logged
            = LabHttp::clickhouse(lab,
                                  QStringLiteral("SELECT query_duration_ms, read_rows, read_bytes, user "
                                                 "FROM system.query_log WHERE query_id = '%1' AND type = 2")
                                      .arg(id))
                  .split(QLatin1Char('\t'));
        QCOMPARE(logged.size(), 4);
        qInfo("slow query: Pitwall %g ms, query_log %s ms", finished->meanMs, qPrintable(logged[0]));
        QCOMPARE(finished->meanMs, logged[0].toDouble());
        QVERIFY(finished->meanMs >= 2000);
        QCOMPARE(finished->rowsRead, logged[1].toLongLong());
        QCOMPARE(finished->bytesRead, logged[2].toLongLong());
        QCOMPARE(finished->user, logged[3]);
        QCOMPARE(profile.thresholds.value(QStringLiteral("slow_query_ms")).levelOf(finished->meanMs), Level::Warning);

        // Once reported, it is not reported again.
        const PollOutcome later = probe.poll();
        QVERIFY(!slowQuery(later, id, false));
    }

    void markCacheHitRateIsWindowed()
    {
        PITWALL_REQUIRE_LAB(lab);
        const ScratchTable warm(lab, "tst_warm");
        const ScratchTable cold(lab, "tst_cold");
        QVERIFY(warm.insertParts(40));
        QVERIFY(cold.insertParts(40));
        const auto read = [&](const ScratchTable &table, int times) {
            for (int i = 0; i < times; ++i)
                LabHttp::clickhouse(lab, QStringLiteral("SELECT sum(k) + %2 FROM lab.%1").arg(table.name()).arg(i));
        };
        // A long warm history first: the warm table's marks, read again and again.
        read(warm, 30);

        const Profile profile = profileFrom(profileFor(lab.port(QStringLiteral("CH_HTTP_PORT"))));
        CollectorProbe probe(profile, QStringLiteral("ch"));
        // The test's window lies inside Pitwall's: the polls read system.events before their
        // other statements (query_log among them, whose own marks would count otherwise).
        const PollOutcome first = probe.poll();
        const auto start = markCacheEvents(lab);
        QVERIFY2(first.ok, qPrintable(first.error));
        // Then a window of mostly first reads of the cold table's parts: misses.
        read(cold, 1);
        read(warm, 1);
        const auto end = markCacheEvents(lab);
        const PollOutcome second = probe.poll();
        QVERIFY2(second.ok, qPrintable(second.error));

        const Labels mark{{QStringLiteral("cache"), QStringLiteral("mark")}};
        const auto windowed = second.value(QStringLiteral("cache_hit_rate"), mark);
        QVERIFY(windowed);
        const double hits = end.first - start.first;
        const double misses = end.second - start.second;
        const double expected = hits / (hits + misses);
        const double lifetime = end.first / (end.first + end.second);
        qInfo("mark cache: Pitwall %.3f, the test's own window %.3f (%g hits, %g misses), lifetime %.3f", *windowed,
              expected, hits, misses, lifetime);
        QVERIFY(misses >= 40);
        QVERIFY2(std::abs(*windowed - expected) <= 0.05, qPrintable(QString::number(*windowed)));
        QVERIFY2(std::abs(*windowed - lifetime) > 0.2, "the window must not be the lifetime ratio");
    }

    void withoutQueryLogTheRemarkSaysWhatToChange()
    {
        PITWALL_REQUIRE_LAB(lab);
        // A ClickHouse of the test's own, configured like the lab's but without log_queries.
        QTemporaryDir dir;
        const QString labDir = lab.dir();
        QFile labConfig(labDir + QStringLiteral("/clickhouse/config.xml"));
        QFile labUsers(labDir + QStringLiteral("/clickhouse/users.xml"));
        QVERIFY(labConfig.open(QIODevice::ReadOnly) && labUsers.open(QIODevice::ReadOnly));
        QString config = QString::fromUtf8(labConfig.readAll());
        QString users = QString::fromUtf8(labUsers.readAll());
        const int http = freePort();
        config.replace(labDir + QStringLiteral("/clickhouse/"), dir.path() + QLatin1Char('/'));
        config.replace(labDir + QStringLiteral("/log/"), dir.path() + QLatin1Char('/'));
        config.replace(QRegularExpression(QStringLiteral("<http_port>\\d+</http_port>")),
                       QStringLiteral("<http_port>%1</http_port>").arg(http));
        config.replace(QRegularExpression(QStringLiteral("<tcp_port>\\d+</tcp_port>")),
                       QStringLiteral("<tcp_port>%1</tcp_port>").arg(freePort()));
        config.replace(QRegularExpression(QStringLiteral("<interserver_http_port>\\d+</interserver_http_port>")),
                       QStringLiteral("<interserver_http_port>%1</interserver_http_port>").arg(freePort()));
        QVERIFY(users.contains(QLatin1String("<log_queries>1</log_queries>")));
        users.remove(QStringLiteral("<log_queries>1</log_queries>"));
        for (const char *sub : {"data/tmp", "data/user_files", "data/format_schemas"})
            QVERIFY(QDir().mkpath(dir.filePath(QLatin1String(sub))));
        for (const auto &[name, text] : {std::pair{"config.xml", &config}, std::pair{"users.xml", &users}}) {
            QFile file(dir.filePath(QLatin1String(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text->toUtf8());
        }
        QProcess server;
        server.setWorkingDirectory(dir.path());
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(QStringLiteral("clickhouse-server"),
                     {QStringLiteral("--config-file=") + dir.filePath(QStringLiteral("config.xml"))});
        QVERIFY(server.waitForStarted());
        const auto stop = qScopeGuard([&] {
            server.terminate();
            if (!server.waitForFinished(30'000))
                server.kill();
            server.waitForFinished();
        });
        const QUrl ping(QStringLiteral("http://127.0.0.1:%1/?query=SELECT%201").arg(http));
        QTRY_VERIFY_WITH_TIMEOUT(LabHttp::get(ping, 1000).status == 200, 60'000);

        const Profile profile = profileFrom(profileFor(http));
        CollectorProbe probe(profile, QStringLiteral("ch"));
        const PollOutcome outcome = probe.poll();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(LabHttp::clickhouse(lab, QStringLiteral("SELECT 1")), QStringLiteral("1")); // the lab's is untouched
        const QString remark = outcome.result.remark;
        qInfo("remark: %s", qPrintable(remark));
        // What is wrong, what is lost, and what to change where.
        QVERIFY2(remark.contains(QLatin1String("query logging is off")), qPrintable(remark));
        QVERIFY2(remark.contains(QLatin1String("finished slow queries are not seen")), qPrintable(remark));
        QVERIFY2(remark.contains(QLatin1String("<log_queries>1</log_queries>")), qPrintable(remark));
        QVERIFY2(remark.contains(QLatin1String("users.xml")), qPrintable(remark));
        // Everything else is still read.
        QVERIFY(outcome.value(QStringLiteral("merges_running")));
        QVERIFY(outcome.value(QStringLiteral("mutations_pending")));
    }

    void theUserTravelsInHeadersNotTheUrl()
    {
        PITWALL_REQUIRE_LAB(lab);
        const Profile profile = profileFrom(
            QStringLiteral("sources:\n  - {name: ch, kind: clickhouse, url: 'http://nobody@127.0.0.1:%1'}\n")
                .arg(lab.port(QStringLiteral("CH_HTTP_PORT"))));
        CollectorProbe probe(profile, QStringLiteral("ch"));
        const PollOutcome outcome = probe.poll();
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error,
                 QStringLiteral("clickhouse `ch` (127.0.0.1:%1): authentication failed — check the user and the "
                                "profile's ${VAR} password reference")
                     .arg(lab.port(QStringLiteral("CH_HTTP_PORT"))));
        QVERIFY(outcome.authentication);
    }
};

QTEST_GUILESS_MAIN(TestClickHouseLab)
#include "tst_clickhouse_lab.moc"

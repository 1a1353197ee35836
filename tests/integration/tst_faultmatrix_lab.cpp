// The fault matrix: every kind of source against every fault a real server
// shows, each cell checked for what the engineer at the window needs — a
// message to act on, the other sources still updating, history kept, no secret,
// no stall of the event loop. It prints the table and writes it to the test
// output (faultmatrix.md).
//
// The servers are the lab's own. Between a source and its server sits
// tests/lab/faultproxy.py, which kills, hangs, restarts, garbles, delays or
// refuses on command, so that every kind meets each fault the same way.

#include "collectorprobe.h"
#include "labenvironment.h"
#include "metricstore.h"
#include "psql.h"
#include "rediscli.h"
#include "session.h"
#include "sourcestatusmodel.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <memory>

using namespace Pitwall;
using namespace Pitwall::Test;

namespace {

/// The longest the event loop may go without turning. Sanitized builds run
/// everything several times slower; the threshold follows.
#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 stallLimitMs = 150;
#else
constexpr qint64 stallLimitMs = 50;
#endif

/// A lab server behind a fault proxy.
class FaultProxy
{
public:
    explicit FaultProxy(int upstreamPort)
    {
        m_process.setProgram(QStringLiteral("/usr/bin/python3")); // Debian's, as the lab's
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel); // a traceback reaches the test's log
        m_process.setArguments(
            {QStringLiteral(PITWALL_SOURCE_DIR "/tests/lab/faultproxy.py"), QString::number(upstreamPort)});
        m_process.start();
        if (const QByteArray line = readLine(10'000); line.startsWith("listening "))
            m_port = line.mid(10).toInt();
    }
    ~FaultProxy()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(3000);
    }

    int port() const { return m_port; }

    /// Sends @p command and waits until the proxy says it is in force.
    bool command(const QString &command)
    {
        m_process.write(command.toUtf8() + '\n');
        const QByteArray answer = readLine(5000);
        if (answer == "ok " + command.toUtf8())
            return true;
        qWarning("fault proxy on %d: '%s' to '%s'", m_port, answer.constData(), qPrintable(command));
        return false;
    }

private:
    /// The next whole line the proxy prints, without its newline; empty after @p timeoutMs.
    QByteArray readLine(int timeoutMs)
    {
        QElapsedTimer waited;
        waited.start();
        while (!m_process.canReadLine() && waited.elapsed() < timeoutMs && m_process.state() != QProcess::NotRunning)
            m_process.waitForReadyRead(100);
        return m_process.canReadLine() ? m_process.readLine().trimmed() : QByteArray();
    }

    QProcess m_process;
    int m_port = 0;
};

/// How long the event loop went without turning, at most, since reset().
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout,
                         [this] { m_longestMs = std::max(m_longestMs, m_since.restart()); });
        m_since.start();
        m_timer.start();
    }
    void reset()
    {
        m_since.restart();
        m_longestMs = 0;
    }
    qint64 longestMs() const { return m_longestMs; }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    qint64 m_longestMs = 0;
};

/// One kind of source: its name in the profile, and how to reach it at a port.
struct Target
{
    QString name;
    QString kind;
    QString portVariable;
    /// %1: the port; %2: "s" for the TLS form of the scheme.
    QString url;
    /// A cluster node: the profile's address is where the topology is first
    /// read; from then on the source polls the addresses the cluster announces,
    /// so a fault at the profile's address alone leaves it seeing the cluster.
    bool seedOnly = false;
};

const QList<Target> &targets()
{
    static const QList<Target> all{
        {QStringLiteral("postgres"), QStringLiteral("postgres"), QStringLiteral("PG_PORT"),
         QStringLiteral("postgresql://pitwall_monitor@127.0.0.1:%1/lab")},
        {QStringLiteral("pgbouncer"), QStringLiteral("pgbouncer"), QStringLiteral("PGBOUNCER_PORT"),
         QStringLiteral("postgresql://pitwall_monitor@127.0.0.1:%1/pgbouncer")},
        {QStringLiteral("redis"), QStringLiteral("redis"), QStringLiteral("REDIS_PORT"),
         QStringLiteral("redis%2://127.0.0.1:%1/0")},
        {QStringLiteral("redis-node"), QStringLiteral("redis"), QStringLiteral("REDIS_CLUSTER_PORT1"),
         QStringLiteral("redis%2://127.0.0.1:%1/0"), true},
        {QStringLiteral("clickhouse"), QStringLiteral("clickhouse"), QStringLiteral("CH_HTTP_PORT"),
         QStringLiteral("http%2://127.0.0.1:%1")},
        {QStringLiteral("prometheus"), QStringLiteral("prometheus"), QStringLiteral("PROM_PORT"),
         QStringLiteral("http%2://127.0.0.1:%1")},
        {QStringLiteral("metrics"), QStringLiteral("metrics"), QStringLiteral("APP_METRICS_PORT"),
         QStringLiteral("http%2://127.0.0.1:%1/metrics")},
    };
    return all;
}

bool isLibpq(const Target &target)
{
    return target.kind == QLatin1String("postgres") || target.kind == QLatin1String("pgbouncer");
}

/// A port on loopback that nothing listens on.
int closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort(); // closed when server goes
}

/// One cell of the table.
struct Cell
{
    QString kind;
    QString fault;
    QStringList failures;
    QString message;
};

} // namespace

class TestFaultMatrixLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const auto lab = LabEnvironment::find();
        if (!lab.isRunning())
            return; // each test says so
        // The lab's passwords for any port: the proxies listen on ports of their own.
        QFile pgpass(lab.value(QStringLiteral("PGPASSFILE")));
        QVERIFY(pgpass.open(QIODevice::ReadOnly));
        QByteArray anyPort;
        for (const auto &line : pgpass.readAll().split('\n')) {
            const auto fields = line.split(':');
            if (fields.size() == 5) {
                anyPort += fields[0] + ":*:" + fields[2] + ':' + fields[3] + ':' + fields[4] + '\n';
                m_secrets << QString::fromUtf8(fields[4]);
            }
        }
        QFile redisPassword(lab.value(QStringLiteral("REDIS_ACL_PASSWORD_FILE")));
        if (redisPassword.open(QIODevice::ReadOnly))
            m_secrets << QString::fromUtf8(redisPassword.readAll().trimmed());
        m_secrets << QString::fromLatin1(wrongPassword);
        QFile copy(m_dir.filePath(QStringLiteral("pgpass")));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(anyPort);
        copy.close();
        copy.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        qputenv("PGPASSFILE", copy.fileName().toUtf8());
        qputenv("PITWALL_FAULT_PASSWORD", wrongPassword);
    }

    // Faults that are there from the start: one session, every kind at once.
    void faultsFromTheStart_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("down at start") << QStringLiteral("down at start");
        QTest::newRow("authentication") << QStringLiteral("authentication");
        QTest::newRow("TLS mismatch") << QStringLiteral("TLS mismatch");
    }
    void faultsFromTheStart()
    {
        PITWALL_REQUIRE_LAB(lab);
        QFETCH(QString, fault);
        std::vector<std::unique_ptr<FaultProxy>> proxies;
        QString yaml = QStringLiteral("interval: 2s\nsources:\n") + witnesses(lab);
        QStringList struck;
        for (const auto &target : targets()) {
            int port = lab.port(target.portVariable);
            QString url = target.url;
            QString extra;
            if (fault == QLatin1String("down at start")) {
                port = closedPort();
            } else if (fault == QLatin1String("TLS mismatch")) {
                url = isLibpq(target) ? url + QStringLiteral("?sslmode=require") : url;
            } else if (target.kind == QLatin1String("prometheus") || target.kind == QLatin1String("metrics")) {
                // The lab's HTTP servers ask for no credentials: a proxy that does.
                proxies.push_back(std::make_unique<FaultProxy>(port));
                QVERIFY(proxies.back()->port() > 0);
                QVERIFY(proxies.back()->command(QStringLiteral("http401")));
                port = proxies.back()->port();
            } else {
                if (target.kind == QLatin1String("redis"))
                    url.replace(QLatin1String("://"), QLatin1String("://pitwall@"));
                else if (target.kind == QLatin1String("clickhouse"))
                    url.replace(QLatin1String("://"), QLatin1String("://default@"));
                extra = QStringLiteral(", password: '${PITWALL_FAULT_PASSWORD}'");
            }
            const bool tls = fault == QLatin1String("TLS mismatch") && !isLibpq(target);
            const QString source = QStringLiteral("  - {name: %1, kind: %2, url: '%3'%4}\n")
                                       .arg(target.name, target.kind, urlFor(url, port, tls), extra);
            if (tls && target.kind == QLatin1String("redis")) {
                // Debian's hiredis has no TLS: the profile itself is refused, before anything connects.
                refusedAtLoad(fault, target, QStringLiteral("sources:\n") + source);
                continue;
            }
            yaml += source;
            struck << target.name;
        }
        Session session(profileFrom(yaml), QString());
        QHash<QString, int> polls;
        connect(&session, &Session::polled, this, [&](const PollResult &result) { ++polls[result.source]; });
        StallMeter stalls;
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(inState(session, struck, SourceStatus::State::Error), 30'000);
        const int witnessPolls = polls.value(QStringLiteral("witness-sqlite"));
        QTRY_VERIFY_WITH_TIMEOUT(polls.value(QStringLiteral("witness-sqlite")) >= witnessPolls + 2, 15'000);
        for (const auto &target : targets()) {
            if (!struck.contains(target.name))
                continue;
            Cell cell{target.name, fault, {}, {}};
            const SourceStatus status = session.sources()->status(target.name);
            cell.message = status.message;
            checkMessage(&cell, status);
            if (fault == QLatin1String("authentication") && !status.authenticationFailed)
                cell.failures << QStringLiteral("not marked as an authentication failure");
            if (fault != QLatin1String("authentication") && status.authenticationFailed)
                cell.failures << QStringLiteral("marked as an authentication failure");
            checkWitnesses(&cell, session);
            checkStall(&cell, stalls);
            m_cells << cell;
        }
        session.stop();
    }

    // Faults that strike a running source: each kind behind its own proxy, the
    // fault on all of them at once, the witnesses (direct) beside them.
    void faultsWhileRunning()
    {
        PITWALL_REQUIRE_LAB(lab);
        std::vector<std::unique_ptr<FaultProxy>> proxies;
        // A poll timeout of 2 s (half the interval): a reply held 1.2 s is under
        // it with room for a sanitized build's slower client, one held 3.2 s over.
        QString yaml = QStringLiteral("interval: 4s\nsources:\n") + witnesses(lab);
        for (const auto &target : targets()) {
            proxies.push_back(std::make_unique<FaultProxy>(lab.port(target.portVariable)));
            QVERIFY(proxies.back()->port() > 0);
            yaml += QStringLiteral("  - {name: %1, kind: %2, url: '%3'}\n")
                        .arg(target.name, target.kind, urlFor(target.url, proxies.back()->port(), false));
        }
        Session session(profileFrom(yaml), QString());
        QHash<QString, int> polls;
        connect(&session, &Session::polled, this, [&](const PollResult &result) { ++polls[result.source]; });
        StallMeter stalls;
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(allOk(session), 30'000);
        const auto all = [&](const QString &command) {
            for (auto &proxy : proxies)
                if (!proxy->command(command))
                    return false;
            return true;
        };
        const auto pollsOf = [&](const QString &source) {
            return polls.value(source);
        };

        // {fault, proxy command, what the source should then show}
        const struct
        {
            const char *fault;
            QString command;
            bool staysOk;
        } faults[] = {
            {"killed mid-poll", QStringLiteral("kill mid-poll"), false},
            {"hung, then resumed", QStringLiteral("hang"), false},
            {"garbage bytes", QStringLiteral("garbage"), false},
            {"reply just under the timeout", QStringLiteral("delay 1200"), true},
            {"reply just over the timeout", QStringLiteral("delay 3200"), false},
            {"restarted, counters reset", QStringLiteral("drop"), true},
        };
        for (const auto &f : faults) {
            const QString fault = QString::fromLatin1(f.fault);
            QHash<QString, qsizetype> history;
            QHash<QString, int> before;
            for (const auto &target : targets()) {
                history[target.name] = pointsOf(session, target.name);
                before[target.name] = pollsOf(target.name);
            }
            const bool restart = f.command == QLatin1String("drop");
            if (restart) {
                // What a restarted server's counters do. ClickHouse, Prometheus
                // and the app's /metrics keep theirs: for them this is a
                // dropped connection.
                RedisCli(lab.port(QStringLiteral("REDIS_PORT")))
                    .run({QStringLiteral("CONFIG"), QStringLiteral("RESETSTAT")});
                RedisCli(lab.port(QStringLiteral("REDIS_CLUSTER_PORT1")))
                    .run({QStringLiteral("CONFIG"), QStringLiteral("RESETSTAT")});
                QVERIFY(Psql(lab).exec(QStringLiteral("SELECT pg_stat_reset()")));
            }
            const qint64 struckMs = QDateTime::currentMSecsSinceEpoch();
            QVERIFY2(all(f.command), f.fault);
            stalls.reset(); // from here: the proxies are told, only Pitwall runs on this thread
            if (f.staysOk) {
                (void)QTest::qWaitFor(
                    [&] {
                        return std::all_of(targets().cbegin(), targets().cend(), [&](const Target &t) {
                            return pollsOf(t.name) >= before.value(t.name) + 3;
                        });
                    },
                    40'000);
            } else {
                // Each cell records what it shows, whether or not all get there.
                (void)QTest::qWaitFor([&] { return allFailed(session); }, 20'000);
            }
            QHash<QString, SourceStatus> struck;
            for (const auto &target : targets())
                struck[target.name] = session.sources()->status(target.name);
            const int witnessPolls = pollsOf(QStringLiteral("witness-sqlite"));
            QTRY_VERIFY_WITH_TIMEOUT(pollsOf(QStringLiteral("witness-sqlite")) >= witnessPolls + 2, 15'000);
            const qint64 faultStallMs = stalls.longestMs();

            QVERIFY(all(QStringLiteral("pass")));
            stalls.reset();
            // Back once the server is: within the collector's backoff (at most 30 s) and a poll.
            (void)QTest::qWaitFor([&] { return allOk(session); }, 45'000);
            for (const auto &target : targets()) {
                Cell cell{target.name, fault, {}, {}};
                const SourceStatus &status = struck[target.name];
                if (const auto now = session.sources()->status(target.name); now.state != SourceStatus::State::Ok)
                    cell.failures << QStringLiteral("not OK again after the fault: %1").arg(now.message);
                if (f.staysOk) {
                    if (const int polled = pollsOf(target.name) - before.value(target.name); polled < 3)
                        cell.failures << QStringLiteral("%1 polls in 40 s").arg(polled);
                    if (status.state != SourceStatus::State::Ok)
                        cell.failures << QStringLiteral("not OK: %1").arg(status.message);
                    cell.message = restart ? QStringLiteral("OK again; no negative value after the reset")
                                           : QStringLiteral("OK");
                } else if (target.seedOnly) {
                    if (const int polled = pollsOf(target.name) - before.value(target.name); polled < 1)
                        cell.failures << QStringLiteral("not polled while its seed was struck");
                    if (status.state != SourceStatus::State::Ok)
                        cell.failures << QStringLiteral("not OK: %1").arg(status.message);
                    cell.message = QStringLiteral("OK: polled at the addresses the cluster announces, not the seed");
                } else {
                    cell.message = status.message;
                    checkMessage(&cell, status);
                }
                if (pointsOf(session, target.name) < history.value(target.name))
                    cell.failures << QStringLiteral("history lost");
                if (restart)
                    checkNoNegativeValue(&cell, session, target.name, struckMs);
                checkWitnesses(&cell, session);
                if (faultStallMs > stallLimitMs || stalls.longestMs() > stallLimitMs)
                    cell.failures
                        << QStringLiteral("event loop stalled %1 ms").arg(std::max(faultStallMs, stalls.longestMs()));
                m_cells << cell;
            }
        }
        session.stop();
    }

    void cleanupTestCase()
    {
        if (m_cells.isEmpty())
            return;
        QString table = QStringLiteral("| kind | fault | survived | message |\n|---|---|---|---|\n");
        QStringList failed;
        for (const auto &cell : m_cells) {
            QString message = cell.message;
            message.replace(QLatin1Char('|'), QLatin1String("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
            table += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                         .arg(cell.kind, cell.fault,
                              cell.failures.isEmpty()
                                  ? QStringLiteral("yes")
                                  : QStringLiteral("**no**: ") + cell.failures.join(QLatin1String("; ")),
                              message);
            if (!cell.failures.isEmpty())
                failed << cell.kind + QLatin1String(" / ") + cell.fault;
        }
        QFile out(QDir(testOutputDir()).filePath(QStringLiteral("faultmatrix.md")));
        if (QDir().mkpath(testOutputDir()) && out.open(QIODevice::WriteOnly))
            out.write(table.toUtf8());
        qInfo().noquote() << "\n" << table;
        QVERIFY2(failed.isEmpty(),
                 qPrintable(QStringLiteral("cells that failed: ") + failed.join(QLatin1String(", "))));
    }

private:
    static constexpr const char *wrongPassword = "not-the-Password-4711";

    /// The sources that are not struck: the lab's SQLite file and a ClickHouse reached directly.
    static QString witnesses(const LabEnvironment &lab)
    {
        return QStringLiteral("  - {name: witness-sqlite, kind: sqlite, url: 'sqlite://%1'}\n"
                              "  - {name: witness-clickhouse, kind: clickhouse, url: 'http://127.0.0.1:%2'}\n")
            .arg(lab.value(QStringLiteral("SQLITE_DB")))
            .arg(lab.port(QStringLiteral("CH_HTTP_PORT")));
    }

    static QString urlFor(QString url, int port, bool tls)
    {
        return url.replace(QLatin1String("%2"), tls ? QLatin1String("s") : QLatin1String("")).arg(port);
    }

    static bool inState(const Session &session, const QStringList &sources, SourceStatus::State state)
    {
        return std::all_of(sources.cbegin(), sources.cend(),
                           [&](const QString &source) { return session.sources()->status(source).state == state; });
    }
    static QStringList allTargets()
    {
        QStringList names;
        for (const auto &target : targets())
            names << target.name;
        return names;
    }
    static bool allOk(const Session &session) { return inState(session, allTargets(), SourceStatus::State::Ok); }
    static bool allFailed(const Session &session)
    {
        QStringList struck;
        for (const auto &target : targets()) {
            if (!target.seedOnly)
                struck << target.name;
        }
        return inState(session, struck, SourceStatus::State::Error);
    }

    /// A cell whose profile does not load: the loader's message is the one the engineer reads.
    void refusedAtLoad(const QString &fault, const Target &target, const QString &yaml)
    {
        Cell cell{target.name, fault, {}, {}};
        const auto loaded
            = ProfileLoader::parse(yaml.toUtf8(), QStringLiteral("profile.yaml"), ProfileLoader::defaultThresholds());
        if (const auto *error = std::get_if<ProfileError>(&loaded)) {
            cell.message = QStringLiteral("profile refused: ") + error->message;
            SourceStatus status;
            status.state = SourceStatus::State::Error;
            status.message = error->message;
            checkMessage(&cell, status);
        } else {
            cell.failures << QStringLiteral("the profile loads");
        }
        m_cells << cell;
    }

    static qsizetype pointsOf(const Session &session, const QString &source)
    {
        qsizetype points = 0;
        for (const auto &key : session.store()->keys())
            if (key.source == source)
                points += session.store()->pointCount(key);
        return points;
    }

    /// An error an engineer can act on: said, readable, without a secret.
    void checkMessage(Cell *cell, const SourceStatus &status) const
    {
        if (status.state != SourceStatus::State::Error)
            cell->failures << QStringLiteral("state %1, not Error").arg(sourceStateName(status.state));
        if (status.message.trimmed().size() < 10)
            cell->failures << QStringLiteral("no message");
        for (const QChar c : status.message)
            if ((c.category() == QChar::Other_Control && c != QLatin1Char('\n')) || c == QChar::ReplacementCharacter) {
                cell->failures
                    << QStringLiteral("unprintable character U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
                break;
            }
        for (const auto &secret : m_secrets)
            if (!secret.isEmpty() && status.message.contains(secret))
                cell->failures << QStringLiteral("a secret in the message");
    }

    static void checkWitnesses(Cell *cell, const Session &session)
    {
        for (const char *witness : {"witness-sqlite", "witness-clickhouse"})
            if (session.sources()->status(QLatin1String(witness)).state != SourceStatus::State::Ok)
                cell->failures << QStringLiteral("%1 is not OK").arg(QLatin1String(witness));
    }

    static void checkStall(Cell *cell, const StallMeter &stalls)
    {
        if (stalls.longestMs() > stallLimitMs)
            cell->failures << QStringLiteral("event loop stalled %1 ms").arg(stalls.longestMs());
    }

    static void checkNoNegativeValue(Cell *cell, const Session &session, const QString &source, qint64 sinceMs)
    {
        for (const auto &key : session.store()->keys()) {
            if (key.source != source)
                continue;
            for (const auto &point : session.store()->points(key, sinceMs, QDateTime::currentMSecsSinceEpoch()))
                if (point.value < 0 || !std::isfinite(point.value)) {
                    cell->failures << QStringLiteral("%1 = %2 after the reset").arg(key.toString()).arg(point.value);
                    return;
                }
        }
    }

    QTemporaryDir m_dir;
    QStringList m_secrets;
    QList<Cell> m_cells;
};

QTEST_GUILESS_MAIN(TestFaultMatrixLab)
#include "tst_faultmatrix_lab.moc"

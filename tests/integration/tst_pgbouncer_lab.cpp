#include "labenvironment.h"
#include "labpostgres.h"

#include <QScopeGuard>
#include <QtTest>

#include <libpq-fe.h>
#include <memory>
#include <vector>

using namespace Pitwall;
using namespace Pitwall::Test;

namespace {

const QString labPgBouncer = QStringLiteral("lab-pgbouncer");

/// pgbouncer's admin console as the test reads it: simple queries over libpq.
class AdminConsole
{
public:
    explicit AdminConsole(const LabEnvironment &lab)
        : m_connection(PQconnectdb(labConnection(lab, QStringLiteral("pitwall_monitor"), QStringLiteral("pgbouncer"),
                                                 QStringLiteral("pitwall-test"), QStringLiteral("PGBOUNCER_PORT"))
                                       .c_str()),
                       PQfinish)
    { }

    bool isOpen() const { return PQstatus(m_connection.get()) == CONNECTION_OK; }
    QString error() const { return QString::fromUtf8(PQerrorMessage(m_connection.get())); }

    /// The row of @p command whose @p keyColumn is @p key (and user, if given), column → text.
    QHash<QString, QString> row(const char *command, const QString &key, const char *keyColumn = "database",
                                const QString &user = {}) const
    {
        std::unique_ptr<PGresult, void (*)(PGresult *)> result(PQexec(m_connection.get(), command), PQclear);
        QHash<QString, QString> values;
        for (int row = 0; row < PQntuples(result.get()); ++row) {
            const auto value = [&](const char *column) {
                const int index = PQfnumber(result.get(), column);
                return index < 0 ? QString() : QString::fromUtf8(PQgetvalue(result.get(), row, index));
            };
            if (value(keyColumn) != key || (!user.isEmpty() && value("user") != user))
                continue;
            for (int column = 0; column < PQnfields(result.get()); ++column)
                values.insert(QString::fromUtf8(PQfname(result.get(), column)),
                              QString::fromUtf8(PQgetvalue(result.get(), row, column)));
        }
        return values;
    }

    QHash<QString, QString> pool() const
    {
        return row("SHOW POOLS", QStringLiteral("lab"), "database", QStringLiteral("lab_app"));
    }
    double number(const char *command, const char *column, const QString &key, const char *keyColumn = "database") const
    {
        return row(command, key, keyColumn).value(QLatin1String(column)).toDouble();
    }

private:
    std::unique_ptr<PGconn, void (*)(PGconn *)> m_connection;
};

double maxWait(const QHash<QString, QString> &pool)
{
    return pool.value(QStringLiteral("maxwait")).toDouble() + pool.value(QStringLiteral("maxwait_us")).toDouble() / 1e6;
}

} // namespace

class TestPgBouncerLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void moreClientsThanThePoolHoldsFillItAndWait()
    {
        PITWALL_REQUIRE_LAB(lab);
        const Profile profile = labProfile(lab, {labPgBouncer});
        const AdminConsole admin(lab);
        QVERIFY2(admin.isOpen(), qPrintable(admin.error()));
        const Labels pool{{QStringLiteral("database"), QStringLiteral("lab")},
                          {QStringLiteral("user"), QStringLiteral("lab_app")}};

        // Only the test's clients: the workload's requests stop.
        const QString poolClients = workloadKnob(lab, QStringLiteral("pool_clients"));
        const auto restore = qScopeGuard([&] {
            lab.lab({QStringLiteral("workload"), QStringLiteral("pool_clients=") + poolClients});
        });
        QCOMPARE(lab.lab({QStringLiteral("workload"), QStringLiteral("pool_clients=0")}), 0);
        const auto quiet = [&] {
            const auto row = admin.pool();
            return row.value(QStringLiteral("sv_active")) == QLatin1String("0")
                && row.value(QStringLiteral("cl_waiting")) == QLatin1String("0");
        };
        QTRY_VERIFY_WITH_TIMEOUT(quiet(), 15'000);
        const double poolSize = admin.number("SHOW DATABASES", "pool_size", QStringLiteral("lab"), "name");
        QVERIFY(poolSize > 0);

        CollectorProbe poller(profile, labPgBouncer);
        const double statsA = admin.number("SHOW STATS", "total_xact_count", QStringLiteral("lab"));
        const PollOutcome idle = poller.poll();
        const double statsA2 = admin.number("SHOW STATS", "total_xact_count", QStringLiteral("lab"));
        QVERIFY2(idle.ok, qPrintable(idle.error));
        QCOMPARE(idle.value(QStringLiteral("pool_utilisation"), pool).value_or(-1), 0.0);
        QCOMPARE(idle.value(QStringLiteral("pool_waiting_clients"), pool).value_or(-1), 0.0);

        // Three clients more than the pool has servers, each holding a server for 4 s.
        std::vector<std::unique_ptr<BackgroundStatement>> clients;
        const int extra = 3;
        for (int i = 0; i < int(poolSize) + extra; ++i)
            clients.push_back(std::make_unique<BackgroundStatement>(
                labConnection(lab, QStringLiteral("lab_app"), QStringLiteral("lab"),
                              QStringLiteral("pitwall-test-pool"), QStringLiteral("PGBOUNCER_PORT")),
                "SELECT pg_sleep(4)"));
        QTRY_VERIFY_WITH_TIMEOUT(admin.pool().value(QStringLiteral("cl_waiting")).toInt() == extra
                                     && admin.pool().value(QStringLiteral("sv_active")).toDouble() == poolSize,
                                 5000);
        QTest::qWait(300); // the oldest client has waited a while

        const double statsB1 = admin.number("SHOW STATS", "total_xact_count", QStringLiteral("lab"));
        const auto before = admin.pool();
        const PollOutcome full = poller.poll();
        const auto after = admin.pool();
        const double statsB2 = admin.number("SHOW STATS", "total_xact_count", QStringLiteral("lab"));
        QVERIFY2(full.ok, qPrintable(full.error));
        const auto column = [](const QHash<QString, QString> &row, const char *name) {
            return row.value(QLatin1String(name)).toDouble();
        };
        QCOMPARE(full.value(QStringLiteral("pool_utilisation"), pool).value_or(-1), 1.0);
        QCOMPARE(column(before, "sv_active") / poolSize, 1.0);
        const double waiting = full.value(QStringLiteral("pool_waiting_clients"), pool).value_or(-1);
        QVERIFY(waiting > 0);
        QVERIFY(between(waiting, column(before, "cl_waiting"), column(after, "cl_waiting")));
        QVERIFY(between(full.value(QStringLiteral("pool_clients_active"), pool).value_or(-1),
                        column(before, "cl_active"), column(after, "cl_active")));
        QVERIFY(between(full.value(QStringLiteral("pool_servers_active"), pool).value_or(-1),
                        column(before, "sv_active"), column(after, "sv_active")));
        QVERIFY(between(full.value(QStringLiteral("pool_servers_idle"), pool).value_or(-1), column(before, "sv_idle"),
                        column(after, "sv_idle")));
        const double longestWait = full.value(QStringLiteral("pool_max_wait_seconds"), pool).value_or(-1);
        QVERIFY2(longestWait > 0 && between(longestWait, maxWait(before), maxWait(after)),
                 qPrintable(QStringLiteral("Pitwall %1 s, the test %2–%3 s")
                                .arg(longestWait)
                                .arg(maxWait(before))
                                .arg(maxWait(after))));
        const ThresholdRule utilisation = profile.thresholds.value(QStringLiteral("pool_utilisation"));
        QCOMPARE(utilisation.levelOf(1.0), Level::Critical);

        // The transactions of the window, from SHOW STATS' totals (pgbouncer
        // counts one as soon as its query arrives, even while it waits).
        const double windowSeconds = double(full.result.timeMs - idle.result.timeMs) / 1000.0;
        const double transactions = full.value(QStringLiteral("pool_transactions_rate"),
                                               {{QStringLiteral("database"), QStringLiteral("lab")}})
                                        .value_or(-1)
            * windowSeconds;
        QVERIFY2(transactions > 0 && between(transactions, statsB1 - statsA2, statsB2 - statsA, 1e-6),
                 qPrintable(QStringLiteral("Pitwall %1 transactions, the test %2–%3")
                                .arg(transactions)
                                .arg(statsB1 - statsA2)
                                .arg(statsB2 - statsA)));

        // Every client is served in turn, and the pool is idle again.
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(clients.cbegin(), clients.cend(), [](const auto &client) { return client->isDone(); }), 15'000);
        for (const auto &client : clients)
            QVERIFY2(client->error().isEmpty(), qPrintable(client->error()));
        QTRY_VERIFY_WITH_TIMEOUT(quiet(), 5000);
        const PollOutcome done = poller.poll();
        QVERIFY2(done.ok, qPrintable(done.error));
        QCOMPARE(done.value(QStringLiteral("pool_utilisation"), pool).value_or(-1), 0.0);
        QCOMPARE(done.value(QStringLiteral("pool_waiting_clients"), pool).value_or(-1), 0.0);
    }

    void aConfiguredDatabaseNoClientUsedIsReportedIdle()
    {
        PITWALL_REQUIRE_LAB(lab);
        const AdminConsole admin(lab);
        QVERIFY2(admin.isOpen(), qPrintable(admin.error()));
        const QString idle = QStringLiteral("lab_idle");
        // The lab configures it and no client ever opens it: pgbouncer has no pool for it.
        QCOMPARE(admin.row("SHOW POOLS", idle), (QHash<QString, QString>()));
        const auto configured = admin.row("SHOW DATABASES", idle, "name");
        QVERIFY2(!configured.isEmpty(), "the lab's pgbouncer has no database lab_idle");
        QCOMPARE(configured.value(QStringLiteral("current_connections")), QStringLiteral("0"));
        QVERIFY(configured.value(QStringLiteral("pool_size")).toDouble() > 0);

        CollectorProbe poller(labProfile(lab, {labPgBouncer}), labPgBouncer);
        const PollOutcome poll = poller.poll();
        QVERIFY2(poll.ok, qPrintable(poll.error));
        const Labels database{{QStringLiteral("database"), idle}};
        QCOMPARE(poll.value(QStringLiteral("pool_utilisation"), database).value_or(-1), 0.0);
        QCOMPARE(poll.value(QStringLiteral("pool_waiting_clients"), database).value_or(-1), 0.0);
        QCOMPARE(poll.value(QStringLiteral("pool_servers_active"), database).value_or(-1), 0.0);
        // Still no client: the poll did not open a pool either.
        QCOMPARE(admin.row("SHOW POOLS", idle), (QHash<QString, QString>()));
    }

    void aUrlThatIsNotTheAdminConsoleIsRefused()
    {
        PITWALL_REQUIRE_LAB(lab);
        Profile profile = labProfile(lab, {labPgBouncer});
        QUrl url = profile.sources[0].url;
        url.setPath(QStringLiteral("/lab"));
        profile.sources[0].url = url;
        profile.sources[0].uri = url.toString(); // what libpq is handed
        CollectorProbe poller(profile, labPgBouncer);
        const PollOutcome poll = poller.poll();
        QVERIFY(!poll.ok);
        QVERIFY2(poll.error.contains(QLatin1String("the URL must name pgbouncer's admin database")),
                 qPrintable(poll.error));
    }
};

QTEST_GUILESS_MAIN(TestPgBouncerLab)
#include "tst_pgbouncer_lab.moc"

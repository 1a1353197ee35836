#include "labenvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace Pitwall;

namespace {
struct CheckOutput
{
    int exitCode = -1;
    QJsonObject json;
    QByteArray raw;
    QSet<QString> metrics;
    QStringList errors;
};

/// `pitwall check --json` of a one-source profile in @p dir, in @p environment (the lab's PGPASSFILE added).
CheckOutput check(const Test::LabEnvironment &lab, const QTemporaryDir &dir, const QString &kind, const QString &url,
                  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment())
{
    const QString path = dir.filePath(QStringLiteral("profile.yaml"));
    QFile profile(path);
    if (!profile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    profile.write(
        QStringLiteral("interval: 1s\nsources:\n  - {name: db, kind: %1, url: '%2'}\n").arg(kind, url).toUtf8());
    profile.close();
    if (!environment.contains(QStringLiteral("PGPASSFILE")))
        environment.insert(QStringLiteral("PGPASSFILE"), lab.value(QStringLiteral("PGPASSFILE")));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PITWALL_BINARY),
                  {QStringLiteral("check"), QStringLiteral("--profile"), path, QStringLiteral("--window"),
                   QStringLiteral("1s"), QStringLiteral("--json")});
    CheckOutput output;
    if (!process.waitForFinished(60'000))
        return output;
    output.exitCode = process.exitCode();
    output.raw = process.readAllStandardOutput() + process.readAllStandardError();
    output.json = QJsonDocument::fromJson(output.raw.left(output.raw.lastIndexOf('}') + 1)).object();
    for (const auto &item : output.json.value(QLatin1String("results")).toArray())
        output.metrics.insert(item.toObject().value(QLatin1String("metric")).toString());
    for (const auto &item : output.json.value(QLatin1String("errors")).toArray())
        output.errors << item.toObject().value(QLatin1String("message")).toString();
    return output;
}

QProcessEnvironment withoutLibpqDefaults()
{
    auto environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"PGHOST", "PGPORT", "PGUSER", "PGDATABASE", "PGSERVICE", "PGSERVICEFILE", "PGSSLMODE"})
        environment.remove(QLatin1String(name));
    return environment;
}
} // namespace

/// libpq's own connection rules, on the lab's PostgreSQL and pgbouncer: a role
/// that only the Unix socket lets in (pg_hba rejects it over TCP), reached by
/// URIs with no host, by ?host=, by a service file; several hosts; sslmode.
class TestLibpqLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSocketOnlyRoleIsReachedByHostlessUris()
    {
        PITWALL_REQUIRE_LAB(lab);
        QTemporaryDir dir;
        const QString socketDir = lab.value(QStringLiteral("PG_SOCKET_DIR"));
        const QString port = lab.value(QStringLiteral("PG_PORT"));
        const QString user = lab.value(QStringLiteral("PG_SOCKET_USER"));
        QVERIFY2(!user.isEmpty(), "the lab has no socket-only role: restart it");

        // Over TCP the role is rejected: what follows can only have come through the socket.
        const auto tcp = check(lab, dir, QStringLiteral("postgres"),
                               QStringLiteral("postgresql://%1@127.0.0.1:%2/lab").arg(user, port));
        QCOMPARE(tcp.exitCode, 3);
        QVERIFY2(tcp.metrics.isEmpty(), tcp.raw.constData());
        QVERIFY2(tcp.errors.join(QLatin1Char('\n')).contains(QLatin1String("(127.0.0.1:") + port + QLatin1Char(')')),
                 tcp.raw.constData());

        // No host at all: libpq's defaults (PGHOST names the socket directory, as a Debian server's default would).
        auto environment = withoutLibpqDefaults();
        environment.insert(QStringLiteral("PGHOST"), socketDir);
        environment.insert(QStringLiteral("PGPORT"), port);
        const auto hostless = check(lab, dir, QStringLiteral("postgres"),
                                    QStringLiteral("postgresql://%1@/lab").arg(user), environment);
        QVERIFY2(hostless.errors.isEmpty(), hostless.raw.constData());
        QVERIFY2(hostless.metrics.contains(QStringLiteral("connections_active")), hostless.raw.constData());
        QVERIFY2(hostless.metrics.contains(QStringLiteral("cache_hit_rate")), hostless.raw.constData());

        // The socket directory in ?host=, with the port and the user as parameters.
        const auto query = check(lab, dir, QStringLiteral("postgres"),
                                 QStringLiteral("postgresql:///lab?host=%1&port=%2&user=%3").arg(socketDir, port, user),
                                 withoutLibpqDefaults());
        QVERIFY2(query.errors.isEmpty(), query.raw.constData());
        QVERIFY2(query.metrics.contains(QStringLiteral("connections_active")), query.raw.constData());

        // The same socket, percent-encoded as the URI's host.
        const auto encoded = check(lab, dir, QStringLiteral("postgres"),
                                   QStringLiteral("postgresql://%1@%2:%3/lab")
                                       .arg(user, QString::fromLatin1(QUrl::toPercentEncoding(socketDir)), port),
                                   withoutLibpqDefaults());
        QVERIFY2(encoded.errors.isEmpty(), encoded.raw.constData());
        QVERIFY2(encoded.metrics.contains(QStringLiteral("connections_active")), encoded.raw.constData());

        // A socket nobody listens on is named in the error.
        const auto wrong = check(lab, dir, QStringLiteral("postgres"),
                                 QStringLiteral("postgresql:///lab?host=%1&port=1&user=%2").arg(dir.path(), user),
                                 withoutLibpqDefaults());
        QCOMPARE(wrong.exitCode, 3);
        QVERIFY2(wrong.errors.join(QLatin1Char('\n')).contains(QStringLiteral("postgres `db` (%1:1)").arg(dir.path())),
                 wrong.raw.constData());
    }

    void aServiceFileNamesTheServer()
    {
        PITWALL_REQUIRE_LAB(lab);
        QTemporaryDir dir;
        const QString services = dir.filePath(QStringLiteral("services.conf"));
        QFile file(services);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("[lab-socket]\nhost=%1\nport=%2\ndbname=lab\nuser=%3\n\n"
                                  "[lab-tcp]\nhost=127.0.0.1\nport=%2\ndbname=lab\nuser=%4\n")
                       .arg(lab.value(QStringLiteral("PG_SOCKET_DIR")), lab.value(QStringLiteral("PG_PORT")),
                            lab.value(QStringLiteral("PG_SOCKET_USER")), lab.value(QStringLiteral("PG_MONITOR_USER")))
                       .toUtf8());
        file.close();

        auto environment = withoutLibpqDefaults();
        environment.insert(QStringLiteral("PGSERVICEFILE"), services);
        for (const char *service : {"lab-socket", "lab-tcp"}) {
            const auto found
                = check(lab, dir, QStringLiteral("postgres"),
                        QStringLiteral("postgresql://?service=%1").arg(QLatin1String(service)), environment);
            QVERIFY2(found.errors.isEmpty(), found.raw.constData());
            QVERIFY2(found.metrics.contains(QStringLiteral("connections_active")), found.raw.constData());
        }

        // ~/.pg_service.conf when no PGSERVICEFILE is set.
        QTemporaryDir home;
        QVERIFY(QFile::copy(services, home.filePath(QStringLiteral(".pg_service.conf"))));
        auto atHome = withoutLibpqDefaults();
        atHome.insert(QStringLiteral("HOME"), home.path());
        const auto homeFile
            = check(lab, dir, QStringLiteral("postgres"), QStringLiteral("postgresql://?service=lab-socket"), atHome);
        QVERIFY2(homeFile.errors.isEmpty(), homeFile.raw.constData());
        QVERIFY2(homeFile.metrics.contains(QStringLiteral("connections_active")), homeFile.raw.constData());

        // A service the file does not have: libpq's word, with the service named as the source's address.
        const auto missing
            = check(lab, dir, QStringLiteral("postgres"), QStringLiteral("postgresql://?service=nope"), environment);
        QCOMPARE(missing.exitCode, 3);
        const QString message = missing.errors.join(QLatin1Char('\n'));
        QVERIFY2(message.contains(QLatin1String("postgres `db` (service nope)")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("nope")) && message.contains(QLatin1String("not found")),
                 qPrintable(message));
    }

    void severalHostsAndSslmodePassThrough()
    {
        PITWALL_REQUIRE_LAB(lab);
        QTemporaryDir dir;
        const QString port = lab.value(QStringLiteral("PG_PORT"));
        const QString bouncer = lab.value(QStringLiteral("PGBOUNCER_PORT"));
        // The first host is down; libpq goes on to the next, a primary as target_session_attrs asks.
        const auto failover = check(
            lab, dir, QStringLiteral("postgres"),
            QStringLiteral("postgresql://pitwall_monitor@127.0.0.1:1,127.0.0.1:%1/lab?target_session_attrs=read-write")
                .arg(port));
        QVERIFY2(failover.errors.isEmpty(), failover.raw.constData());
        QVERIFY2(failover.metrics.contains(QStringLiteral("connections_active")), failover.raw.constData());

        // A primary is not a standby: libpq refuses every host, and says so.
        const auto standby = check(
            lab, dir, QStringLiteral("postgres"),
            QStringLiteral("postgresql://pitwall_monitor@127.0.0.1:%1/lab?target_session_attrs=standby").arg(port));
        QCOMPARE(standby.exitCode, 3);
        QVERIFY2(standby.metrics.isEmpty(), standby.raw.constData());

        // sslmode reaches libpq: the lab serves no TLS, so require fails, disable works.
        const auto require
            = check(lab, dir, QStringLiteral("postgres"),
                    QStringLiteral("postgresql://pitwall_monitor@127.0.0.1:%1/lab?sslmode=require").arg(port));
        QCOMPARE(require.exitCode, 3);
        QVERIFY2(require.errors.join(QLatin1Char('\n')).contains(QLatin1String("SSL"), Qt::CaseInsensitive),
                 require.raw.constData());

        // pgbouncer: several hosts, and the host and port as parameters.
        for (const QString &url :
             {QStringLiteral("postgresql://pitwall_monitor@127.0.0.1:1,127.0.0.1:%1/pgbouncer?sslmode=disable")
                  .arg(bouncer),
              QStringLiteral("postgresql:///pgbouncer?host=127.0.0.1&port=%1&user=pitwall_monitor").arg(bouncer)}) {
            const auto pool = check(lab, dir, QStringLiteral("pgbouncer"), url);
            QVERIFY2(pool.errors.isEmpty(), pool.raw.constData());
            QVERIFY2(pool.metrics.contains(QStringLiteral("pool_utilisation")), pool.raw.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestLibpqLab)
#include "tst_libpq_lab.moc"

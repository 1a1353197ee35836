#include "collector.h"
#include "collectorfactory.h"
#include "pgconnection.h"
#include "profileloader.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace Pitwall;

namespace {

Profile profileWith(const QString &sources)
{
    auto loaded = ProfileLoader::parse(QStringLiteral("interval: 4s\nsources:\n%1").arg(sources).toUtf8(),
                                       QStringLiteral("p.yaml"), ProfileLoader::defaultThresholds());
    if (const auto *error = std::get_if<ProfileError>(&loaded))
        qFatal("%s", qPrintable(error->toString()));
    return std::get<Profile>(loaded);
}

/// One poll of @p source: the failure message, or empty if it polled.
QString pollError(const Profile &profile)
{
    const auto collector = createCollector(profile.sources.first(), profile);
    QSignalSpy failed(collector.get(), &Collector::failed);
    QSignalSpy polled(collector.get(), &Collector::polled);
    collector->pollOnce();
    collector->shutdown();
    return failed.isEmpty() ? QString() : failed.first().at(1).toString();
}

} // namespace

/// https:// is verified by Qt Network against the system's trust store, and
/// rediss:// (which hiredis 0.14 cannot speak) is refused: neither reads a
/// server it cannot trust, nor sends a password in the clear.
class TestTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anUntrustedCertificateIsRefusedAndNamed()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend in this Qt");
        // A certificate no authority signed: only a server set up wrongly (or an attacker) offers it.
        QTemporaryDir dir;
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                       QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                       dir.filePath(QStringLiteral("cert.pem"))});
        if (!openssl.waitForFinished(30'000) || openssl.exitCode() != 0)
            QSKIP("openssl cannot make a certificate here");
        QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
        QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
        QVERIFY(keyFile.open(QIODevice::ReadOnly) && certFile.open(QIODevice::ReadOnly));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        configuration.setLocalCertificate(QSslCertificate(certFile.readAll()));
        QSslServer server;
        server.setSslConfiguration(configuration);
        int requests = 0;
        connect(&server, &QSslServer::pendingConnectionAvailable, this, [&] {
            while (auto *socket = server.nextPendingConnection())
                connect(socket, &QIODevice::readyRead, this, [&requests] { ++requests; });
        });
        QVERIFY(server.listen(QHostAddress::LocalHost));

        for (const char *kind : {"clickhouse", "prometheus", "metrics"}) {
            const QString error = pollError(
                profileWith(QStringLiteral("  - {name: tls, kind: %1, url: 'https://127.0.0.1:%2/metrics'}\n")
                                .arg(QLatin1String(kind))
                                .arg(server.serverPort())));
            QVERIFY2(error.contains(QLatin1String("TLS failed")) && error.contains(QLatin1String("certificate")),
                     qPrintable(error));
            QVERIFY2(error.contains(QLatin1String("`tls` (127.0.0.1:")), qPrintable(error));
        }
        // Nothing was asked of a server that could not be trusted.
        QCOMPARE(requests, 0);
    }

    void httpsToAPlainPortSaysSo()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend in this Qt");
        QTcpServer plain;
        QVERIFY(plain.listen(QHostAddress::LocalHost));
        connect(&plain, &QTcpServer::newConnection, this, [&] {
            while (auto *socket = plain.nextPendingConnection())
                connect(socket, &QIODevice::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
                });
        });
        const QString error = pollError(profileWith(
            QStringLiteral("  - {name: ch, kind: clickhouse, url: 'https://127.0.0.1:%1'}\n").arg(plain.serverPort())));
        QVERIFY2(error.contains(QLatin1String("TLS failed")), qPrintable(error));
    }

    void redissIsRefusedEvenPastTheLoader()
    {
        // A profile built in code (the local probe, a test) does not pass the
        // loader: the collector refuses the scheme itself, before connecting.
        Profile profile
            = profileWith(QStringLiteral("  - {name: cache, kind: redis, url: 'redis://127.0.0.1:6379/0'}\n"));
        profile.sources[0].url = QUrl(QStringLiteral("rediss://pitwall@127.0.0.1:6380/0"));
        const QString error = pollError(profile);
        QVERIFY2(error.contains(QLatin1String("only redis:// is supported")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("rediss://")), qPrintable(error));
    }

    void libpqSslModePassesThroughUntouched()
    {
        Profile profile = profileWith(QStringLiteral(
            "  - {name: db, kind: postgres, url: "
            "'postgresql://monitor@db.example:5432/orders?sslmode=verify-full&sslrootcert=/etc/ssl/ca.pem'}\n"));
        const QString conninfo = QString::fromStdString(
            PgConnection::connectionString(profile.sources[0], QString(), std::chrono::seconds(2), false));
        QVERIFY2(conninfo.contains(QLatin1String("sslmode='verify-full'")), qPrintable(conninfo));
        QVERIFY2(conninfo.contains(QLatin1String("sslrootcert='/etc/ssl/ca.pem'")), qPrintable(conninfo));
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"

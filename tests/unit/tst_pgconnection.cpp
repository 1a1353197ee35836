#include "pgconnection.h"

#include <QtTest>

#include <libpq-fe.h>
#include <map>

using namespace Pitwall;
using namespace std::chrono_literals;

namespace {
/// What libpq reads from @p conninfo: keyword → value, set ones only.
std::map<QString, QString> read(const std::string &conninfo)
{
    std::map<QString, QString> values;
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.c_str(), &error);
    if (!options) {
        PQfreemem(error);
        return values;
    }
    for (const PQconninfoOption *option = options; option->keyword; ++option) {
        if (option->val)
            values[QString::fromUtf8(option->keyword)] = QString::fromUtf8(option->val);
    }
    PQconninfoFree(options);
    return values;
}

SourceConfig source(const QString &uri)
{
    SourceConfig config;
    config.name = QStringLiteral("db");
    config.uri = uri;
    config.url = QUrl(uri);
    return config;
}
} // namespace

class TestPgConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handsLibpqTheUriAsItIs_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("keyword");
        QTest::addColumn<QString>("value");
        QTest::newRow("no host") << QStringLiteral("postgresql:///orders") << QStringLiteral("dbname")
                                 << QStringLiteral("orders");
        QTest::newRow("socket directory") << QStringLiteral("postgresql:///acc?host=/run/pg&port=5433&user=u")
                                          << QStringLiteral("host") << QStringLiteral("/run/pg");
        QTest::newRow("socket directory's port") << QStringLiteral("postgresql:///acc?host=/run/pg&port=5433&user=u")
                                                 << QStringLiteral("port") << QStringLiteral("5433");
        QTest::newRow("encoded socket directory")
            << QStringLiteral("postgresql://%2Frun%2Fpg/acc") << QStringLiteral("host") << QStringLiteral("/run/pg");
        QTest::newRow("service") << QStringLiteral("postgresql://?service=orders") << QStringLiteral("service")
                                 << QStringLiteral("orders");
        QTest::newRow("several hosts") << QStringLiteral(
            "postgresql://m@db1:5432,db2:5433/o?target_session_attrs=read-write")
                                       << QStringLiteral("host") << QStringLiteral("db1,db2");
        QTest::newRow("several ports") << QStringLiteral(
            "postgresql://m@db1:5432,db2:5433/o?target_session_attrs=read-write")
                                       << QStringLiteral("port") << QStringLiteral("5432,5433");
        QTest::newRow("target_session_attrs")
            << QStringLiteral("postgresql://m@db1:5432,db2:5433/o?target_session_attrs=read-write")
            << QStringLiteral("target_session_attrs") << QStringLiteral("read-write");
        QTest::newRow("sslmode") << QStringLiteral("postgresql://m@h/o?sslmode=verify-full&sslrootcert=/etc/ca.pem")
                                 << QStringLiteral("sslmode") << QStringLiteral("verify-full");
        QTest::newRow("a quote in a value")
            << QStringLiteral("postgresql://o%27brien@h/o") << QStringLiteral("user") << QStringLiteral("o'brien");
        QTest::newRow("the URI's connect_timeout") << QStringLiteral("postgresql://h/o?connect_timeout=9")
                                                   << QStringLiteral("connect_timeout") << QStringLiteral("9");
        QTest::newRow("the URI's application_name") << QStringLiteral("postgresql://h/o?application_name=mine")
                                                    << QStringLiteral("application_name") << QStringLiteral("mine");
        QTest::newRow("our connect_timeout")
            << QStringLiteral("postgresql://h/o") << QStringLiteral("connect_timeout") << QStringLiteral("3");
        QTest::newRow("our application_name")
            << QStringLiteral("postgresql:///o") << QStringLiteral("application_name") << QStringLiteral("pitwall");
    }

    void handsLibpqTheUriAsItIs()
    {
        QFETCH(QString, uri);
        QFETCH(QString, keyword);
        QFETCH(QString, value);
        const auto values = read(PgConnection::connectionString(source(uri), QString(), 2500ms, false));
        QCOMPARE(values.count(keyword) ? values.at(keyword) : QStringLiteral("(unset)"), value);
        // No host invented where the URI names none: libpq's default socket (or PGHOST, or the service).
        if (!uri.contains(QLatin1String("host=")) && uri.startsWith(QLatin1String("postgresql:///")))
            QVERIFY(!values.count(QStringLiteral("host")));
    }

    void mergesPasswordDatabaseAndOptions()
    {
        const SourceConfig config = source(QStringLiteral("postgresql:///o?host=/run/pg&options=-c%20work_mem%3D64MB"));
        const auto session = read(PgConnection::connectionString(config, QStringLiteral("s3cr'et"), 4000ms, true));
        QCOMPARE(session.at(QStringLiteral("password")), QStringLiteral("s3cr'et"));
        QCOMPARE(session.at(QStringLiteral("host")), QStringLiteral("/run/pg"));
        // The URI's options stay, and Pitwall's come after them (the later -c wins).
        const QString options = session.at(QStringLiteral("options"));
        QVERIFY2(options.startsWith(QLatin1String("-c work_mem=64MB ")), qPrintable(options));
        QVERIFY2(options.contains(QLatin1String("-c statement_timeout=4000")), qPrintable(options));
        QVERIFY2(options.contains(QLatin1String("default_transaction_read_only=on")), qPrintable(options));
        QVERIFY(
            !read(PgConnection::connectionString(config, QString(), 4000ms, true)).count(QStringLiteral("password")));

        const auto action = read(
            PgConnection::actionConnectionString(config, QString(), 2000ms, 0ms, false, QStringLiteral("other")));
        QCOMPARE(action.at(QStringLiteral("dbname")), QStringLiteral("other"));
        QCOMPARE(action.at(QStringLiteral("application_name")), QStringLiteral("pitwall-action"));
        QVERIFY(action.at(QStringLiteral("options")).contains(QLatin1String("-c lock_timeout=2000")));
        QVERIFY(!action.at(QStringLiteral("options")).contains(QLatin1String("read_only")));
        QCOMPARE(PgConnection::databaseOf(config), QStringLiteral("o"));

        // A read-only session looks read-only to libpq's read-write check: the primary is asked for instead.
        const SourceConfig primary = source(QStringLiteral("postgresql://h1,h2/o?target_session_attrs=read-write"));
        QCOMPARE(read(PgConnection::connectionString(primary, QString(), 2000ms, true))
                     .at(QStringLiteral("target_session_attrs")),
                 QStringLiteral("primary"));
        QCOMPARE(read(PgConnection::actionConnectionString(primary, QString(), 2000ms, 0ms, false))
                     .at(QStringLiteral("target_session_attrs")),
                 QStringLiteral("read-write"));
        QCOMPARE(PgConnection::databaseOf(source(QStringLiteral("postgresql://?service=s"))), QString());
    }

    void aUriLibpqRefusesIsAnError()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 PgConnection::connectionString(source(QStringLiteral("postgresql://h/o?nosuchkey=1")),
                                                                QString(), 2000ms, false));
    }

    void aConnectionLostMidPollIsSaidSo_data()
    {
        QTest::addColumn<QString>("libpqMessage");
        // libpq's words, and libpqxx 6.4's when the connection went while it read a reply.
        QTest::newRow("libpq") << QStringLiteral("server closed the connection unexpectedly\n\tThis probably means "
                                                 "the server terminated abnormally\n\tbefore or while processing");
        QTest::newRow("libpqxx 6.4") << QStringLiteral("Could not obtain client encoding: not connected.");
    }

    void aConnectionLostMidPollIsSaidSo()
    {
        QFETCH(QString, libpqMessage);
        QCOMPARE(PgConnection::explain(QStringLiteral("postgres `db` (h:5432)"), libpqMessage),
                 QStringLiteral("postgres `db` (h:5432): the connection was lost mid-poll — was the server restarted "
                                "or killed, or does something in between reset connections?"));
    }

    void libpqxxsReasonlessFailureNamesThePort()
    {
        QCOMPARE(PgConnection::explain(QStringLiteral("postgres `db` (h:5432)"),
                                       QStringLiteral("Connection to database failed")),
                 QStringLiteral("postgres `db` (h:5432): the connection failed without a reason — is this "
                                "PostgreSQL's (or pgbouncer's) port?"));
    }
};

QTEST_GUILESS_MAIN(TestPgConnection)
#include "tst_pgconnection.moc"

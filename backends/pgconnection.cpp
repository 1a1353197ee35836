#include "pgconnection.h"

#include <QStringList>
#include <QUrlQuery>

#include <pqxx/except>

#include <cmath>

namespace Pitwall::PgConnection {

namespace {
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}
} // namespace

std::string connectionString(const SourceConfig &source, const QString &password, std::chrono::milliseconds timeout,
                             bool sessionOptions)
{
    const QUrl &url = source.url;
    QStringList parts;
    const auto add = [&](const QString &key, const QString &value) {
        if (!value.isEmpty())
            parts << key + QLatin1Char('=') + quoted(value);
    };
    add(QStringLiteral("host"), url.host());
    if (url.port() > 0)
        add(QStringLiteral("port"), QString::number(url.port()));
    add(QStringLiteral("dbname"), url.path().mid(1));
    add(QStringLiteral("user"), url.userName());
    add(QStringLiteral("password"), password);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != QLatin1String("password") && key != QLatin1String("options"))
            add(key, value);
    }
    if (!query.hasQueryItem(QStringLiteral("connect_timeout")))
        add(QStringLiteral("connect_timeout"),
            QString::number(std::max<qint64>(2, qint64(std::ceil(double(timeout.count()) / 1000.0)))));
    if (!query.hasQueryItem(QStringLiteral("application_name")))
        add(QStringLiteral("application_name"), QStringLiteral("pitwall"));
    if (sessionOptions)
        add(QStringLiteral("options"),
            QStringLiteral("-c statement_timeout=%1 -c lock_timeout=%1 -c default_transaction_read_only=on")
                .arg(timeout.count()));
    return parts.join(QLatin1Char(' ')).toStdString();
}

std::string actionConnectionString(const SourceConfig &source, const QString &password,
                                   std::chrono::milliseconds connectTimeout, std::chrono::milliseconds statementTimeout,
                                   bool readOnly)
{
    // Later keywords win in a libpq connection string.
    QString options = QStringLiteral("-c statement_timeout=%1 -c lock_timeout=%2")
                          .arg(statementTimeout.count())
                          .arg(connectTimeout.count());
    if (readOnly)
        options += QStringLiteral(" -c default_transaction_read_only=on");
    const QString extra = QStringLiteral("application_name=") + quoted(QStringLiteral("pitwall-action"))
        + QStringLiteral(" options=") + quoted(options);
    return connectionString(source, password, connectTimeout, false) + ' ' + extra.toStdString();
}

QString explain(const QString &where, const std::exception &error)
{
    return explain(where, QString::fromLocal8Bit(error.what()));
}

QString explain(const QString &where, const QString &libpqMessage)
{
    const QString text = libpqMessage.trimmed();
    const QString first = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    const auto has = [&](const char *needle) {
        return text.contains(QLatin1String(needle), Qt::CaseInsensitive);
    };
    QString reason;
    if (has("Connection refused"))
        reason = QStringLiteral("connection refused — is the server running?");
    else if (has("timeout expired"))
        reason = QStringLiteral("no answer while connecting — is the host reachable and the server up?");
    else if (has("password authentication failed"))
        reason = QStringLiteral(
            "password authentication failed — check ~/.pgpass, PGPASSFILE or the profile's ${VAR} reference");
    else if (has("no password supplied") || has("fe_sendauth"))
        reason = QStringLiteral("the server wants a password and none was found — add it to ~/.pgpass or PGPASSFILE, "
                                "or name an environment variable in the profile (${VAR})");
    else if (has("canceling statement due to statement timeout"))
        reason = QStringLiteral("a query ran past the poll timeout — the server may be overloaded");
    else if (has("does not exist"))
        reason = first;
    else if (has("permission denied"))
        reason = first + QStringLiteral(" — the monitoring role needs pg_monitor");
    else
        reason = first;
    return where + QLatin1String(": ") + reason;
}

} // namespace Pitwall::PgConnection

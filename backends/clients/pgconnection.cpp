#include "pgconnection.h"

#include "connectionhints.h"
#include "peertext.h"

#include <QCoreApplication>
#include <QStringList>

#include <pqxx/except>

#include <algorithm>
#include <cmath>
#include <libpq-fe.h>
#include <memory>
#include <stdexcept>

namespace Pitwall::PgConnection {

namespace {
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

/// A libpq keyword list in libpq's order; a later set() of a keyword replaces it.
class Keywords
{
public:
    void set(const QString &key, const QString &value)
    {
        for (auto &item : m_items) {
            if (item.first == key) {
                item.second = value;
                return;
            }
        }
        m_items.append({key, value});
    }
    QString value(const QString &key) const
    {
        for (const auto &item : m_items) {
            if (item.first == key)
                return item.second;
        }
        return {};
    }
    bool has(const QString &key) const
    {
        return std::any_of(m_items.cbegin(), m_items.cend(), [&](const auto &item) { return item.first == key; });
    }
    std::string text() const
    {
        QStringList parts;
        for (const auto &[key, value] : m_items)
            parts << key + QLatin1Char('=') + quoted(value);
        return parts.join(QLatin1Char(' ')).toStdString();
    }

private:
    QList<QPair<QString, QString>> m_items;
};

/// The keywords libpq itself reads from the source's URI (PQconninfoParse): every
/// form libpq accepts, and nothing it would not. Only what the URI sets.
Keywords uriKeywords(const SourceConfig &source)
{
    const QByteArray uri = source.libpqUri().toUtf8();
    char *error = nullptr;
    std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(PQconninfoParse(uri.constData(), &error),
                                                                         &PQconninfoFree);
    if (!options) {
        const QString message = error ? QString::fromUtf8(error).trimmed() : QStringLiteral("out of memory");
        PQfreemem(error);
        throw std::invalid_argument(
            QCoreApplication::translate("Pitwall::PgConnection", "libpq cannot read the URL: %1")
                .arg(message)
                .toStdString());
    }
    Keywords keywords;
    for (const PQconninfoOption *option = options.get(); option->keyword; ++option) {
        if (option->val)
            keywords.set(QString::fromUtf8(option->keyword), QString::fromUtf8(option->val));
    }
    return keywords;
}

/// Pitwall's read-only session would make every host look read-only to libpq's
/// target_session_attrs=read-write check: ask for the primary instead, which is
/// what a read-write target means for a server, and which libpq tells apart
/// without asking the session (in_hot_standby, pg_is_in_recovery()).
void keepTargetOfReadOnlySession(Keywords &keywords)
{
    if (keywords.value(QStringLiteral("target_session_attrs")) == QLatin1String("read-write"))
        keywords.set(QStringLiteral("target_session_attrs"), QStringLiteral("primary"));
}

QString joinedOptions(const QString &theirs, const QString &ours)
{
    // Later -c settings win: ours come last.
    return theirs.isEmpty() ? ours : theirs + QLatin1Char(' ') + ours;
}

Keywords keywordsFor(const SourceConfig &source, const QString &password, std::chrono::milliseconds timeout,
                     const QString &database)
{
    Keywords keywords = uriKeywords(source);
    if (!password.isEmpty())
        keywords.set(QStringLiteral("password"), password);
    if (!database.isEmpty())
        keywords.set(QStringLiteral("dbname"), database);
    if (!keywords.has(QStringLiteral("connect_timeout")))
        keywords.set(QStringLiteral("connect_timeout"),
                     QString::number(std::max<qint64>(2, qint64(std::ceil(double(timeout.count()) / 1000.0)))));
    return keywords;
}
} // namespace

std::string connectionString(const SourceConfig &source, const QString &password, std::chrono::milliseconds timeout,
                             bool sessionOptions, const QString &database)
{
    Keywords keywords = keywordsFor(source, password, timeout, database);
    if (!keywords.has(QStringLiteral("application_name")))
        keywords.set(QStringLiteral("application_name"), QStringLiteral("pitwall"));
    if (sessionOptions)
        keepTargetOfReadOnlySession(keywords);
    if (sessionOptions)
        keywords.set(QStringLiteral("options"),
                     joinedOptions(keywords.value(QStringLiteral("options")),
                                   QStringLiteral("-c statement_timeout=%1 -c lock_timeout=%1 "
                                                  "-c default_transaction_read_only=on")
                                       .arg(timeout.count())));
    return keywords.text();
}

std::string actionConnectionString(const SourceConfig &source, const QString &password,
                                   std::chrono::milliseconds connectTimeout, std::chrono::milliseconds statementTimeout,
                                   bool readOnly, const QString &database)
{
    Keywords keywords = keywordsFor(source, password, connectTimeout, database);
    keywords.set(QStringLiteral("application_name"), QStringLiteral("pitwall-action"));
    QString options = QStringLiteral("-c statement_timeout=%1 -c lock_timeout=%2")
                          .arg(statementTimeout.count())
                          .arg(connectTimeout.count());
    if (readOnly) {
        options += QStringLiteral(" -c default_transaction_read_only=on");
        keepTargetOfReadOnlySession(keywords);
    }
    keywords.set(QStringLiteral("options"), joinedOptions(keywords.value(QStringLiteral("options")), options));
    return keywords.text();
}

QString databaseOf(const SourceConfig &source)
{
    try {
        return uriKeywords(source).value(QStringLiteral("dbname"));
    } catch (const std::invalid_argument &) {
        return {};
    }
}

QString explain(const QString &where, const std::exception &error)
{
    return explain(where, peerText(error.what()));
}

namespace {
/// The server refused the credentials: PostgreSQL says "password
/// authentication failed", pgbouncer "SASL authentication failed" (SCRAM) or
/// "auth failed" (md5, plain).
bool refusedCredentials(const QString &libpqMessage)
{
    for (const char *needle : {"password authentication failed", "SASL authentication failed", "auth failed"})
        if (libpqMessage.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    return false;
}
} // namespace

QString explain(const QString &where, const QString &libpqMessage)
{
    const QString text = libpqMessage.trimmed();
    const QString first = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    const auto has = [&](const char *needle) {
        return text.contains(QLatin1String(needle), Qt::CaseInsensitive);
    };
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Pitwall::PgConnection", text);
    };
    QString reason;
    if (has("Connection refused"))
        reason = ConnectionHints::refused();
    else if (has("timeout expired"))
        reason = tr("no answer while connecting — is the host reachable and the server up?");
    else if (refusedCredentials(text))
        reason = tr("password authentication failed — check ~/.pgpass, PGPASSFILE or the profile's ${VAR} reference");
    else if (has("no password supplied") || has("fe_sendauth"))
        reason = tr("the server wants a password and none was found — add it to ~/.pgpass or PGPASSFILE, "
                    "or name an environment variable in the profile (${VAR})");
    else if (has("canceling statement due to statement timeout"))
        reason = tr("a query ran past the poll timeout — the server may be overloaded");
    else if (has("server closed the connection unexpectedly") || has("Could not obtain client encoding")
             || has("Lost connection to the database server"))
        // libpq's words, or libpqxx 6.4's when the connection went while it read a reply.
        reason = tr("the connection was lost mid-poll — was the server restarted or killed, or does something "
                    "in between reset connections?");
    else if (first == QLatin1String("Connection to database failed"))
        // libpqxx's words when libpq gave none: the peer closed at once or spoke no PostgreSQL.
        reason = tr("the connection failed without a reason — is this PostgreSQL's (or pgbouncer's) port?");
    else if (has("does not exist"))
        reason = first;
    else if (has("permission denied"))
        reason = first + tr(" — the monitoring role needs pg_monitor");
    else
        reason = first;
    return where + QLatin1String(": ") + reason;
}

CollectorError error(const QString &where, const QString &libpqMessage)
{
    const bool authentication = refusedCredentials(libpqMessage)
        || libpqMessage.contains(QLatin1String("no password supplied"))
        || libpqMessage.contains(QLatin1String("fe_sendauth"));
    return CollectorError(explain(where, libpqMessage),
                          authentication ? CollectorError::Kind::Authentication : CollectorError::Kind::Other);
}

CollectorError error(const QString &where, const std::exception &failure)
{
    return error(where, peerText(failure.what()));
}

} // namespace Pitwall::PgConnection

#pragma once

#include "httpclient.h"
#include "profile.h"

#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QString>

#include <chrono>
#include <memory>

class QNetworkReply;

namespace Pitwall {

/// ClickHouse over its HTTP interface, for actions: reads in a read-only
/// session, statements that change something, and statements started in the
/// background (OPTIMIZE) with a query_id that KILL QUERY can name. Lives on one
/// thread (an action's worker); every failure is a CollectorError naming the
/// source. Identifiers and literals go through quoteIdentifier() and
/// quoteString(), never pasted.
class ClickHouseClient
{
public:
    using Settings = QList<QPair<QString, QString>>;

    /// @p where names the source in messages; @p password may be empty.
    ClickHouseClient(const SourceConfig &source, QString password, QString where, std::chrono::milliseconds timeout);
    ~ClickHouseClient();

    /// A SELECT in a read-only session (readonly=2), its rows as JSON arrays.
    QJsonArray select(const QString &sql);
    /// The raw answer of @p sql in the given session settings (readonly=1 for
    /// a user's query that must not write); throws on an error status.
    QByteArray query(const QString &sql, const Settings &settings);
    /// A statement that changes something; its answer's body.
    QByteArray execute(const QString &sql, const Settings &settings = {});
    /// Starts @p sql with @p queryId and no transfer timeout; see HttpClient::start().
    std::unique_ptr<QNetworkReply> start(const QString &sql, const QString &queryId, const Settings &settings = {});
    /// The answer of a started statement; throws on an error status.
    QByteArray finish(std::unique_ptr<QNetworkReply> reply);

    /// `name` → `` `name` ``, with backquotes and backslashes escaped.
    static QString quoteIdentifier(const QString &name);
    /// `text` → `'text'`, with quotes, backslashes and control characters escaped.
    static QString quoteString(const QString &text);
    /// The server's message out of an exception body ("Code: 60, e.displayText() = DB::Exception: …").
    static QString serverMessage(const QByteArray &body);
    /// The body of a 200 answer; else the error to show, starting with @p where
    /// (Kind::Authentication when the server refused the user or password).
    static QByteArray checked(const HttpClient::Response &response, const QString &where);

private:
    QUrl url(const Settings &settings) const;
    HttpClient::Headers headers() const;
    QByteArray checked(const HttpClient::Response &response) const { return checked(response, m_where); }

    SourceConfig m_source;
    QString m_password;
    QString m_where;
    HttpClient m_http;
};

} // namespace Pitwall

#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace Pitwall {

/// Blocking HTTP for a collector's own thread (Qt Network underneath): every
/// request has the poll timeout, and every failure becomes a CollectorError
/// that names the source and says what to check. Create it on the thread that
/// uses it.
class HttpClient
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    struct Response
    {
        int status = 0;
        QByteArray body;

        /// 401 or 403: the server wants credentials, or refused the ones sent.
        bool refusedCredentials() const { return status == 401 || status == 403; }
    };

    /// @p where names the source in messages, e.g. "clickhouse `analytics` (127.0.0.1:8123)".
    HttpClient(QString where, std::chrono::milliseconds timeout);
    ~HttpClient();

    /// Requests end by @p deadline at the latest (a poll's: all of its requests
    /// together), each within the timeout as well. Default: no deadline.
    void setDeadline(QDeadlineTimer deadline) { m_deadline = deadline; }

    /// Any answer with a status, even 4xx/5xx; throws only when there is none.
    Response get(const QUrl &url, const Headers &headers = {});
    Response post(const QUrl &url, const QByteArray &body, const Headers &headers = {});

    /// Starts a POST and returns at once, for a request that may take longer
    /// than any timeout (OPTIMIZE, VACUUM-like work): the caller keeps its
    /// thread's event loop turning until the reply is finished, then reads it
    /// with finish(). @p transferTimeout zero: none.
    std::unique_ptr<QNetworkReply> start(const QUrl &url, const QByteArray &body, const Headers &headers,
                                         std::chrono::milliseconds transferTimeout);
    /// Waits for @p reply (within its own transfer timeout, and at most
    /// @p limit in all unless that is zero) and returns its answer; throws like
    /// get() and post().
    Response finish(std::unique_ptr<QNetworkReply> reply, std::chrono::milliseconds limit = {});

private:
    /// get() and post(): within the timeout and what is left of the deadline.
    Response send(const QUrl &url, const QByteArray *body, const Headers &headers);
    std::unique_ptr<QNetworkReply> begin(const QUrl &url, const QByteArray *body, const Headers &headers,
                                         std::chrono::milliseconds transferTimeout);

    QString m_where;
    std::chrono::milliseconds m_timeout;
    QDeadlineTimer m_deadline{QDeadlineTimer::Forever};
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

} // namespace Pitwall

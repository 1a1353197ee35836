#include "httpclient.h"

#include "collectorerror.h"
#include "connectionhints.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

namespace Pitwall {

HttpClient::HttpClient(QString where, std::chrono::milliseconds timeout)
    : m_where(std::move(where))
    , m_timeout(timeout)
    , m_manager(std::make_unique<QNetworkAccessManager>())
{ }

HttpClient::~HttpClient() = default;

HttpClient::Response HttpClient::get(const QUrl &url, const Headers &headers)
{
    return send(url, nullptr, headers);
}

HttpClient::Response HttpClient::post(const QUrl &url, const QByteArray &body, const Headers &headers)
{
    return send(url, &body, headers);
}

HttpClient::Response HttpClient::send(const QUrl &url, const QByteArray *body, const Headers &headers)
{
    qint64 allowedMs = m_timeout.count();
    if (!m_deadline.isForever())
        allowedMs = std::min(allowedMs, m_deadline.remainingTime());
    if (allowedMs <= 0)
        throw CollectorError(m_where + QStringLiteral(": ") + ConnectionHints::noAnswer(m_timeout));
    const std::chrono::milliseconds allowed(allowedMs);
    return finish(begin(url, body, headers, allowed), allowed);
}

std::unique_ptr<QNetworkReply> HttpClient::start(const QUrl &url, const QByteArray &body, const Headers &headers,
                                                 std::chrono::milliseconds transferTimeout)
{
    return begin(url, &body, headers, transferTimeout);
}

std::unique_ptr<QNetworkReply> HttpClient::begin(const QUrl &url, const QByteArray *body, const Headers &headers,
                                                 std::chrono::milliseconds transferTimeout)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(int(transferTimeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (body)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain; charset=utf-8"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return std::unique_ptr<QNetworkReply>(body ? m_manager->post(request, *body) : m_manager->get(request));
}

HttpClient::Response HttpClient::finish(std::unique_ptr<QNetworkReply> reply, std::chrono::milliseconds limit)
{
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // The transfer timeout counts silence only; a server that trickles is cut off at the limit too.
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, reply.get(), &QNetworkReply::abort);
    if (limit.count() > 0)
        deadline.start(limit);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        throw CollectorError(m_where + QStringLiteral(": the request was cancelled"));
    }

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid())
        return Response{status.toInt(), reply->readAll()};

    QString reason;
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        reason = ConnectionHints::refused();
        break;
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        reason = ConnectionHints::noAnswer(m_timeout);
        break;
    case QNetworkReply::HostNotFoundError:
        reason = QCoreApplication::translate("Pitwall::HttpClient", "host not found — check the URL in the profile");
        break;
    case QNetworkReply::RemoteHostClosedError:
        reason = QCoreApplication::translate(
            "Pitwall::HttpClient", "the server closed the connection without an answer — is this the right port?");
        break;
    case QNetworkReply::SslHandshakeFailedError:
        // Qt Network verified the certificate and refused it; errors are never ignored.
        reason = QCoreApplication::translate("Pitwall::HttpClient",
                                             "TLS failed (%1) — is the server's certificate trusted by this machine "
                                             "(its CA in the system store) and issued for this host, and does the "
                                             "server speak https on this port?")
                     .arg(reply->errorString());
        break;
    case QNetworkReply::ProtocolFailure:
        reason = QCoreApplication::translate("Pitwall::HttpClient", "the answer is not HTTP — is this the right port?");
        break;
    default:
        reason = reply->errorString();
        break;
    }
    throw CollectorError(m_where + QStringLiteral(": ") + reason);
}

} // namespace Pitwall

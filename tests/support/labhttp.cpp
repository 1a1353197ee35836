#include "labhttp.h"

#include "labenvironment.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace Pitwall::Test::LabHttp {

namespace {
Answer send(const QUrl &url, const QByteArray *body, int timeoutMs)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    if (body)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
    std::unique_ptr<QNetworkReply> reply(body ? network.post(request, *body) : network.get(request));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    return answer;
}
} // namespace

Answer get(const QUrl &url, int timeoutMs)
{
    return send(url, nullptr, timeoutMs);
}

Answer post(const QUrl &url, const QByteArray &body, int timeoutMs)
{
    return send(url, &body, timeoutMs);
}

QString clickhouse(const LabEnvironment &lab, const QString &sql, const QList<QPair<QString, QString>> &parameters,
                   bool *ok)
{
    QUrl url(QStringLiteral("http://127.0.0.1:%1/").arg(lab.port(QStringLiteral("CH_HTTP_PORT"))));
    QUrlQuery query;
    for (const auto &[name, value] : parameters)
        query.addQueryItem(name, value);
    url.setQuery(query);
    const Answer answer = post(url, sql.toUtf8());
    if (ok)
        *ok = answer.status == 200;
    if (answer.status != 200) {
        qWarning("clickhouse: %s: HTTP %d %s", qPrintable(sql), answer.status, answer.body.left(300).constData());
        return {};
    }
    return QString::fromUtf8(answer.body).trimmed();
}

QJsonArray prometheus(const LabEnvironment &lab, const QString &promql, std::optional<double> timeSeconds)
{
    QUrl url(QStringLiteral("http://127.0.0.1:%1/api/v1/query").arg(lab.port(QStringLiteral("PROM_PORT"))));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("query"), QString::fromLatin1(QUrl::toPercentEncoding(promql)));
    if (timeSeconds)
        query.addQueryItem(QStringLiteral("time"), QString::number(*timeSeconds, 'f', 3));
    url.setQuery(query);
    const Answer answer = get(url);
    const QJsonObject object = QJsonDocument::fromJson(answer.body).object();
    if (object.value(QLatin1String("status")).toString() != QLatin1String("success")) {
        qWarning("prometheus: %s: HTTP %d %s", qPrintable(promql), answer.status, answer.body.left(300).constData());
        return {};
    }
    return object.value(QLatin1String("data")).toObject().value(QLatin1String("result")).toArray();
}

QList<QPair<QString, double>> scrape(const QUrl &url)
{
    // Deliberately naive: "name{labels} value" lines of a well-behaved exporter, split at the last space.
    QList<QPair<QString, double>> samples;
    const auto lines = get(url).body.split('\n');
    for (const auto &line : lines) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype space = line.lastIndexOf(' ');
        samples.append({QString::fromUtf8(line.left(space)), line.mid(space + 1).toDouble()});
    }
    return samples;
}

} // namespace Pitwall::Test::LabHttp

#include "prometheuscollector.h"

#include "collectorerror.h"
#include "httpclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <cmath>

namespace Pitwall {

PrometheusCollector::PrometheusCollector(SourceConfig source, const Profile &profile, QObject *parent)
    : Collector(std::move(source), profile, parent)
    , m_panels(PrometheusPanel::defaults())
{ }

PrometheusCollector::~PrometheusCollector() = default;

void PrometheusCollector::open()
{
    m_http = std::make_unique<HttpClient>(describe(), pollTimeout());
    api(QStringLiteral("status/buildinfo"), {});
}

void PrometheusCollector::close()
{
    m_http.reset();
}

QJsonValue PrometheusCollector::api(const QString &path, const QList<QPair<QString, QString>> &parameters)
{
    QUrl url = source().url;
    url.setUserInfo(QString());
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + QStringLiteral("/api/v1/") + path);
    QUrlQuery query;
    for (const auto &[key, value] : parameters)
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(query);
    HttpClient::Headers headers;
    if (const QString secret = password(); !secret.isEmpty())
        headers.append(
            {"Authorization", "Basic " + (source().url.userName() + QLatin1Char(':') + secret).toUtf8().toBase64()});

    const auto response = m_http->get(url, headers);
    const QJsonObject answer = QJsonDocument::fromJson(response.body).object();
    if (response.status == 401 || response.status == 403)
        throw CollectorError(QStringLiteral("%1: HTTP %2 — the server wants credentials (profile: ${VAR} reference)")
                                 .arg(describe())
                                 .arg(response.status));
    if (answer.value(QLatin1String("status")).toString() != QLatin1String("success")) {
        const QString error = answer.value(QLatin1String("error")).toString();
        throw CollectorError(QStringLiteral("%1: /api/v1/%2: %3")
                                 .arg(describe(), path,
                                      error.isEmpty()
                                          ? QStringLiteral("HTTP %1 without a Prometheus answer — is this a "
                                                           "Prometheus server?")
                                                .arg(response.status)
                                          : error));
    }
    return answer.value(QLatin1String("data"));
}

PollResult PrometheusCollector::poll()
{
    PollResult result;
    result.timeMs = QDateTime::currentMSecsSinceEpoch();
    const QString at = QString::number(double(result.timeMs) / 1000.0, 'f', 3);
    for (const auto &panel : std::as_const(m_panels)) {
        const QJsonObject data
            = api(QStringLiteral("query"), {{QStringLiteral("query"), panel.promql}, {QStringLiteral("time"), at}})
                  .toObject();
        for (const auto &item : data.value(QLatin1String("result")).toArray()) {
            const QJsonObject series = item.toObject();
            const double value = series.value(QLatin1String("value")).toArray().at(1).toString().toDouble();
            if (!std::isfinite(value))
                continue; // 0/0 of an idle cache, a quantile of no requests
            Labels labels;
            const QJsonObject metric = series.value(QLatin1String("metric")).toObject();
            for (auto it = metric.begin(); it != metric.end(); ++it) {
                if (it.key() != QLatin1String("__name__"))
                    labels.insert(it.key(), it.value().toString());
            }
            result.samples.append(Sample{{source().name, panel.metric, labels}, result.timeMs, value});
        }
    }
    readAlerts(result);
    return result;
}

void PrometheusCollector::readAlerts(PollResult &result)
{
    const QJsonArray alerts = api(QStringLiteral("alerts"), {}).toObject().value(QLatin1String("alerts")).toArray();
    for (const auto &item : alerts) {
        const QJsonObject object = item.toObject();
        if (object.value(QLatin1String("state")).toString() != QLatin1String("firing"))
            continue;
        const QJsonObject labels = object.value(QLatin1String("labels")).toObject();
        Alert alert;
        alert.origin = QStringLiteral("prometheus");
        alert.key.source = source().name;
        alert.key.metric = labels.value(QLatin1String("alertname")).toString();
        for (auto it = labels.begin(); it != labels.end(); ++it) {
            if (it.key() != QLatin1String("alertname"))
                alert.key.labels.insert(it.key(), it.value().toString());
        }
        const QString severity = labels.value(QLatin1String("severity")).toString();
        alert.level = severity == QLatin1String("critical") || severity == QLatin1String("page") ? Level::Critical
                                                                                                 : Level::Warning;
        alert.currentLevel = alert.level;
        alert.startMs = QDateTime::fromString(object.value(QLatin1String("activeAt")).toString(), Qt::ISODateWithMs)
                            .toMSecsSinceEpoch();
        alert.peak = alert.lastValue = object.value(QLatin1String("value")).toString().toDouble();
        alert.summary
            = object.value(QLatin1String("annotations")).toObject().value(QLatin1String("summary")).toString();
        alert.id = int(qHash(alert.key.toString()) & 0x7fffffff);
        result.alerts.append(alert);
    }
}

} // namespace Pitwall

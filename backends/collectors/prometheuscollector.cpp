#include "prometheuscollector.h"

#include "collectorerror.h"
#include "httpclient.h"
#include "logging.h"
#include "profileloader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

namespace Pitwall {

namespace {
QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

/// Prometheus sends values as strings: "0.93", "NaN", "+Inf".
double valueOf(const QJsonValue &value)
{
    return value.toString().toDouble();
}
} // namespace

PrometheusCollector::PrometheusCollector(SourceConfig source, const Profile &profile, QObject *parent)
    : Collector(std::move(source), profile, parent)
    , m_panels(profile.panelsFor(this->source().name, ProfileLoader::defaultPanels()))
{ }

PrometheusCollector::~PrometheusCollector() = default;

qint64 PrometheusCollector::backfillStepMs(qint64 rangeMs, int columns, qint64 intervalMs)
{
    // The start moves back by up to a step to a whole multiple: one step of
    // slack under the limit, and one more for the point at each end.
    const auto atLeast = [rangeMs](qint64 points) {
        return (rangeMs + points - 1) / points;
    };
    return std::max({atLeast(maxPointsPerSeries - 2), atLeast(std::max(1, columns)), intervalMs, qint64(1)});
}

void PrometheusCollector::open()
{
    m_http = std::make_unique<HttpClient>(describe(), pollTimeout());
    api(QStringLiteral("status/buildinfo"), {});
}

void PrometheusCollector::close()
{
    m_http.reset();
}

QJsonValue PrometheusCollector::api(const QString &path, const QList<QPair<QString, QString>> &parameters,
                                    QString *queryError)
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
    if (response.refusedCredentials())
        throw CollectorError(
            QCoreApplication::translate("Pitwall::PrometheusCollector",
                                        "%1: HTTP %2 — the server wants credentials (profile: ${VAR} reference)")
                .arg(describe())
                .arg(response.status),
            CollectorError::Kind::Authentication);
    const QString status = answer.value(QLatin1String("status")).toString();
    if (status == QLatin1String("success"))
        return answer.value(QLatin1String("data"));
    const QString error = answer.value(QLatin1String("error")).toString();
    if (status == QLatin1String("error") && !error.isEmpty() && queryError) {
        *queryError = error;
        return {};
    }
    throw CollectorError(QStringLiteral("%1: /api/v1/%2: %3")
                             .arg(describe(), path,
                                  error.isEmpty()
                                      ? QCoreApplication::translate("Pitwall::PrometheusCollector",
                                                                    "HTTP %1 without a Prometheus answer — is this a "
                                                                    "Prometheus server?")
                                            .arg(response.status)
                                      : error));
}

Sample PrometheusCollector::sample(const PanelConfig &panel, const QJsonObject &metric, qint64 timeMs,
                                   double value) const
{
    Labels labels;
    for (auto it = metric.begin(); it != metric.end(); ++it) {
        if (it.key() != QLatin1String("__name__"))
            labels.insert(it.key(), it.value().toString());
    }
    return Sample{{source().name, panel.metric, labels}, timeMs, value};
}

PollResult PrometheusCollector::poll()
{
    // One deadline for the poll's every request, not one each.
    m_http->setDeadline(QDeadlineTimer(pollTimeout()));
    PollResult result;
    result.timeMs = QDateTime::currentMSecsSinceEpoch();
    QStringList remarks;
    for (const auto &panel : std::as_const(m_panels)) {
        QString error;
        const QJsonObject data
            = api(QStringLiteral("query"),
                  {{QStringLiteral("query"), panel.promql}, {QStringLiteral("time"), seconds(result.timeMs)}}, &error)
                  .toObject();
        if (!error.isEmpty()) {
            remarks << QStringLiteral("panel %1: %2").arg(panel.metric, error);
            continue;
        }
        // A panel whose metrics the server does not have has no result: it is absent, not an error.
        for (const auto &item : data.value(QLatin1String("result")).toArray()) {
            const QJsonObject series = item.toObject();
            const double value = valueOf(series.value(QLatin1String("value")).toArray().at(1));
            if (std::isfinite(value)) // not 0/0 of an idle cache, nor a quantile of no requests
                result.samples.append(
                    sample(panel, series.value(QLatin1String("metric")).toObject(), result.timeMs, value));
        }
    }
    readAlerts(result);
    if (result.samples.isEmpty() && remarks.isEmpty())
        remarks << tr("none of its %n panel(s) returned a series — do their metrics exist on this server?", nullptr,
                      int(m_panels.size()));
    result.remark = remarks.join(QLatin1String("; "));
    return result;
}

QList<Sample> PrometheusCollector::history(const TimeRange &range)
{
    const qint64 fromMs = range.fromMs;
    const qint64 toMs = range.toMs;
    // A day of history may take longer than a poll: each request has the timeout, the whole no deadline.
    m_http->setDeadline(QDeadlineTimer(QDeadlineTimer::Forever));
    const qint64 step = backfillStepMs(range.spanMs(), range.columns, profile().interval.count());
    const qint64 start = fromMs - fromMs % step;
    QList<Sample> samples;
    QStringList errors;
    for (const auto &panel : std::as_const(m_panels)) {
        QString error;
        const QJsonObject data = api(QStringLiteral("query_range"),
                                     {{QStringLiteral("query"), panel.promql},
                                      {QStringLiteral("start"), seconds(start)},
                                      {QStringLiteral("end"), seconds(toMs)},
                                      {QStringLiteral("step"), seconds(step)}},
                                     &error)
                                     .toObject();
        if (!error.isEmpty()) {
            errors << QStringLiteral("panel %1: %2").arg(panel.metric, error);
            continue;
        }
        for (const auto &item : data.value(QLatin1String("result")).toArray()) {
            const QJsonObject series = item.toObject();
            const QJsonObject metric = series.value(QLatin1String("metric")).toObject();
            for (const auto &point : series.value(QLatin1String("values")).toArray()) {
                const QJsonArray pair = point.toArray();
                const double value = valueOf(pair.at(1));
                if (std::isfinite(value))
                    samples.append(sample(panel, metric, std::llround(pair.at(0).toDouble() * 1000.0), value));
            }
        }
    }
    qCDebug(lcPrometheus).noquote() << describe() << "backfilled" << samples.size() << "points of" << m_panels.size()
                                    << "panels, step" << step << "ms";
    if (!errors.isEmpty() && samples.isEmpty())
        throw CollectorError(QStringLiteral("%1: backfill: %2").arg(describe(), errors.join(QLatin1String("; "))));
    return samples;
}

void PrometheusCollector::readAlerts(PollResult &result)
{
    // Every alert firing now; the session ends the ones that stop.
    result.reportsAlerts = true;
    const QJsonArray alerts = api(QStringLiteral("alerts"), {}).toObject().value(QLatin1String("alerts")).toArray();
    for (const auto &item : alerts) {
        const QJsonObject object = item.toObject();
        if (object.value(QLatin1String("state")).toString() != QLatin1String("firing"))
            continue; // pending: its `for` has not passed yet
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
        const QDateTime activeAt
            = QDateTime::fromString(object.value(QLatin1String("activeAt")).toString(), Qt::ISODateWithMs);
        alert.startMs = activeAt.isValid() ? activeAt.toMSecsSinceEpoch() : result.timeMs;
        alert.peak = alert.lastValue = valueOf(object.value(QLatin1String("value")));
        alert.summary
            = object.value(QLatin1String("annotations")).toObject().value(QLatin1String("summary")).toString();
        result.alerts.append(alert);
    }
}

} // namespace Pitwall

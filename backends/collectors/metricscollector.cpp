#include "metricscollector.h"

#include "collectorerror.h"
#include "exposition.h"
#include "httpclient.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QSet>

#include <cmath>

namespace Pitwall {

namespace {
double sum(const QList<Exposition::Series> &series)
{
    double total = 0;
    for (const auto &item : series)
        total += item.value;
    return total;
}
} // namespace

MetricsCollector::MetricsCollector(SourceConfig source, const Profile &profile, QObject *parent)
    : Collector(std::move(source), profile, parent)
{ }

MetricsCollector::~MetricsCollector() = default;

void MetricsCollector::open()
{
    m_http = std::make_unique<HttpClient>(describe(), pollTimeout());
}

void MetricsCollector::close()
{
    m_http.reset();
}

Exposition MetricsCollector::scrape()
{
    QUrl url = source().url;
    url.setUserInfo(QString());
    HttpClient::Headers headers{{"Accept", "text/plain;version=0.0.4"}};
    if (const QString secret = password(); !secret.isEmpty())
        headers.append(
            {"Authorization", "Basic " + (source().url.userName() + QLatin1Char(':') + secret).toUtf8().toBase64()});
    const auto response = m_http->get(url, headers);
    if (response.refusedCredentials())
        throw CollectorError(
            QCoreApplication::translate("Pitwall::MetricsCollector",
                                        "%1: HTTP %2 — the endpoint wants credentials (profile: ${VAR} reference)")
                .arg(describe())
                .arg(response.status),
            CollectorError::Kind::Authentication);
    if (response.status != 200)
        throw CollectorError(
            QCoreApplication::translate("Pitwall::MetricsCollector", "%1: HTTP %2 from %3 — is this the metrics path?")
                .arg(describe())
                .arg(response.status)
                .arg(url.path()));
    Exposition exposition = Exposition::parse(response.body);
    if (exposition.series.isEmpty() && !exposition.errors.isEmpty())
        throw CollectorError(QCoreApplication::translate("Pitwall::MetricsCollector",
                                                         "%1: the answer is not Prometheus text format (%2)")
                                 .arg(describe(), exposition.errors.first()));
    qCDebug(lcMetrics).noquote() << describe() << "scraped" << response.body.size()
                                 << "bytes:" << exposition.series.size() << "series," << exposition.errorCount
                                 << "lines not understood";
    return exposition;
}

PollResult MetricsCollector::poll()
{
    m_http->setDeadline(QDeadlineTimer(pollTimeout()));
    PollResult result;
    result.timeMs = QDateTime::currentMSecsSinceEpoch();
    const Exposition exposition = scrape();
    const double seconds = m_lastPollMs > 0 ? double(result.timeMs - m_lastPollMs) / 1000.0 : 0;
    m_lastPollMs = result.timeMs;

    addPoolUtilisation(result, exposition);
    addCacheHitRate(result, exposition);
    addCheckoutFailures(result, exposition, seconds);
    addLatency(result, exposition);
    if (!exposition.errors.isEmpty())
        result.remark = QCoreApplication::translate("Pitwall::MetricsCollector",
                                                    "%1 lines of the exposition were not understood (%2)")
                            .arg(exposition.errorCount)
                            .arg(exposition.errors.first());
    return result;
}

void MetricsCollector::addPoolUtilisation(PollResult &result, const Exposition &exposition)
{
    const auto available = exposition.named(QStringLiteral("postgres_pool_available"));
    for (const auto &size : exposition.named(QStringLiteral("postgres_pool_size"))) {
        for (const auto &free : available) {
            if (free.labels == size.labels && size.value > 0)
                result.samples.append(Sample{{source().name, QStringLiteral("pool_utilisation"), size.labels},
                                             result.timeMs,
                                             (size.value - free.value) / size.value});
        }
    }
}

void MetricsCollector::addCacheHitRate(PollResult &result, const Exposition &exposition)
{
    // One ratio per cache_type, summed over any other labels.
    QMap<QString, QPair<double, double>> totals;
    for (const auto &hit : exposition.named(QStringLiteral("cache_hits_total")))
        totals[hit.labels.value(QStringLiteral("cache_type"))].first += hit.value;
    for (const auto &miss : exposition.named(QStringLiteral("cache_misses_total")))
        totals[miss.labels.value(QStringLiteral("cache_type"))].second += miss.value;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        const auto ratio = m_hitRates[it.key()].update(it->first, it->second);
        if (!ratio)
            continue;
        Labels labels;
        if (!it.key().isEmpty())
            labels.insert(QStringLiteral("cache_type"), it.key());
        result.samples.append(Sample{{source().name, QStringLiteral("cache_hit_rate"), labels}, result.timeMs, *ratio});
    }
}

void MetricsCollector::addCheckoutFailures(PollResult &result, const Exposition &exposition, double seconds)
{
    const auto failures = exposition.named(QStringLiteral("pool_checkout_failures_total"));
    if (failures.isEmpty())
        return;
    const auto delta = m_checkoutFailures.update(sum(failures));
    if (delta && seconds > 0)
        result.samples.append(Sample{
            {source().name, QStringLiteral("pool_checkout_failures_rate"), {}}, result.timeMs, *delta / seconds});
}

void MetricsCollector::addLatency(PollResult &result, const Exposition &exposition)
{
    // Every histogram named *_request_duration_seconds, its buckets summed over
    // all labels but le, windowed per bucket (Prometheus' panel: histogram_quantile
    // of sum by (le) of the rates). A summary of that name brings its own quantiles.
    for (auto type = exposition.types.cbegin(); type != exposition.types.cend(); ++type) {
        if (!type.key().endsWith(QLatin1String("_request_duration_seconds")))
            continue;
        if (*type == QLatin1String("summary")) {
            addSummaryLatency(result, exposition, type.key());
            continue;
        }
        if (*type != QLatin1String("histogram"))
            continue;
        QMap<QString, double> cumulative;
        for (const auto &bucket : exposition.named(type.key() + QLatin1String("_bucket")))
            cumulative[bucket.labels.value(QStringLiteral("le"))] += bucket.value;
        QList<QPair<double, double>> window;
        bool complete = true;
        for (auto it = cumulative.cbegin(); it != cumulative.cend(); ++it) {
            const auto delta = m_buckets[type.key() + QLatin1Char('/') + it.key()].update(*it);
            if (!delta) {
                complete = false;
                continue;
            }
            const double le = it.key() == QLatin1String("+Inf") ? INFINITY : it.key().toDouble();
            window.append({le, *delta});
        }
        if (!complete)
            continue;
        const Labels labels{{QStringLiteral("histogram"), type.key()}};
        for (const auto &[metric, q] : {std::pair{"latency_p95_ms", 0.95}, std::pair{"latency_p99_ms", 0.99}}) {
            if (const auto seconds = histogramQuantile(q, window))
                result.samples.append(
                    Sample{{source().name, QLatin1String(metric), labels}, result.timeMs, *seconds * 1000.0});
        }
    }
}

void MetricsCollector::addSummaryLatency(PollResult &result, const Exposition &exposition, const QString &family)
{
    // Quantiles computed by the application over its own window; they do not add up across
    // label sets, so each label set keeps its own series.
    for (const auto &quantile : exposition.named(family)) {
        const double q = quantile.labels.value(QStringLiteral("quantile")).toDouble();
        const char *metric = qFuzzyCompare(q, 0.95) ? "latency_p95_ms"
            : qFuzzyCompare(q, 0.99)                ? "latency_p99_ms"
                                                    : nullptr;
        if (!metric || !std::isfinite(quantile.value))
            continue;
        Labels labels = quantile.labels;
        labels.remove(QStringLiteral("quantile"));
        labels.insert(QStringLiteral("summary"), family);
        result.samples.append(
            Sample{{source().name, QLatin1String(metric), labels}, result.timeMs, quantile.value * 1000.0});
    }
}

} // namespace Pitwall

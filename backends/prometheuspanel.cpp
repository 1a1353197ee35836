#include "prometheuspanel.h"

namespace Pitwall {

QList<PrometheusPanel> PrometheusPanel::defaults()
{
    const auto ratioOfRates = [](const char *hits, const char *misses) {
        const QString by = QStringLiteral("sum by (job, instance, cache_type) (rate(%1[1m]))");
        const QString h = by.arg(QLatin1String(hits));
        return QStringLiteral("%1 / (%1 + %2)").arg(h, by.arg(QLatin1String(misses)));
    };
    const auto quantile = [](const char *q) {
        return QStringLiteral("1000 * histogram_quantile(%1, sum by (job, le) "
                              "(rate({__name__=~\".+_request_duration_seconds_bucket\"}[1m])))")
            .arg(QLatin1String(q));
    };
    return {
        {QStringLiteral("pool_utilisation"),
         QStringLiteral("(postgres_pool_size - postgres_pool_available) / postgres_pool_size")},
        {QStringLiteral("cache_hit_rate"), ratioOfRates("cache_hits_total", "cache_misses_total")},
        {QStringLiteral("latency_p95_ms"), quantile("0.95")},
        {QStringLiteral("latency_p99_ms"), quantile("0.99")},
        {QStringLiteral("pool_checkout_failures_rate"),
         QStringLiteral("sum by (job, instance) (rate(pool_checkout_failures_total[1m]))")},
        {QStringLiteral("error_rate"),
         QStringLiteral("sum by (job) (rate({__name__=~\".+_requests_total\", status=~\"5..\"}[1m])) "
                        "/ sum by (job) (rate({__name__=~\".+_requests_total\"}[1m]))")},
        {QStringLiteral("cdc_lag_messages"), QStringLiteral("sum by (consumergroup, topic) (kafka_consumergroup_lag)")},
        {QStringLiteral("target_up"), QStringLiteral("up")},
    };
}

} // namespace Pitwall

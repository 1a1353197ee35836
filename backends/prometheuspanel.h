#pragma once

#include <QList>
#include <QString>

namespace Pitwall {

/// A PromQL expression whose result series report under a canonical metric
/// name, so the metric's thresholds apply to them.
struct PrometheusPanel
{
    QString metric;
    QString promql;

    /// The panels Pitwall asks every Prometheus for, built from the PromQL in
    /// the platform guides (seed 000): pool utilisation, cache hit rate, p95/p99
    /// latency, pool checkout failures, error rate, Kafka consumer lag. A panel
    /// whose metrics the server does not have is quietly absent.
    static QList<PrometheusPanel> defaults();
};

} // namespace Pitwall

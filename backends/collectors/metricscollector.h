#pragma once

#include "collector.h"
#include "counterdelta.h"

#include <QHash>
#include <QMap>

#include <memory>

namespace Pitwall {

class HttpClient;
struct Exposition;

/// Scrapes a /metrics endpoint directly, for services without a Prometheus
/// server, and evaluates the default panels locally — pool utilisation from the
/// two pool gauges, hit rate from the rates of the two cache counters, p95/p99
/// from the histogram buckets (or a summary's own quantiles) — with rates
/// windowed over the poll interval, and a counter that goes down (a restart)
/// starting its window again.
class MetricsCollector : public Collector
{
    Q_OBJECT

public:
    MetricsCollector(SourceConfig source, const Profile &profile, QObject *parent = nullptr);
    ~MetricsCollector() override;

protected:
    void open() override;
    PollResult poll() override;
    void close() override;

private:
    Exposition scrape();
    void addPoolUtilisation(PollResult &result, const Exposition &exposition);
    void addCacheHitRate(PollResult &result, const Exposition &exposition);
    void addCheckoutFailures(PollResult &result, const Exposition &exposition, double seconds);
    void addLatency(PollResult &result, const Exposition &exposition);
    void addSummaryLatency(PollResult &result, const Exposition &exposition, const QString &family);

    std::unique_ptr<HttpClient> m_http;
    qint64 m_lastPollMs = 0;
    QMap<QString, WindowedRatio> m_hitRates;
    CounterDelta m_checkoutFailures;
    QHash<QString, CounterDelta> m_buckets;
};

} // namespace Pitwall

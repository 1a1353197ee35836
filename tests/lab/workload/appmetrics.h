#pragma once

#include <prometheus/counter.h>
#include <prometheus/exposer.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

#include <memory>
#include <string>

/// The application metrics seed 000 names, exposed on /metrics for the lab's
/// Prometheus and for Pitwall's `metrics` source.
class AppMetrics
{
    // Declared first: the metric references below are made from it.
    std::shared_ptr<prometheus::Registry> m_registry = std::make_shared<prometheus::Registry>();

public:
    AppMetrics(const std::string &listenAddress, int poolSize);

    prometheus::Gauge &poolSize;
    prometheus::Gauge &poolAvailable;
    prometheus::Counter &checkoutFailures;
    prometheus::Counter &cacheHits;
    prometheus::Counter &cacheMisses;
    prometheus::Counter &cacheErrors;
    prometheus::Histogram &requestDuration;

private:
    prometheus::Exposer m_exposer;
};

#include "appmetrics.h"

AppMetrics::AppMetrics(const std::string &listenAddress, int size)
    : poolSize(prometheus::BuildGauge()
                   .Name("postgres_pool_size")
                   .Help("Total PostgreSQL pool size")
                   .Register(*m_registry)
                   .Add({}))
    , poolAvailable(prometheus::BuildGauge()
                        .Name("postgres_pool_available")
                        .Help("Available PostgreSQL connections")
                        .Register(*m_registry)
                        .Add({}))
    , checkoutFailures(prometheus::BuildCounter()
                           .Name("pool_checkout_failures_total")
                           .Help("Failed connection checkouts")
                           .Register(*m_registry)
                           .Add({}))
    , cacheHits(prometheus::BuildCounter()
                    .Name("cache_hits_total")
                    .Help("Cache hits by type")
                    .Register(*m_registry)
                    .Add({{"cache_type", "orders"}}))
    , cacheMisses(prometheus::BuildCounter()
                      .Name("cache_misses_total")
                      .Help("Cache misses by type")
                      .Register(*m_registry)
                      .Add({{"cache_type", "orders"}}))
    , cacheErrors(prometheus::BuildCounter()
                      .Name("cache_errors_total")
                      .Help("Cache operation errors")
                      .Register(*m_registry)
                      .Add({{"operation", "get"}}))
    , requestDuration(
          prometheus::BuildHistogram()
              .Name("http_request_duration_seconds")
              .Help("Request duration")
              .Register(*m_registry)
              .Add({{"handler", "/orders"}},
                   prometheus::Histogram::BucketBoundaries{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5}))
    , m_exposer(listenAddress)
{
    poolSize.Set(size);
    poolAvailable.Set(size);
    m_exposer.RegisterCollectable(m_registry);
}

#pragma once

#include "appmetrics.h"
#include "connectionpool.h"
#include "workloadcontrol.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <string>
#include <thread>
#include <vector>

/// The traffic that makes the lab's numbers move, each kind on its own thread,
/// each steered by workload.conf: Redis reads at a chosen hit ratio, customer
/// lookups a warm recipe can turn into hits, pool
/// pressure through pgbouncer, slow statements, an unindexed filter, an indexed
/// lookup, new orders, CDC writes and cold scans; and an application's SQLite
/// file in WAL mode, written on one connection, with a reader that can hold a
/// read transaction open so that the WAL grows.
class Workload
{
public:
    static constexpr int maxPoolClients = 32;
    static constexpr int appPoolSize = 6;
    /// Customers 1..this are the ones the application looks up in the cache.
    static constexpr int popularCustomers = 500;

    Workload(const WorkloadControl &control, AppMetrics &metrics);
    ~Workload();

    void start();
    void stop();

private:
    using Step = std::function<std::chrono::milliseconds()>;
    void spawn(const char *name, Step step);

    /// Connects this thread's Redis if it has none; true when it just did.
    bool connectRedis();
    /// Counts @p reply (a redisReply of a GET) as a hit or a miss, and frees it;
    /// throws when there was no answer.
    void countCacheRead(void *reply);
    std::chrono::milliseconds redisStep();
    std::chrono::milliseconds customerReadStep();
    std::chrono::milliseconds requestStep(int client);
    std::chrono::milliseconds slowStep(double seconds, const char *shape, std::chrono::seconds every);
    std::chrono::milliseconds unindexedStep();
    std::chrono::milliseconds indexedStep();
    std::chrono::milliseconds ordersWriteStep();
    std::chrono::milliseconds cdcStep();
    std::chrono::milliseconds coldScanStep();
    std::chrono::milliseconds sqliteWriteStep();
    std::chrono::milliseconds sqliteReaderStep();

    std::string directConnection() const;

    const WorkloadControl &m_control;
    AppMetrics &m_metrics;
    ConnectionPool m_pool;
    std::atomic<bool> m_stopping{false};
    std::vector<std::thread> m_threads;
};

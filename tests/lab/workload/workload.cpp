#include "workload.h"

#include <QString>

#include <hiredis/hiredis.h>
#include <pqxx/nontransaction>
#include <pqxx/transaction>

#include <cstdio>
#include <memory>
#include <random>
#include <sqlite3.h>

using namespace std::chrono_literals;
using std::chrono::milliseconds;

namespace {

thread_local std::mt19937 rng{std::random_device{}()};

int randomInt(int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(rng);
}

milliseconds perSecond(double rate)
{
    if (rate <= 0)
        return 1000ms;
    return milliseconds(qMax<qint64>(1, qint64(1000.0 / rate)));
}

/// One connection per thread, opened on first use and dropped when it breaks.
thread_local std::unique_ptr<pqxx::connection> threadConnection;

pqxx::connection &connectionFor(const std::string &connectionString)
{
    if (!threadConnection || !threadConnection->is_open())
        threadConnection = std::make_unique<pqxx::connection>(connectionString);
    return *threadConnection;
}

struct RedisDeleter
{
    void operator()(redisContext *context) const { redisFree(context); }
};
thread_local std::unique_ptr<redisContext, RedisDeleter> threadRedis;

struct SqliteDeleter
{
    void operator()(sqlite3 *db) const { sqlite3_close(db); }
};
using SqliteConnection = std::unique_ptr<sqlite3, SqliteDeleter>;

/// The application's connection to its SQLite file, as seed 001 configures it.
SqliteConnection openSqlite(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        const std::string error = db ? sqlite3_errmsg(db) : "out of memory";
        sqlite3_close(db);
        throw std::runtime_error("sqlite: " + error);
    }
    SqliteConnection connection(db);
    sqlite3_busy_timeout(db, 5000);
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA cache_size = -65536",
                               "PRAGMA mmap_size = 268435456"})
        sqlite3_exec(db, pragma, nullptr, nullptr, nullptr);
    return connection;
}

void sqliteExec(sqlite3 *db, const std::string &sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error ? error : "error";
        sqlite3_free(error);
        throw std::runtime_error("sqlite: " + message);
    }
}

thread_local SqliteConnection threadSqlite;

} // namespace

Workload::Workload(const WorkloadControl &control, AppMetrics &metrics)
    : m_control(control)
    , m_metrics(metrics)
    , m_pool("host=127.0.0.1 port=" + control.env(QStringLiteral("PGBOUNCER_PORT")).toStdString()
                 + " dbname=lab user=lab_app connect_timeout=5",
             appPoolSize)
{ }

Workload::~Workload()
{
    stop();
}

std::string Workload::directConnection() const
{
    return "host=127.0.0.1 port=" + m_control.env(QStringLiteral("PG_PORT")).toStdString()
        + " dbname=lab user=lab_app connect_timeout=5 application_name=lab-workload";
}

void Workload::spawn(const char *name, Step step)
{
    m_threads.emplace_back([this, name, step = std::move(step)] {
        std::string lastError;
        while (!m_stopping) {
            milliseconds pause;
            try {
                pause = step();
                lastError.clear();
            } catch (const std::exception &e) {
                threadConnection.reset();
                threadSqlite.reset();
                if (lastError != e.what()) {
                    lastError = e.what();
                    std::fprintf(stderr, "workload %s: %s\n", name, e.what());
                }
                pause = 1000ms;
            }
            // Sleep in slices so stop() is prompt.
            for (auto left = pause; left > 0ms && !m_stopping; left -= 100ms)
                std::this_thread::sleep_for(std::min(left, milliseconds(100ms)));
        }
        threadConnection.reset();
        threadRedis.reset();
        threadSqlite.reset();
    });
}

void Workload::start()
{
    spawn("redis", [this] { return redisStep(); });
    spawn("redis-customers", [this] { return customerReadStep(); });
    for (int client = 0; client < maxPoolClients; ++client)
        spawn("pool", [this, client] { return requestStep(client); });
    spawn("slow-warning", [this] { return slowStep(1.3, "SELECT pg_sleep($1)", 6s); });
    spawn("slow-critical", [this] { return slowStep(5.5, "SELECT 1 AS slow_critical FROM pg_sleep($1)", 20s); });
    spawn("unindexed", [this] { return unindexedStep(); });
    spawn("indexed", [this] { return indexedStep(); });
    spawn("orders-writes", [this] { return ordersWriteStep(); });
    spawn("cdc", [this] { return cdcStep(); });
    spawn("cold-scan", [this] { return coldScanStep(); });
    if (!m_control.env(QStringLiteral("SQLITE_DB")).isEmpty()) {
        spawn("sqlite-writer", [this] { return sqliteWriteStep(); });
        spawn("sqlite-reader", [this] { return sqliteReaderStep(); });
    }
}

void Workload::stop()
{
    m_stopping = true;
    for (auto &thread : m_threads)
        thread.join();
    m_threads.clear();
}

bool Workload::connectRedis()
{
    if (threadRedis)
        return false;
    const int port = m_control.env(QStringLiteral("REDIS_PORT")).toInt();
    const timeval timeout{2, 0};
    threadRedis.reset(redisConnectWithTimeout("127.0.0.1", port, timeout));
    if (!threadRedis || threadRedis->err) {
        const std::string error = threadRedis ? threadRedis->errstr : "out of memory";
        threadRedis.reset();
        throw std::runtime_error("redis: " + error);
    }
    redisSetTimeout(threadRedis.get(), timeout);
    return true;
}

void Workload::countCacheRead(void *answer)
{
    auto *reply = static_cast<redisReply *>(answer);
    if (!reply) {
        const std::string error = threadRedis->errstr;
        threadRedis.reset();
        m_metrics.cacheErrors.Increment();
        throw std::runtime_error("redis: " + error);
    }
    if (reply->type == REDIS_REPLY_NIL)
        m_metrics.cacheMisses.Increment();
    else
        m_metrics.cacheHits.Increment();
    freeReplyObject(reply);
}

milliseconds Workload::redisStep()
{
    if (connectRedis()) {
        // The hot working set the cache serves.
        for (int i = 0; i < 1000; ++i)
            freeReplyObject(redisCommand(threadRedis.get(), "SET lab:hot:%d %d", i, i));
    }
    const double hitRatio = m_control.number(QStringLiteral("redis_hit_ratio"), 0.97);
    const bool wantHit = std::uniform_real_distribution<double>(0, 1)(rng) < hitRatio;
    countCacheRead(wantHit ? redisCommand(threadRedis.get(), "GET lab:hot:%d", randomInt(0, 999))
                           : redisCommand(threadRedis.get(), "GET lab:miss:%d", randomInt(0, 1 << 30)));
    return perSecond(m_control.number(QStringLiteral("redis_ops_per_sec"), 200));
}

milliseconds Workload::customerReadStep()
{
    // The application's customer lookups: cache hits once a warm recipe
    // (popular-customers in the lab's profile) has filled lab:customer:{id}.
    const double rate = m_control.number(QStringLiteral("redis_customer_reads_per_sec"), 0);
    if (rate <= 0)
        return 1000ms;
    connectRedis();
    countCacheRead(redisCommand(threadRedis.get(), "GET lab:customer:%d", randomInt(1, popularCustomers)));
    return perSecond(rate);
}

milliseconds Workload::requestStep(int client)
{
    if (client >= m_control.number(QStringLiteral("pool_clients"), 8))
        return 500ms;
    const auto started = std::chrono::steady_clock::now();
    const bool served = m_pool.withConnection(2s, [](pqxx::connection &connection) {
        pqxx::nontransaction tx(connection);
        tx.exec_params("SELECT name, pg_sleep(0.25) FROM customers WHERE id = $1", randomInt(1, 20000));
    });
    if (!served)
        m_metrics.checkoutFailures.Increment();
    m_metrics.poolAvailable.Set(m_pool.available());
    m_metrics.requestDuration.Observe(
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    return 50ms;
}

milliseconds Workload::slowStep(double seconds, const char *shape, std::chrono::seconds every)
{
    if (!m_control.flag(QStringLiteral("pg_slow")))
        return 1000ms;
    pqxx::nontransaction tx(connectionFor(directConnection()));
    tx.exec_params(shape, seconds);
    return every;
}

milliseconds Workload::unindexedStep()
{
    const double rate = m_control.number(QStringLiteral("pg_unindexed_per_sec"), 4);
    if (rate <= 0)
        return 1000ms;
    pqxx::nontransaction tx(connectionFor(directConnection()));
    tx.exec_params("SELECT count(*), sum(amount) FROM orders WHERE customer_id = $1", randomInt(1, 20000));
    return perSecond(rate);
}

milliseconds Workload::indexedStep()
{
    // A lookup that customers' unique index on email already serves: the advisor must leave it alone.
    const double rate = m_control.number(QStringLiteral("pg_indexed_per_sec"), 2);
    if (rate <= 0)
        return 1000ms;
    pqxx::nontransaction tx(connectionFor(directConnection()));
    tx.exec_params("SELECT id, name FROM customers WHERE email = $1",
                   "customer" + std::to_string(randomInt(1, 20000)) + "@example.com");
    return perSecond(rate);
}

milliseconds Workload::ordersWriteStep()
{
    // New orders keep coming while an index on orders is built.
    const double rate = m_control.number(QStringLiteral("orders_writes_per_sec"), 2);
    if (rate <= 0)
        return 1000ms;
    pqxx::nontransaction tx(connectionFor(directConnection()));
    tx.exec_params("INSERT INTO orders (customer_id, status, amount) VALUES ($1, 'new', $2)", randomInt(1, 20000),
                   randomInt(1, 50000) / 100.0);
    return perSecond(rate);
}

milliseconds Workload::cdcStep()
{
    const double rate = m_control.number(QStringLiteral("cdc_writes_per_sec"), 5);
    if (rate <= 0)
        return 1000ms;
    pqxx::work tx(connectionFor(directConnection()));
    tx.exec_params("INSERT INTO cdc_events (payload) VALUES ($1)", "order-" + std::to_string(randomInt(1, 1 << 30)));
    tx.commit();
    return perSecond(rate);
}

milliseconds Workload::coldScanStep()
{
    if (!m_control.flag(QStringLiteral("cold_scan")))
        return 1000ms;
    pqxx::nontransaction tx(connectionFor(directConnection()));
    tx.exec("SELECT count(*) FROM cold_data WHERE filler LIKE '%zz%'");
    return 100ms;
}

milliseconds Workload::sqliteWriteStep()
{
    const double rate = m_control.number(QStringLiteral("sqlite_writes_per_sec"), 5);
    if (rate <= 0)
        return 1000ms;
    if (!threadSqlite) {
        threadSqlite = openSqlite(m_control.env(QStringLiteral("SQLITE_DB")));
        sqliteExec(
            threadSqlite.get(),
            "CREATE TABLE IF NOT EXISTS events (id INTEGER PRIMARY KEY, at REAL NOT NULL, payload BLOB NOT NULL)");
    }
    const int bytes = qBound(1, int(m_control.number(QStringLiteral("sqlite_row_bytes"), 512)), 1 << 20);
    // A second's rows in one transaction, as an application batches its writes.
    const int rows = qMax(1, int(rate / 10));
    sqliteExec(threadSqlite.get(), "BEGIN");
    for (int i = 0; i < rows; ++i)
        sqliteExec(threadSqlite.get(),
                   "INSERT INTO events (at, payload) VALUES (julianday('now'), randomblob(" + std::to_string(bytes)
                       + "))");
    // The application keeps its newest 2,000 events: what it deletes becomes free pages it reuses.
    sqliteExec(threadSqlite.get(), "DELETE FROM events WHERE id <= (SELECT max(id) - 2000 FROM events)");
    sqliteExec(threadSqlite.get(), "COMMIT");
    return perSecond(rate / rows);
}

milliseconds Workload::sqliteReaderStep()
{
    if (!threadSqlite)
        threadSqlite = openSqlite(m_control.env(QStringLiteral("SQLITE_DB")));
    const bool hold = m_control.text(QStringLiteral("sqlite_reader")) == QLatin1String("hold");
    const bool inTransaction = sqlite3_get_autocommit(threadSqlite.get()) == 0;
    if (hold && !inTransaction) {
        // A long report: one read transaction, kept open.
        sqliteExec(threadSqlite.get(), "BEGIN");
        sqliteExec(threadSqlite.get(), "SELECT count(*) FROM events");
    } else if (!hold && inTransaction) {
        sqliteExec(threadSqlite.get(), "COMMIT");
    } else if (!hold) {
        sqliteExec(threadSqlite.get(), "SELECT count(*) FROM events WHERE at > julianday('now', '-1 minute')");
    }
    return hold ? 200ms : 1000ms;
}

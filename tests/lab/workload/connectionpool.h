#pragma once

#include <pqxx/connection>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

/// A fixed-size pool of PostgreSQL connections, as an application keeps one.
/// Connections are opened lazily and replaced when they break.
class ConnectionPool
{
public:
    using Connection = std::unique_ptr<pqxx::connection>;

    ConnectionPool(std::string connectionString, int size);

    int size() const { return m_size; }
    int available() const;

    /// Runs @p work on a pooled connection; false if none was free within @p timeout.
    bool withConnection(std::chrono::milliseconds timeout, const std::function<void(pqxx::connection &)> &work);

private:
    std::string m_connectionString;
    int m_size;
    mutable std::mutex m_mutex;
    std::condition_variable m_returned;
    std::vector<Connection> m_idle;
    int m_checkedOut = 0;
};

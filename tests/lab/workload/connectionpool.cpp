#include "connectionpool.h"

#include <pqxx/except>

ConnectionPool::ConnectionPool(std::string connectionString, int size)
    : m_connectionString(std::move(connectionString))
    , m_size(size)
{ }

int ConnectionPool::available() const
{
    std::lock_guard lock(m_mutex);
    return m_size - m_checkedOut;
}

bool ConnectionPool::withConnection(std::chrono::milliseconds timeout,
                                    const std::function<void(pqxx::connection &)> &work)
{
    Connection connection;
    {
        std::unique_lock lock(m_mutex);
        if (!m_returned.wait_for(lock, timeout, [this] { return m_checkedOut < m_size; }))
            return false;
        ++m_checkedOut;
        if (!m_idle.empty()) {
            connection = std::move(m_idle.back());
            m_idle.pop_back();
        }
    }
    bool healthy = true;
    try {
        if (!connection)
            connection = std::make_unique<pqxx::connection>(m_connectionString);
        work(*connection);
    } catch (const pqxx::broken_connection &) {
        healthy = false;
    } catch (const std::exception &) {
        healthy = connection && connection->is_open();
    }
    {
        std::lock_guard lock(m_mutex);
        --m_checkedOut;
        if (healthy && connection)
            m_idle.push_back(std::move(connection));
    }
    m_returned.notify_one();
    return true;
}

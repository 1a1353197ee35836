#include "pgwatchedstatement.h"

#include "actioncontext.h"

#include <QThread>

#include <pqxx/connection_base>
#include <pqxx/nontransaction>

#include <algorithm>
#include <atomic>
#include <thread>

namespace Pitwall::PgWatchedStatement {

Result run(pqxx::connection_base &connection, const std::string &statement, pqxx::connection_base &monitor,
           ActionContext &context, std::chrono::milliseconds every, const Watch &watch)
{
    Result result;
    const int pid = connection.backendpid();
    std::atomic_bool done{false};
    std::thread worker([&] {
        try {
            pqxx::nontransaction tx(connection);
            tx.exec(statement);
        } catch (...) {
            result.failure = std::current_exception();
        }
        done = true;
    });
    try {
        // The first look soon after the statement starts: a short one (an index on a small
        // table) is over before a whole interval and would report no progress at all.
        auto wait = std::min(every, std::chrono::milliseconds(10));
        while (!done) {
            QThread::msleep(static_cast<unsigned long>(wait.count()));
            wait = every;
            pqxx::nontransaction tx(monitor);
            if (context.isCancelled() && !result.cancelSent) {
                tx.exec_params("SELECT pg_cancel_backend($1)", pid);
                result.cancelSent = true;
            }
            watch(tx, pid);
        }
    } catch (...) {
        // The statement goes on without a monitor; the helper thread must still be joined.
        worker.join();
        throw;
    }
    worker.join();
    return result;
}

} // namespace Pitwall::PgWatchedStatement

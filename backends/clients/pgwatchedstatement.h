#pragma once

#include <chrono>
#include <exception>
#include <functional>
#include <string>

namespace pqxx {
class connection_base;
class transaction_base;
} // namespace pqxx

namespace Pitwall {

class ActionContext;

/// A statement that runs for long (VACUUM, CREATE INDEX CONCURRENTLY), sent
/// on a connection of its own from a helper thread while the caller's thread
/// reads its progress on another connection; a person's cancel becomes
/// pg_cancel_backend of the statement's backend.
namespace PgWatchedStatement {

struct Result
{
    /// What the statement threw; empty when it succeeded.
    std::exception_ptr failure;
    /// pg_cancel_backend was sent because the person asked to stop.
    bool cancelSent = false;
};

/// Called every @p every on @p monitor with the statement's backend pid.
using Watch = std::function<void(pqxx::transaction_base &monitor, int pid)>;

/// Runs @p statement on @p connection until it ends. A failure of the
/// monitor is thrown once the statement has ended.
Result run(pqxx::connection_base &connection, const std::string &statement, pqxx::connection_base &monitor,
           ActionContext &context, std::chrono::milliseconds every, const Watch &watch);

} // namespace PgWatchedStatement
} // namespace Pitwall

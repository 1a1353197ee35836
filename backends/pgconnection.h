#pragma once

#include "profile.h"

#include <QString>

#include <chrono>
#include <exception>
#include <string>

namespace Pitwall {

/// How Pitwall connects to PostgreSQL and pgbouncer through libpq.
namespace PgConnection {

/// A libpq keyword/value connection string for @p source: host, port, database
/// and user from its URL, the URL's other parameters (sslmode, service, …), a
/// connect timeout, and Pitwall's application name. A password is added only
/// when the profile names an environment variable for it; otherwise libpq finds
/// it in ~/.pgpass, PGPASSFILE or PGSERVICE. @p sessionOptions adds a statement
/// timeout and a read-only session (not for pgbouncer's admin console, which
/// accepts no options).
std::string connectionString(const SourceConfig &source, const QString &password, std::chrono::milliseconds timeout,
                             bool sessionOptions);

/// The connection string of an action (see connectionString()): application
/// name "pitwall-action", a lock timeout so that it never queues behind a
/// long lock, and a statement timeout of @p statementTimeout (zero: none).
/// @p readOnly: every transaction read-only, for planning.
std::string actionConnectionString(const SourceConfig &source, const QString &password,
                                   std::chrono::milliseconds connectTimeout, std::chrono::milliseconds statementTimeout,
                                   bool readOnly);

/// A libpq or libpqxx failure as a message a person can act on; never
/// includes the connection string.
QString explain(const QString &where, const std::exception &error);
QString explain(const QString &where, const QString &libpqMessage);

} // namespace PgConnection
} // namespace Pitwall

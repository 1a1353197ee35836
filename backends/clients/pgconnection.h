#pragma once

#include "collectorerror.h"
#include "profile.h"

#include <QString>

#include <chrono>
#include <exception>
#include <string>

namespace Pitwall {

/// How Pitwall connects to PostgreSQL and pgbouncer through libpq.
namespace PgConnection {

/// A libpq keyword/value connection string for @p source: its URI as libpq
/// itself reads it (PQconninfoParse) — no host (the default Unix socket),
/// `?host=/socket/dir`, `?service=NAME`, several hosts with
/// `target_session_attrs`, `sslmode` and the rest — with a connect timeout and
/// Pitwall's application name where the URI sets none. A password is added only
/// when the profile names one (environment variable, keychain); otherwise libpq
/// finds it in ~/.pgpass, PGPASSFILE or the service file. @p sessionOptions
/// adds a statement timeout and a read-only session to the URI's options (not
/// for pgbouncer's admin console, which accepts none). A non-empty @p database
/// replaces the URI's. Throws std::invalid_argument for a URI libpq refuses.
std::string connectionString(const SourceConfig &source, const QString &password, std::chrono::milliseconds timeout,
                             bool sessionOptions, const QString &database = {});

/// The connection string of an action (see connectionString()): application
/// name "pitwall-action", a lock timeout so that it never queues behind a
/// long lock, and a statement timeout of @p statementTimeout (zero: none).
/// @p readOnly: every transaction read-only, for planning.
std::string actionConnectionString(const SourceConfig &source, const QString &password,
                                   std::chrono::milliseconds connectTimeout, std::chrono::milliseconds statementTimeout,
                                   bool readOnly, const QString &database = {});

/// The database @p source's URI names (path or dbname=), as libpq reads it; empty
/// when it leaves it to libpq's defaults (a service file, the user's name).
QString databaseOf(const SourceConfig &source);

/// A libpq or libpqxx failure as a message a person can act on; never
/// includes the connection string.
QString explain(const QString &where, const std::exception &error);
QString explain(const QString &where, const QString &libpqMessage);
/// explain() as the error to throw: of Kind::Authentication when the server
/// refused the password or wanted one.
CollectorError error(const QString &where, const QString &libpqMessage);
CollectorError error(const QString &where, const std::exception &error);

} // namespace PgConnection
} // namespace Pitwall

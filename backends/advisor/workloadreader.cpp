#include "workloadreader.h"

#include "advisorcatalog.h"
#include "collectorerror.h"
#include "pgconnection.h"

#include <QVersionNumber>

#include <pqxx/except>
#include <pqxx/nontransaction>
#include <pqxx/result>

#include <string>

namespace Pitwall::Advisor {

WorkloadReader::Result WorkloadReader::read(pqxx::connection &connection) const
{
    Result result;
    pqxx::nontransaction tx(connection);
    // The URI may leave the database to libpq (a service file, the user's name).
    const auto who = tx.exec("SELECT current_user, current_database()");
    result.role = text(who[0][0]);
    result.database = text(who[0][1]);
    const auto extension = tx.exec("SELECT quote_ident(n.nspname), e.extversion FROM pg_extension e "
                                   "JOIN pg_namespace n ON n.oid = e.extnamespace "
                                   "WHERE e.extname = 'pg_stat_statements'");
    if (extension.empty())
        throw CollectorError(m_where
                             + QStringLiteral(": pg_stat_statements is not installed in database %1: the "
                                              "index advisor's workload comes from it (CREATE EXTENSION "
                                              "pg_stat_statements)")
                                   .arg(result.database));
    const QVersionNumber version = QVersionNumber::fromString(text(extension[0][1]));
    const std::string total = version >= QVersionNumber(1, 8) ? "total_exec_time" : "total_time";
    const std::string topLevel = version >= QVersionNumber(1, 9) ? " AND s.toplevel" : "";
    pqxx::result rows;
    try {
        rows = tx.exec("SELECT d.datname, s.queryid::text, sum(s.calls), sum(s." + total + "), min(s.query) FROM "
                       + extension[0][0].c_str()
                       + ".pg_stat_statements(true) s JOIN pg_database d ON d.oid = s.dbid "
                         "WHERE s.queryid IS NOT NULL AND d.datallowconn"
                       + topLevel + " GROUP BY 1, 2 ORDER BY 4 DESC LIMIT 2000");
    } catch (const pqxx::sql_error &error) {
        throw PgConnection::error(m_where, error);
    }
    for (const auto &row : rows) {
        Workload statement;
        statement.database = text(row[0]);
        statement.queryId = text(row[1]);
        statement.calls = row[2].as<double>(0);
        statement.totalMs = row[3].as<double>(0);
        statement.query = text(row[4]);
        if (statement.query.contains(QLatin1String("<insufficient privilege>")))
            continue;
        result.statements << statement;
    }
    return result;
}

} // namespace Pitwall::Advisor

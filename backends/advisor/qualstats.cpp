#include "qualstats.h"

#include "advisorcatalog.h"
#include "workloadreader.h"

#include <QStringList>

#include <pqxx/nontransaction>
#include <pqxx/result>

namespace Pitwall::Advisor {

QualStats::ByStatement QualStats::read(const QList<const Workload *> &statements)
{
    QStringList ids;
    for (const Workload *statement : statements)
        ids << statement->queryId;
    pqxx::nontransaction tx(m_connection);
    const auto rows
        = tx.exec_params("SELECT q.queryid::text, q.lrelid, q.lattnum, coalesce(q.rrelid, 0), coalesce(q.rattnum, 0), "
                         "       EXISTS (SELECT 1 FROM pg_amop ao JOIN pg_am am ON am.oid = ao.amopmethod "
                         "               WHERE am.amname = 'btree' AND ao.amopopr = q.opno), "
                         "       q.opno::regoper::text, min(q.constvalue), "
                         "       bool_or(left(q.constvalue, 2) IN ('''%', '''_')) "
                         "FROM "
                             + m_schema
                             + ".pg_qualstats q "
                               "WHERE q.dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                               "  AND q.lrelid IS NOT NULL AND q.queryid = ANY($1::bigint[]) "
                               "GROUP BY q.queryid, q.lrelid, q.lattnum, q.rrelid, q.rattnum, q.opno",
                         "{" + ids.join(QLatin1Char(',')).toStdString() + "}");
    ByStatement quals;
    for (const auto &row : rows) {
        Qual qual;
        qual.table = row[1].as<quint32>();
        qual.attnum = row[2].as<int>();
        qual.otherTable = row[3].as<quint32>(0);
        qual.otherAttnum = row[4].as<int>(0);
        qual.btreeOperator = row[5].as<bool>(false);
        qual.op = text(row[6]).section(QLatin1Char('.'), -1);
        qual.constant = text(row[7]);
        qual.leadingWildcard = row[8].as<bool>(false);
        quals[text(row[0])] << qual;
    }
    return quals;
}

} // namespace Pitwall::Advisor

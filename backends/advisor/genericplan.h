#pragma once

#include <QString>
#include <QStringList>

#include <string>

namespace pqxx {
class connection_base;
}

namespace Pitwall {

/// The planner's generic plan of a normalised statement (`$1` for each
/// constant), as Dexter reads it: `PREPARE`, then in a transaction that is
/// rolled back `SET LOCAL plan_cache_mode = force_generic_plan` and
/// `EXPLAIN (FORMAT JSON) EXECUTE …(NULL, …)`, then `DEALLOCATE`. Prepared
/// anew each time: a cached plan would not see a hypothetical index created
/// since. Nothing is executed.
struct GenericPlan
{
    /// The root node's total cost.
    double cost = 0;
    /// EXPLAIN (FORMAT JSON) as the server gave it.
    QString json;
    /// Every index the plan uses, as EXPLAIN names it (hypothetical ones: `<oid>btree_…`).
    QStringList indexes;

    /// Throws the pqxx error of the failing step (the transaction is rolled back first). @p statement as
    /// pg_stat_statements records it: an SQL PREPARE's or a cursor's query is planned (StatementShape::Plannable).
    /// @p searchPath, quoted schema names, comes before the connection's own while the statement is planned:
    /// the schemas of tables the statement names unqualified that the connection's search path does not reach.
    static GenericPlan explain(pqxx::connection_base &connection, const QString &statement,
                               const QStringList &searchPath = {});
    /// The oid in a hypothetical index's name (`<13556>btree_orders_customer_id`), or 0.
    static quint32 hypotheticalOid(const QString &indexName);
};

} // namespace Pitwall

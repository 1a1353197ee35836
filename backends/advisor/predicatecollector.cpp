#include "predicatecollector.h"

#include "advisorcatalog.h"
#include "indexadvice.h"
#include "workloadreader.h"

#include <utility>

namespace Pitwall::Advisor {

namespace {

void add(QList<Candidate> &candidates, const Table &table, const ColumnInfo &info, StatementShape::Use use)
{
    for (const Candidate &known : std::as_const(candidates)) {
        if (known.table == table.oid && known.attnum == info.attnum)
            return;
    }
    candidates << Candidate{table.oid, info.attnum, info.name, use};
}

} // namespace

QList<Candidate> PredicateCollector::candidates(const Workload &statement)
{
    const auto tables = tablesOf(statement);
    if (!tables)
        return {};
    QList<Candidate> candidates;
    const QList<Qual> quals = m_quals.value(statement.queryId);
    addQualStats(statement, quals, candidates);
    // pg_qualstats knows the predicates it saw; the sort columns come from the parser.
    addParsed(statement, *tables, !quals.isEmpty(), candidates);
    return candidates;
}

std::optional<QList<std::optional<Table>>> PredicateCollector::tablesOf(const Workload &statement)
{
    QList<std::optional<Table>> tables;
    bool onlySystem = true;
    for (const auto &name : statement.shape.tables) {
        auto table = m_catalog.resolve(name.schema, name.name);
        if (table && (isSystemSchema(table->schema) || !QStringLiteral("rmp").contains(table->kind)))
            table.reset();
        else if (table)
            onlySystem = false;
        else if (!isSystemSchema(name.schema) && !name.name.startsWith(QLatin1String("pg_")))
            onlySystem = false;
        tables << table;
    }
    if (onlySystem)
        return std::nullopt;
    return tables;
}

void PredicateCollector::addQualStats(const Workload &statement, const QList<Qual> &quals, QList<Candidate> &candidates)
{
    for (const Qual &qual : quals) {
        for (const auto &[tableOid, attnum] :
             {std::pair{qual.table, qual.attnum}, std::pair{qual.otherTable, qual.otherAttnum}}) {
            if (tableOid == 0 || (!m_catalog.knows(tableOid) && !m_catalog.resolveOid(tableOid)))
                continue;
            const Table table = m_catalog.table(tableOid);
            if (isSystemSchema(table.schema))
                continue;
            const auto info = m_catalog.column(tableOid, attnum, {});
            if (!info)
                continue;
            QString predicate = QStringLiteral("%1.%2 %3").arg(table.name, info->name, qual.op);
            if (!qual.constant.isEmpty())
                predicate += QLatin1Char(' ') + qual.constant.section(QStringLiteral("::"), 0, 0);
            if (!qual.btreeOperator) {
                const bool pattern = qual.op.contains(QLatin1Char('~'));
                unhelpable(statement, predicate,
                           qual.leadingWildcard ? QStringLiteral("a leading-wildcard LIKE: no btree index can serve it "
                                                                 "(a trigram GIN index, pg_trgm, could)")
                               : pattern
                               ? QStringLiteral("a pattern match: a plain btree index cannot serve it")
                               : QStringLiteral("the operator %1 is not one a btree index serves").arg(qual.op));
                continue;
            }
            if (!info->btree) {
                typeRefused(statement, table, *info, predicate);
                continue;
            }
            add(candidates, table, *info,
                qual.otherTable
                    ? StatementShape::Use::Join
                    : (qual.op == QLatin1String("=") ? StatementShape::Use::Equality : StatementShape::Use::Range));
        }
    }
}

void PredicateCollector::addParsed(const Workload &statement, const QList<std::optional<Table>> &tables, bool sortsOnly,
                                   QList<Candidate> &candidates)
{
    for (const auto &use : statement.shape.columns) {
        if (sortsOnly && use.use != StatementShape::Use::Sort)
            continue;
        std::optional<Table> table;
        std::optional<ColumnInfo> info;
        const QList<int> scope = use.table >= 0 ? QList<int>{use.table} : use.scope;
        for (int index : scope) {
            const auto &candidateTable = tables.value(index);
            if (!candidateTable)
                continue;
            if (const auto found = m_catalog.column(candidateTable->oid, 0, use.name)) {
                table = candidateTable;
                info = found;
                break;
            }
        }
        if (!table || !info)
            continue;
        const QString predicate = use.text.startsWith(use.name) ? table->name + QLatin1Char('.') + use.text : use.text;
        if (use.use == StatementShape::Use::Pattern) {
            const bool leading = use.constant.startsWith(QLatin1Char('%')) || use.constant.startsWith(QLatin1Char('_'));
            unhelpable(statement, predicate,
                       leading ? QStringLiteral("a leading-wildcard LIKE: no btree index can serve it (a trigram "
                                                "GIN index, pg_trgm, could)")
                               : QStringLiteral("a pattern match: a plain btree index serves it only with the C "
                                                "collation or text_pattern_ops, and never with a leading "
                                                "wildcard"));
            continue;
        }
        if (use.use == StatementShape::Use::Expression) {
            unhelpable(statement, predicate,
                       QStringLiteral("the column is wrapped in a function or cast: only an expression index "
                                      "could serve it"));
            continue;
        }
        if (!info->btree) {
            typeRefused(statement, *table, *info, predicate);
            continue;
        }
        add(candidates, *table, *info, use.use);
    }
}

void PredicateCollector::unhelpable(const Workload &statement, const QString &predicate, const QString &reason)
{
    for (const auto &known : std::as_const(m_advice.unhelpable)) {
        if (known.database == m_database && known.queryId == statement.queryId && known.predicate == predicate)
            return;
    }
    m_advice.unhelpable << IndexAdvice::Unhelpable{m_database, statement.queryId, statement.query, predicate, reason};
}

void PredicateCollector::typeRefused(const Workload &statement, const Table &table, const ColumnInfo &info,
                                     const QString &predicate)
{
    unhelpable(
        statement, predicate,
        QStringLiteral("%1.%2 is of type %3, which a btree index cannot serve").arg(table.name, info.name, info.type));
}

} // namespace Pitwall::Advisor

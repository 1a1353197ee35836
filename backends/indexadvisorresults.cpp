#include "indexadvisorrun.h"
#include "indexname.h"
#include "pgconnection.h"
#include "pgrelation.h"

#include <pqxx/except>
#include <pqxx/nontransaction>
#include <pqxx/result>

#include <algorithm>

namespace Pitwall {

IndexRecommendation IndexAdvisorRun::newRecommendation(quint32 tableOid, const QStringList &columns) const
{
    const Table table = m_tablesByOid.value(tableOid);
    IndexRecommendation recommendation;
    recommendation.source = m_advisor.m_source.name;
    recommendation.database = m_database;
    recommendation.schema = table.schema;
    recommendation.table = table.name;
    recommendation.columns = columns;
    recommendation.indexName = IndexName::forColumns(table.schema, table.name, columns);
    recommendation.partitioned = table.kind == QLatin1String("p");
    recommendation.writeCalls = m_writes.value(tableOid);
    recommendation.readCalls = m_reads.value(tableOid);
    recommendation.writeHeavy = recommendation.writeCalls > 0
        && recommendation.writeCalls >= recommendation.readCalls * m_options.writeHeavyRatio;
    return recommendation;
}

qint64 IndexAdvisorRun::hypotheticalSize(quint32 tableOid, const QList<int> &attnums, const QStringList &columns)
{
    try {
        resetHypothetical();
        const quint32 oid = createHypothetical(Hypothetical{tableOid, attnums, columns});
        qint64 bytes = 0;
        {
            pqxx::nontransaction tx(*m_connection);
            bytes = tx.exec_params("SELECT " + m_hypopg + ".hypopg_relation_size($1::oid)", oid)[0][0].as<qint64>(0);
        }
        resetHypothetical();
        return bytes;
    } catch (const pqxx::sql_error &) {
        return qint64(0);
    }
}

void IndexAdvisorRun::recommendProven(const QList<Proven> &proven)
{
    for (const Proven &index : std::as_const(proven)) {
        if (covered(index.table, index.attnums))
            continue;
        IndexRecommendation recommendation = newRecommendation(index.table, index.columns);
        recommendation.statements = index.statements;
        recommendation.estimatedSavingMs = index.savingMs;
        recommendation.sizeBytes = hypotheticalSize(index.table, index.attnums, index.columns);
        for (const auto &statement : std::as_const(recommendation.statements)) {
            m_advisor.m_meanWhenRecommended.insert(key(m_database, statement.queryId), statement.meanMs);
            m_advisor.m_costWhenRecommended.insert(key(m_database, statement.queryId), statement.costBefore);
        }
        m_advice.recommendations << recommendation;
    }
}

void IndexAdvisorRun::recommendCurated(const QList<Judged> &judged)
{
    for (const CuratedIndex &curated : m_advisor.m_source.indexes) {
        std::optional<Table> table;
        {
            pqxx::nontransaction tx(*m_connection);
            const auto rows
                = tx.exec_params("SELECT c.oid, n.nspname, c.relname, c.relkind FROM pg_class c "
                                 "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = to_regclass($1)",
                                 curated.table.toStdString());
            if (!rows.empty()) {
                table = Table{rows[0][0].as<quint32>(), text(rows[0][1]), text(rows[0][2]), text(rows[0][3])};
                m_tablesByOid.insert(table->oid, *table);
            }
        }
        const QString listed
            = QStringLiteral("curated index %1 (%2)").arg(curated.table, curated.columns.join(QLatin1String(", ")));
        if (!table) {
            m_advice.notes << QStringLiteral("%1: no table %2 in database %3").arg(listed, curated.table, m_database);
            continue;
        }
        QList<int> attnums;
        QStringList missingColumns;
        for (const QString &name : curated.columns) {
            if (const auto info = column(table->oid, 0, name))
                attnums << info->attnum;
            else
                missingColumns << name;
        }
        if (!missingColumns.isEmpty()) {
            m_advice.notes << QStringLiteral("%1: %2.%3 has no column %4")
                                  .arg(listed, table->schema, table->name, missingColumns.join(QLatin1String(", ")));
            continue;
        }
        if (covered(table->oid, attnums))
            continue;
        const bool alsoComputed
            = std::any_of(m_advice.recommendations.cbegin(), m_advice.recommendations.cend(), [&](const auto &r) {
                  return r.database == m_database && r.schema == table->schema && r.table == table->name
                      && r.columns == curated.columns;
              });
        if (alsoComputed)
            continue;
        IndexRecommendation recommendation = newRecommendation(table->oid, curated.columns);
        recommendation.state = IndexRecommendation::State::Curated;
        try {
            resetHypothetical();
            createHypothetical(Hypothetical{table->oid, attnums, curated.columns});
            for (const Judged &entry : std::as_const(judged)) {
                const bool touches = std::any_of(entry.candidates.cbegin(), entry.candidates.cend(),
                                                 [&](const Candidate &c) { return c.table == table->oid; });
                if (!touches || entry.base.cost <= 0)
                    continue;
                const GenericPlan plan = explain(entry.workload->query);
                if (plan.cost >= entry.base.cost)
                    continue;
                recommendation.estimatedSavingMs
                    += entry.workload->windowCalls * entry.workload->windowMeanMs * (1.0 - plan.cost / entry.base.cost);
                recommendation.statements << helped(*entry.workload, entry.base, plan);
            }
        } catch (const pqxx::sql_error &error) {
            m_advice.notes << PgConnection::explain(listed, error);
        }
        recommendation.sizeBytes = hypotheticalSize(table->oid, attnums, curated.columns);
        m_advice.recommendations << recommendation;
    }
}

void IndexAdvisorRun::followApplied(const QList<Judged> &judged)
{
    pqxx::result rows;
    {
        pqxx::nontransaction tx(*m_connection);
        rows = tx.exec_params(
            "SELECT i.indexrelid, i.indrelid, n.nspname, c.relname, c.relkind, ic.relname, i.indkey::text, "
            "       i.indnkeyatts, coalesce(s.idx_scan, 0), pg_relation_size(i.indexrelid) "
            "FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class c ON c.oid = i.indrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "LEFT JOIN pg_stat_all_indexes s ON s.indexrelid = i.indexrelid "
            "WHERE i.indisvalid AND left(obj_description(i.indexrelid, 'pg_class'), $1) = $2",
            int(IndexName::marker().size()), IndexName::marker().toStdString());
    }
    for (const auto &row : rows) {
        const quint32 tableOid = row[1].as<quint32>();
        m_tablesByOid.insert(tableOid, Table{tableOid, text(row[2]), text(row[3]), text(row[4])});
        QStringList columns;
        for (int attnum : PgRelation::indexKeys(text(row[6])).mid(0, row[7].as<int>(0))) {
            if (const auto info = column(tableOid, attnum, {}))
                columns << info->name;
        }
        IndexRecommendation recommendation = newRecommendation(tableOid, columns);
        recommendation.state = IndexRecommendation::State::Applied;
        recommendation.indexName = text(row[5]);
        recommendation.indexScans = row[8].as<qint64>(0);
        recommendation.sizeBytes = row[9].as<qint64>(0);
        for (const Judged &entry : std::as_const(judged)) {
            if (!entry.base.indexes.contains(recommendation.indexName))
                continue;
            // Now the index exists: the plan as it is is the "after".
            IndexRecommendation::Statement benefit = helped(*entry.workload, entry.base, entry.base);
            benefit.planBefore.clear();
            benefit.costBefore
                = m_advisor.m_costWhenRecommended.value(key(m_database, entry.workload->queryId), entry.base.cost);
            const auto before = m_advisor.m_meanWhenRecommended.constFind(key(m_database, entry.workload->queryId));
            if (before != m_advisor.m_meanWhenRecommended.cend())
                benefit.meanBeforeMs = *before;
            recommendation.statements << benefit;
        }
        m_advice.recommendations << recommendation;
    }
}

} // namespace Pitwall

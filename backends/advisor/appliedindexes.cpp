#include "appliedindexes.h"

#include "advisorcatalog.h"
#include "hypotheticalproof.h"
#include "indexadvice.h"
#include "indexname.h"
#include "pgrelation.h"
#include "recommendationmaker.h"
#include "workloadreader.h"

#include <pqxx/nontransaction>
#include <pqxx/result>

namespace Pitwall::Advisor {

void AppliedIndexes::follow(const QList<Judged> &judged)
{
    pqxx::result rows;
    {
        pqxx::nontransaction tx(m_connection);
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
        m_catalog.remember(Table{tableOid, text(row[2]), text(row[3]), text(row[4])});
        QStringList columns;
        for (int attnum : PgRelation::indexKeys(text(row[6])).mid(0, row[7].as<int>(0))) {
            if (const auto info = m_catalog.column(tableOid, attnum, {}))
                columns << info->name;
        }
        IndexRecommendation recommendation = m_recommendations.make(tableOid, columns);
        recommendation.state = IndexRecommendation::State::Applied;
        recommendation.indexName = text(row[5]);
        recommendation.indexScans = row[8].as<qint64>(0);
        recommendation.sizeBytes = row[9].as<qint64>(0);
        for (const Judged &entry : judged) {
            if (!entry.base.indexes.contains(recommendation.indexName))
                continue;
            // Now the index exists: the plan as it is is the "after".
            IndexRecommendation::Statement benefit = entry.benefit(entry.base);
            benefit.planBefore.clear();
            const QString key = Workload::key(m_database, entry.workload->queryId);
            benefit.costBefore = m_memory.costWhenRecommended.value(key, entry.base.cost);
            const auto before = m_memory.meanWhenRecommended.constFind(key);
            if (before != m_memory.meanWhenRecommended.cend())
                benefit.meanBeforeMs = *before;
            recommendation.statements << benefit;
        }
        m_advice.recommendations << recommendation;
    }
}

} // namespace Pitwall::Advisor

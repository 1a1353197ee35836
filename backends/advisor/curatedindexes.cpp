#include "curatedindexes.h"

#include "advisorcatalog.h"
#include "hypotheticalindexes.h"
#include "hypotheticalproof.h"
#include "indexadvice.h"
#include "pgconnection.h"
#include "recommendationmaker.h"
#include "workloadreader.h"

#include <pqxx/except>

#include <algorithm>

namespace Pitwall::Advisor {

void CuratedIndexes::recommend(const QList<CuratedIndex> &curated, const QList<Judged> &judged)
{
    for (const CuratedIndex &index : curated)
        recommend(index, judged);
}

void CuratedIndexes::recommend(const CuratedIndex &curated, const QList<Judged> &judged)
{
    const std::optional<Table> table = m_catalog.resolveName(curated.table);
    const QString listed
        = QStringLiteral("curated index %1 (%2)").arg(curated.table, curated.columns.join(QLatin1String(", ")));
    if (!table) {
        m_advice.notes << QStringLiteral("%1: no table %2 in database %3").arg(listed, curated.table, m_database);
        return;
    }
    const std::optional<QList<int>> columns = attnums(curated, *table, listed);
    if (!columns || m_catalog.covered(table->oid, *columns) || alsoComputed(curated, *table))
        return;
    IndexRecommendation recommendation = m_recommendations.make(table->oid, curated.columns);
    recommendation.state = IndexRecommendation::State::Curated;
    estimate(recommendation, *table, *columns, judged, listed);
    recommendation.sizeBytes = m_hypothetical.size(Hypothetical{table->oid, *columns, curated.columns});
    m_advice.recommendations << recommendation;
}

std::optional<QList<int>> CuratedIndexes::attnums(const CuratedIndex &curated, const Table &table,
                                                  const QString &listed)
{
    QList<int> attnums;
    QStringList missingColumns;
    for (const QString &name : curated.columns) {
        if (const auto info = m_catalog.column(table.oid, 0, name))
            attnums << info->attnum;
        else
            missingColumns << name;
    }
    if (!missingColumns.isEmpty()) {
        m_advice.notes << QStringLiteral("%1: %2.%3 has no column %4")
                              .arg(listed, table.schema, table.name, missingColumns.join(QLatin1String(", ")));
        return std::nullopt;
    }
    return attnums;
}

bool CuratedIndexes::alsoComputed(const CuratedIndex &curated, const Table &table) const
{
    return std::any_of(m_advice.recommendations.cbegin(), m_advice.recommendations.cend(), [&](const auto &r) {
        return r.database == m_database && r.schema == table.schema && r.table == table.name
            && r.columns == curated.columns;
    });
}

void CuratedIndexes::estimate(IndexRecommendation &recommendation, const Table &table, const QList<int> &attnums,
                              const QList<Judged> &judged, const QString &listed)
{
    try {
        m_hypothetical.reset();
        m_hypothetical.create(Hypothetical{table.oid, attnums, recommendation.columns});
        for (const Judged &entry : judged) {
            const bool touches = std::any_of(entry.candidates.cbegin(), entry.candidates.cend(),
                                             [&](const Candidate &c) { return c.table == table.oid; });
            if (!touches || entry.base.cost <= 0)
                continue;
            const GenericPlan plan = entry.explain(m_connection);
            if (plan.cost >= entry.base.cost)
                continue;
            recommendation.estimatedSavingMs
                += entry.workload->windowCalls * entry.workload->windowMeanMs * (1.0 - plan.cost / entry.base.cost);
            recommendation.statements << entry.benefit(plan);
        }
    } catch (const pqxx::sql_error &error) {
        m_advice.notes << PgConnection::explain(listed, error);
    }
}

} // namespace Pitwall::Advisor

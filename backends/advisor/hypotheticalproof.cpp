#include "hypotheticalproof.h"

#include "workloadreader.h"

#include <pqxx/except>

namespace Pitwall::Advisor {

IndexRecommendation::Statement Judged::benefit(const GenericPlan &after) const
{
    IndexRecommendation::Statement benefit;
    benefit.queryId = workload->queryId;
    benefit.query = workload->query;
    benefit.calls = workload->windowCalls;
    benefit.meanMs = workload->windowMeanMs;
    benefit.costBefore = base.cost;
    benefit.costAfter = after.cost;
    benefit.planBefore = base.json;
    benefit.planAfter = after.json;
    return benefit;
}

GenericPlan Judged::explain(pqxx::connection_base &connection) const
{
    return GenericPlan::explain(connection, workload->query, searchPath);
}

void HypotheticalProof::prove(QList<Judged> &judged, const CandidateSet::Batch &batch,
                              std::optional<Proof> Judged::*slot)
{
    const QList<Hypothetical> &indexes = batch.indexes;
    for (qsizetype start = 0; start < indexes.size(); start += m_maxHypothetical) {
        m_hypothetical.reset();
        m_inPlace.clear();
        for (const Hypothetical &index : indexes.mid(start, m_maxHypothetical))
            m_inPlace.insert(m_hypothetical.create(index), index);
        for (int i : batch.statements) {
            auto &best = judged[i].*slot;
            if (auto proof = explain(judged[i]); proof && (!best || proof->plan.cost < best->plan.cost))
                best = std::move(proof);
        }
    }
}

std::optional<Proof> HypotheticalProof::explain(const Judged &statement)
{
    try {
        Proof proof{statement.explain(m_connection), {}};
        for (const QString &name : std::as_const(proof.plan.indexes)) {
            const quint32 oid = GenericPlan::hypotheticalOid(name);
            if (oid && m_inPlace.contains(oid))
                proof.used << m_inPlace.value(oid);
        }
        return proof;
    } catch (const pqxx::sql_error &) {
        return std::nullopt;
    }
}

} // namespace Pitwall::Advisor

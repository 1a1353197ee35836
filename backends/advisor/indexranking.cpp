#include "indexranking.h"

#include "hypotheticalproof.h"
#include "workloadreader.h"

#include <algorithm>
#include <optional>

namespace Pitwall::Advisor {

QList<Proven> IndexRanking::rank(const QList<Judged> &judged) const
{
    QList<Proven> proven;
    for (const Judged &entry : judged) {
        if (const Proof *best = verdict(entry))
            credit(proven, entry, *best);
    }
    mergeIntoWider(proven);
    return proven;
}

const Proof *IndexRanking::verdict(const Judged &entry) const
{
    const double base = entry.base.cost;
    if (base <= 0)
        return nullptr;
    const auto proves = [&](const std::optional<Proof> &proof) {
        return proof && proof->plan.cost <= base * (1.0 - m_minCostDrop) && !proof->used.isEmpty();
    };
    const Proof *best = nullptr;
    if (proves(entry.single))
        best = &*entry.single;
    if (proves(entry.pair) && (!best || entry.pair->plan.cost < best->plan.cost * 0.9))
        best = &*entry.pair;
    return best;
}

void IndexRanking::credit(QList<Proven> &proven, const Judged &entry, const Proof &best)
{
    const QList<Hypothetical> &used = best.used;
    const Workload &statement = *entry.workload;
    const double drop = 1.0 - best.plan.cost / entry.base.cost;
    const IndexRecommendation::Statement benefit = entry.benefit(best.plan);
    const double calls = statement.windowCalls;
    for (const Hypothetical &index : used) {
        auto found = std::find_if(proven.begin(), proven.end(), [&](const Proven &known) {
            return known.table == index.table && known.attnums == index.attnums;
        });
        if (found == proven.end()) {
            proven << Proven{index.table, index.attnums, index.columns, {}, 0};
            found = proven.end() - 1;
        }
        found->statements << benefit;
        // Shared among the indexes the plan uses, so that the total is not counted twice.
        found->savingMs += calls * statement.windowMeanMs * drop / double(used.size());
    }
}

void IndexRanking::mergeIntoWider(QList<Proven> &proven)
{
    for (qsizetype i = proven.size() - 1; i >= 0; --i) {
        if (proven[i].attnums.size() != 1)
            continue;
        const auto wider = std::find_if(proven.begin(), proven.end(), [&](const Proven &other) {
            return other.table == proven[i].table && other.attnums.size() > 1
                && other.attnums.first() == proven[i].attnums.first();
        });
        if (wider == proven.end())
            continue;
        for (const auto &statement : std::as_const(proven[i].statements)) {
            const bool known = std::any_of(wider->statements.cbegin(), wider->statements.cend(),
                                           [&](const auto &other) { return other.queryId == statement.queryId; });
            if (!known) {
                wider->statements << statement;
                wider->savingMs += proven[i].savingMs;
            }
        }
        proven.removeAt(i);
    }
}

} // namespace Pitwall::Advisor

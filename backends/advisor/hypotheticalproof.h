#pragma once

#include "candidateset.h"
#include "genericplan.h"
#include "hypotheticalindexes.h"
#include "indexadvice.h"
#include "predicatecollector.h"

#include <QHash>
#include <QList>

#include <pqxx/connection>

#include <optional>

namespace Pitwall::Advisor {

struct Workload;

/// A plan with hypothetical indexes in place, and those of them it uses: named
/// while they exist, for HypoPG hands the same OIDs out again after hypopg_reset().
struct Proof
{
    GenericPlan plan;
    QList<Hypothetical> used;
};

/// A statement being judged: its tables, candidate columns and plans.
struct Judged
{
    const Workload *workload = nullptr;
    QList<Candidate> candidates;
    GenericPlan base;
    std::optional<Proof> single;
    std::optional<Proof> pair;
    /// Quoted schemas the statement's unqualified tables are in, off the advisor's search path.
    QStringList searchPath;

    /// The statement's generic plan with the hypothetical indexes in place now.
    GenericPlan explain(pqxx::connection_base &connection) const;

    /// What an index does for the statement: its window numbers, its plan as it is and @p after.
    IndexRecommendation::Statement benefit(const GenericPlan &after) const;
};

/// The proof by HypoPG: the judged statements explained with hypothetical
/// indexes in place, each keeping its cheapest plan.
class HypotheticalProof
{
public:
    HypotheticalProof(pqxx::connection &connection, HypotheticalIndexes &hypothetical, int maxHypothetical)
        : m_connection(connection)
        , m_hypothetical(hypothetical)
        , m_maxHypothetical(maxHypothetical)
    { }

    /// Creates @p batch's indexes, at most maxHypothetical at a time, and keeps in each of its statements' @p slot
    /// the cheapest plan seen.
    void prove(QList<Judged> &judged, const CandidateSet::Batch &batch, std::optional<Proof> Judged::*slot);

private:
    /// @p statement explained with the indexes in place; nothing if it no longer explains (a table dropped
    /// meanwhile).
    std::optional<Proof> explain(const Judged &statement);

    pqxx::connection &m_connection;
    HypotheticalIndexes &m_hypothetical;
    int m_maxHypothetical;
    /// The hypothetical indexes in place now, by OID: one batch at a time.
    QHash<quint32, Hypothetical> m_inPlace;
};

} // namespace Pitwall::Advisor

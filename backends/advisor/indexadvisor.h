#pragma once

#include "indexadvice.h"
#include "profile.h"

#include <QHash>
#include <QString>

#include <chrono>

namespace Pitwall {

/// The index advisor of one postgres source (issue: index advice people can
/// trust). For each database with a workload in pg_stat_statements:
/// 1. the statements above a minimum of calls and total time, by total time;
/// 2. the columns they filter, join and sort on — pg_qualstats' predicates
///    where it can be read, else PostgreSQL's own parser (libpg_query) on the
///    normalised text — resolved through the catalog; system schemas and
///    types no btree serves are skipped, predicates no index helps reported;
/// 3. the proof: each statement's generic-plan cost (GenericPlan), then the
///    same with HypoPG hypothetical indexes — single columns, then two-column
///    combinations — keeping an index only when the planner uses it and the
///    cost drops by at least half (Dexter's rule); hypopg_reset() always;
/// 4. nothing already covered by the leading columns of an existing btree,
///    no single column that leads a recommended two-column index;
/// 5. ranked by the time it would save over the window (calls × window mean
///    × fractional cost drop), with its size, the statements and their plans,
///    and a warning where the table is written more than it is read.
/// The profile's curated indexes that are missing come beside them, and the
/// indexes apply-index built, with their scans and the window mean since.
///
/// It connects as the source's action role (action_url): the monitoring role
/// may read pg_stat_statements but not EXPLAIN the tables' statements, and
/// the advice says so. Its connections are read-only. advise() blocks: call
/// it on a worker thread (IndexAdvisorRunner). It keeps the statements'
/// counters between runs, so that the next run's means are over the window
/// since this one.
class IndexAdvisor
{
public:
    struct Options
    {
        double minCalls = 5;
        double minTotalMs = 50;
        int maxStatements = 30;
        /// The fraction of the cost an index must save (Dexter: half).
        double minCostDrop = 0.5;
        /// Hypothetical indexes at a time.
        int maxHypothetical = 300;
        /// Writes per read above which a table is write-heavy.
        double writeHeavyRatio = 1.0;
    };

    IndexAdvisor(SourceConfig source, const Profile &profile);
    IndexAdvisor(SourceConfig source, const Profile &profile, Options options);
    ~IndexAdvisor();
    IndexAdvisor(const IndexAdvisor &) = delete;
    IndexAdvisor &operator=(const IndexAdvisor &) = delete;

    const SourceConfig &source() const { return m_source; }
    const Options &options() const { return m_options; }

    /// One run. Never throws: what went wrong is in the advice's problem.
    IndexAdvice advise();

private:
    friend class IndexAdvisorRun;
    struct Counters
    {
        double calls = 0;
        double totalMs = 0;
    };

    SourceConfig m_source;
    Profile m_profile;
    Options m_options;
    /// By database/queryid: the counters at the previous run.
    QHash<QString, Counters> m_previous;
    /// By database/queryid: the window mean and generic cost when an index was last recommended for it.
    QHash<QString, double> m_meanWhenRecommended;
    QHash<QString, double> m_costWhenRecommended;
    std::chrono::milliseconds m_timeout{10'000};
};

} // namespace Pitwall

#pragma once

#include "action.h"
#include "pgrelation.h"

#include <QList>
#include <QStringList>

namespace Pitwall {

/// Builds a recommended (or curated) btree index without blocking writes:
/// an advisory lock on its name (another Pitwall building it is refused), a
/// re-check that no equivalent index exists, `SET lock_timeout`, then
/// `CREATE INDEX CONCURRENTLY` with a deterministic name (IndexName) on a
/// connection of its own while the action reads pg_stat_progress_create_index.
/// A build that fails leaves an invalid index: it is dropped (`DROP INDEX
/// CONCURRENTLY`) and the failure explained. Then `ANALYZE`, and the
/// workload's statements on the table are explained again for real: their
/// cost before and after is the outcome. A partitioned table is built
/// partition by partition (its parent cannot be indexed concurrently).
class ApplyIndexAction : public Action
{
public:
    ApplyIndexAction(ActionRequest request, const Profile &profile, SourceConfig source);
    ~ApplyIndexAction() override;

    ActionPlan plan() override;

    /// How long a step waits for a lock (and for older transactions) before it gives up.
    static constexpr int lockTimeoutSeconds = 10;

protected:
    ActionOutcome execute(ActionContext &context) override;

private:
    struct Build
    {
        PgRelation table;
        QString indexName;
        QString create; ///< the CREATE INDEX CONCURRENTLY statement
        QString comment; ///< COMMENT ON INDEX
        QString drop; ///< DROP INDEX CONCURRENTLY IF EXISTS, after a failure
        QString analyze;
        bool dropLeftoverFirst = false;
    };
    struct Judged
    {
        QString query;
        double costBefore = 0;
    };

    /// Builds @p build; fills @p outcome on failure or cancellation and returns false.
    bool runBuild(const Build &build, int index, ActionContext &context, ActionOutcome &outcome);

    QList<Build> m_builds;
    QStringList m_columns;
    QList<Judged> m_statements;
    QString m_lockKey;
};

} // namespace Pitwall

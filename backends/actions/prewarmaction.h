#pragma once

#include "action.h"
#include "pgrelation.h"

#include <QCoreApplication>
#include <QList>

namespace Pitwall {

/// PostgreSQL `pg_prewarm` of chosen relations, or of the advisor's: the
/// hottest relations that are mostly not in shared buffers — read from
/// pg_buffercache where the monitoring role may (pg_monitor), otherwise from
/// the block-read statistics (pg_statio_*) — as many as fit in half of
/// shared_buffers. The advisor reads statistics with the source's monitoring
/// URL; pg_prewarm runs with the action URL.
class PrewarmAction : public Action
{
    Q_DECLARE_TR_FUNCTIONS(Pitwall::PrewarmAction)

public:
    PrewarmAction(ActionRequest request, const Profile &profile, SourceConfig source);
    ~PrewarmAction() override;

    ActionPlan plan() override;

    /// The advisor's list is at most this long.
    static constexpr int maxAdvised = 5;

protected:
    ActionOutcome execute(ActionContext &context) override;

private:
    /// The advisor's candidates, hottest first; notes say how they were found.
    QList<PgRelation> advise(ActionPlan &plan, qint64 sharedBuffers);

    struct Target
    {
        PgRelation relation;
        QString statement;
    };
    QList<Target> m_targets;
};

} // namespace Pitwall

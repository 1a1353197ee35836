#pragma once

#include "action.h"

#include <QCoreApplication>
#include <QMap>

#include <memory>

namespace Pitwall {

class RedisTarget;

/// Flush cache (Redis): the keys matching a pattern, found with SCAN MATCH and
/// removed with UNLINK in batches, node by node in a cluster (one key a
/// command there, since a node's keys span many slots); or a whole database
/// with FLUSHDB ASYNC behind a typed confirmation. Never KEYS.
class FlushCacheAction : public Action
{
    Q_DECLARE_TR_FUNCTIONS(Pitwall::FlushCacheAction)

public:
    FlushCacheAction(ActionRequest request, const Profile &profile, SourceConfig source);
    ~FlushCacheAction() override;

    ActionPlan plan() override;

    /// Keys read by one SCAN call, and deleted by one UNLINK (or one pipelined batch).
    static constexpr int batchSize = 500;

protected:
    ActionOutcome execute(ActionContext &context) override;

private:
    RedisTarget &target();
    ActionPlan planPattern();
    ActionPlan planFlushDb();
    ActionOutcome runPattern(ActionContext &context);
    ActionOutcome runFlushDb(ActionContext &context);
    /// Every key of @p address matching the pattern, batch by batch, until @p visit returns false.
    template<typename Visit> void scan(const QString &address, Visit &&visit);

    std::unique_ptr<RedisTarget> m_target;
    /// Keys matched per node at planning time: the progress bar's 100 %.
    qint64 m_planned = 0;
};

} // namespace Pitwall

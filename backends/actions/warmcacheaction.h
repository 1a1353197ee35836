#pragma once

#include "action.h"
#include "warmrecipe.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>

#include <memory>

namespace Pitwall {

class RedisTarget;

/// Warm cache from a profile's warm recipe: its query runs read-only on a
/// PostgreSQL (READ ONLY transaction) or ClickHouse (readonly=1) source, and
/// each row becomes `SET key value EX ttl` on the recipe's Redis source,
/// pipelined in batches, routed to the key's primary in a cluster. A row whose
/// key would fall outside the template's fixed prefix is refused.
class WarmCacheAction : public Action
{
    Q_DECLARE_TR_FUNCTIONS(Pitwall::WarmCacheAction)

public:
    WarmCacheAction(ActionRequest request, const Profile &profile, SourceConfig source, WarmRecipe recipe);
    ~WarmCacheAction() override;

    ActionPlan plan() override;

    /// SETs written per pipelined batch.
    static constexpr int batchSize = 500;
    /// A query that returns more rows is refused: a warm recipe is a LIMITed query.
    static constexpr int maxRows = 100'000;

protected:
    ActionOutcome execute(ActionContext &context) override;

private:
    using Row = QHash<QString, QByteArray>;
    QList<Row> queryPostgres();
    QList<Row> queryClickHouse();
    RedisTarget &redis();

    WarmRecipe m_recipe;
    SourceConfig m_redisSource;
    std::unique_ptr<RedisTarget> m_redis;
    /// key → value, in the query's order.
    QList<QPair<QByteArray, QByteArray>> m_entries;
};

} // namespace Pitwall

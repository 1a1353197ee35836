#pragma once

#include "action.h"

#include <QCoreApplication>

#include <memory>

namespace Pitwall {

class ClickHouseClient;

/// Cancel query: PostgreSQL `pg_cancel_backend` — or `pg_terminate_backend`,
/// a separate request behind a typed confirmation, offered when a cancel did
/// not stop the query — and ClickHouse `KILL QUERY WHERE query_id = …`. Waits a
/// few seconds to see the query end, and says whether it did.
class CancelQueryAction : public Action
{
    Q_DECLARE_TR_FUNCTIONS(Pitwall::CancelQueryAction)

public:
    CancelQueryAction(ActionRequest request, const Profile &profile, SourceConfig source);
    ~CancelQueryAction() override;

    ActionPlan plan() override;

protected:
    ActionOutcome execute(ActionContext &context) override;

private:
    ActionPlan planPostgres();
    ActionPlan planClickHouse();
    ActionOutcome runPostgres(ActionContext &context);
    ActionOutcome runClickHouse(ActionContext &context);
    ClickHouseClient &clickHouse();
    QString statement() const;

    std::unique_ptr<ClickHouseClient> m_clickHouse;
    /// When the query seen at planning time started: another query of the same backend is not this one.
    QString m_queryStart;
};

} // namespace Pitwall

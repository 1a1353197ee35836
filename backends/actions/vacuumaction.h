#pragma once

#include "action.h"
#include "pgrelation.h"

#include <QCoreApplication>
#include <QList>

namespace Pitwall {

/// VACUUM (ANALYZE) of chosen tables, or of those the advisor finds with many
/// dead rows (at least 1,000, and at least 10 % of the live ones). Each VACUUM
/// runs on a connection of its own on a helper thread while the action reads
/// its progress from pg_stat_progress_vacuum; cancelling asks the server to
/// cancel it (pg_cancel_backend of that connection).
class VacuumAction : public Action
{
    Q_DECLARE_TR_FUNCTIONS(Pitwall::VacuumAction)

public:
    VacuumAction(ActionRequest request, const Profile &profile, SourceConfig source);
    ~VacuumAction() override;

    ActionPlan plan() override;

    static constexpr qint64 minDeadRows = 1000;

protected:
    ActionOutcome execute(ActionContext &context) override;

private:
    struct Table
    {
        PgRelation relation;
        qint64 live = 0;
        qint64 dead = 0;
        QString statement;
    };
    QList<Table> m_tables;
};

} // namespace Pitwall

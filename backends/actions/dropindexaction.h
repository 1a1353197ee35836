#pragma once

#include "action.h"
#include "pgrelation.h"

#include <QCoreApplication>

namespace pqxx {
class transaction_base;
}

namespace Pitwall {

/// `DROP INDEX CONCURRENTLY` of an index. Undoing apply-index: only one
/// Pitwall built (its name starts with pitwall_ and it carries apply-index's
/// comment). An advised drop (ActionRequest::advisedDrop): any index the
/// advisor's statistics find unused, duplicate or invalid (UnusedIndexes),
/// checked again when planned, confirmed by typing its name. Never one that
/// backs a constraint or a primary key, nor a valid unique index.
class DropIndexAction : public Action
{
    Q_DECLARE_TR_FUNCTIONS(Pitwall::DropIndexAction)

public:
    DropIndexAction(ActionRequest request, const Profile &profile, SourceConfig source);
    ~DropIndexAction() override;

    ActionPlan plan() override;

protected:
    ActionOutcome execute(ActionContext &context) override;

private:
    /// The refusal of an advised drop of @p index, or why the statistics say it can go.
    QString judgeAdvised(pqxx::transaction_base &tx, ActionPlan &plan) const;

    PgRelation m_index;
    QString m_drop;
};

} // namespace Pitwall

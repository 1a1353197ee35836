#pragma once

#include "action.h"
#include "pgrelation.h"

#include <QCoreApplication>

namespace Pitwall {

/// Undoes apply-index: `DROP INDEX CONCURRENTLY` of an index Pitwall built
/// (its name starts with pitwall_ and it carries apply-index's comment);
/// any other index is refused, and so is one that backs a constraint.
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
    PgRelation m_index;
    QString m_drop;
};

} // namespace Pitwall

#include "action.h"

#include "collectorerror.h"
#include "keychain.h"
#include "pgconnection.h"

namespace Pitwall {

Action::Action(ActionRequest request, const Profile &profile, SourceConfig source)
    : m_request(std::move(request))
    , m_profile(profile)
    , m_source(std::move(source))
{ }

Action::~Action() = default;

ActionOutcome Action::run(ActionContext &context)
{
    if (m_profile.readOnly) {
        ActionOutcome outcome;
        outcome.status = ActionOutcome::Status::Refused;
        outcome.message = tr("the profile is read_only: actions are planned, never run");
        return outcome;
    }
    return execute(context);
}

QString Action::describe() const
{
    if (m_source.kind == SourceKind::Sqlite)
        return QStringLiteral("sqlite `%1` (%2)").arg(m_source.name, m_source.databasePath());
    return QStringLiteral("%1 `%2` (%3)").arg(sourceKindName(m_source.kind), m_source.name, m_source.address());
}

QString Action::passwordOf(const SourceConfig &source) const
{
    return sourcePassword(source, describe(), timeout());
}

ActionPlan Action::newPlan(const QString &title) const
{
    ActionPlan plan;
    plan.action = m_request.name();
    plan.source = m_source.name;
    plan.title = title;
    return plan;
}

QString Action::explainPostgres(const std::exception &error) const
{
    const QString text = QString::fromLocal8Bit(error.what()).trimmed();
    const QString first = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (text.contains(QLatin1String("permission denied")) || text.contains(QLatin1String("must be owner"))
        || text.contains(QLatin1String("must be a member")))
        return describe()
            + tr(": %1 — the role actions connect as lacks the privilege: give the source an "
                 "action_url with a role that has it (the table's owner)")
                  .arg(first);
    if (text.contains(QLatin1String("canceling statement due to lock timeout")))
        return describe() + tr(": another session holds a lock on it; not waiting behind it (lock_timeout)");
    if (text.contains(QLatin1String("canceling statement due to user request")))
        return describe() + tr(": cancelled");
    return PgConnection::explain(describe(), text);
}

} // namespace Pitwall

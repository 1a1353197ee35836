#include "actionrunner.h"

#include "action.h"
#include "actionfactory.h"
#include "actionworker.h"
#include "logging.h"

namespace Pitwall {

ActionRunner::ActionRunner(const Profile &profile, std::unique_ptr<Action> action, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_request(action->request())
    , m_sourceName(action->source().name)
    , m_host(QStringLiteral("action-") + action->request().name())
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<Pitwall::ActionPlan>();
    qRegisterMetaType<Pitwall::ActionOutcome>();
    m_request.source = m_sourceName;
    m_worker = m_host.adopt(std::make_unique<ActionWorker>(std::move(action), m_cancelled));
    connect(m_worker, &ActionWorker::planned, this, &ActionRunner::onPlanned);
    connect(m_worker, &ActionWorker::planFailed, this, &ActionRunner::onPlanFailed);
    connect(m_worker, &ActionWorker::progressed, this, &ActionRunner::progress);
    connect(m_worker, &ActionWorker::finished, this, [this](const ActionOutcome &outcome) {
        if (m_state == State::Running)
            finish(outcome);
    });
    m_host.start();
}

std::variant<std::unique_ptr<ActionRunner>, QString> ActionRunner::create(const ActionRequest &request,
                                                                          const Profile &profile)
{
    auto created = createAction(request, profile);
    if (auto *error = std::get_if<QString>(&created))
        return *error;
    return std::make_unique<ActionRunner>(profile, std::move(std::get<std::unique_ptr<Action>>(created)));
}

ActionRunner::~ActionRunner()
{
    // A cancelled action stops at its next batch, or once the server has
    // cancelled its statement.
    m_cancelled->store(true);
    m_host.stop(std::chrono::seconds(30));
}

void ActionRunner::startPlanning()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Planning;
    QMetaObject::invokeMethod(m_worker, &ActionWorker::plan, Qt::QueuedConnection);
}

void ActionRunner::onPlanned(const ActionPlan &plan)
{
    if (m_state != State::Planning)
        return;
    m_plan = plan;
    if (m_profile.readOnly && m_plan.refusal.isEmpty())
        m_plan.refusal = tr("the profile is read_only: the plan is shown, never run");
    m_state = State::Planned;
    Q_EMIT planned(m_plan);
}

void ActionRunner::onPlanFailed(const QString &message)
{
    if (m_state != State::Planning)
        return;
    m_plan.action = m_request.name();
    m_plan.source = m_sourceName;
    ActionOutcome outcome;
    outcome.status = ActionOutcome::Status::Failed;
    outcome.message = message;
    finish(outcome);
}

void ActionRunner::run(const QString &confirmation)
{
    if (m_state != State::Planned)
        return;
    ActionOutcome refused;
    refused.status = ActionOutcome::Status::Refused;
    if (m_profile.readOnly) {
        refused.message = tr("the profile is read_only: actions are planned, never run");
        finish(refused);
        return;
    }
    if (!m_plan.refusal.isEmpty()) {
        refused.message = m_plan.refusal;
        finish(refused);
        return;
    }
    if (m_plan.nothingToDo) {
        ActionOutcome nothing;
        nothing.status = ActionOutcome::Status::NothingToDo;
        nothing.message = m_plan.estimate;
        finish(nothing);
        return;
    }
    if (m_plan.isDestructive() && confirmation != m_plan.confirmWord) {
        ActionOutcome notConfirmed;
        notConfirmed.status = ActionOutcome::Status::NotConfirmed;
        notConfirmed.message
            = tr("not confirmed: a destructive action runs only when '%1' is typed").arg(m_plan.confirmWord);
        finish(notConfirmed);
        return;
    }
    m_state = State::Running;
    m_runTimer.start();
    QMetaObject::invokeMethod(m_worker, &ActionWorker::run, Qt::QueuedConnection);
}

void ActionRunner::cancel()
{
    if (m_state == State::Running)
        m_cancelled->store(true);
}

void ActionRunner::finishDryRun()
{
    if (m_state != State::Planned)
        return;
    ActionOutcome outcome;
    outcome.status = ActionOutcome::Status::DryRun;
    outcome.message = tr("dry run: nothing was sent that changes a server");
    finish(outcome);
}

void ActionRunner::finishNotConfirmed(const QString &why)
{
    if (m_state != State::Planned)
        return;
    ActionOutcome outcome;
    outcome.status = ActionOutcome::Status::NotConfirmed;
    outcome.message = why.isEmpty() ? tr("not confirmed: nothing was run") : why;
    finish(outcome);
}

void ActionRunner::finish(ActionOutcome outcome)
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    QString error;
    if (!m_audit.append(AuditLog::entry(m_profile, m_request, m_plan, outcome), &error)) {
        qCWarning(lcAction).noquote() << error;
        outcome.details.append(error);
    }
    m_outcome = outcome;
    Q_EMIT finished(m_outcome);
}

} // namespace Pitwall

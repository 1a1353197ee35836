#pragma once

#include "actionoutcome.h"
#include "actionplan.h"
#include "actionrequest.h"
#include "auditlog.h"
#include "profile.h"
#include "workerhost.h"

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <memory>
#include <variant>

namespace Pitwall {

class Action;
class ActionWorker;

/// Plans and runs one action on a thread of its own, and writes its line in
/// the audit log. Lives on the GUI (or main) thread, like SourceRunner: the
/// action's connections and every call into a client library stay on the
/// worker. A runner is used once: startPlanning(), then one of run(),
/// finishDryRun() or finishNotConfirmed(); finished() comes exactly once,
/// after the audit line is written.
class ActionRunner : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Planning, Planned, Running, Finished };

    ActionRunner(const Profile &profile, std::unique_ptr<Action> action, QObject *parent = nullptr);
    /// A runner for the action @p request asks for on @p profile, or why the
    /// request does not fit the profile (no such source, a source of the wrong
    /// kind, a missing option): a message for the person who typed it.
    static std::variant<std::unique_ptr<ActionRunner>, QString> create(const ActionRequest &request,
                                                                       const Profile &profile);
    /// Asks a running action to stop and waits for its thread.
    ~ActionRunner() override;

    const ActionRequest &request() const { return m_request; }
    const ActionPlan &plan() const { return m_plan; }
    State state() const { return m_state; }
    const ActionOutcome &outcome() const { return m_outcome; }
    /// Where the audit line goes (tests; default AuditLog::defaultPath()).
    void setAuditLog(const AuditLog &log) { m_audit = log; }

    /// Reads the plan on the worker: planned() or, when it cannot be read, finished() with "failed".
    void startPlanning();
    /// Runs the plan. Refused — finished() without anything sent — on a
    /// read_only profile, when the plan cannot run, or when a destructive
    /// plan's word does not match @p confirmation.
    void run(const QString &confirmation = {});
    /// Asks the running action to stop (at its next batch, or by asking the server to cancel).
    void cancel();
    /// The plan was shown and deliberately not run (--dry-run).
    void finishDryRun();
    /// The plan was shown and the person did not go ahead.
    void finishNotConfirmed(const QString &why = {});

Q_SIGNALS:
    void planned(const Pitwall::ActionPlan &plan);
    void progress(int percent, const QString &text);
    void finished(const Pitwall::ActionOutcome &outcome);

private:
    void onPlanned(const ActionPlan &plan);
    void onPlanFailed(const QString &message);
    void finish(ActionOutcome outcome);

    Profile m_profile;
    ActionRequest m_request;
    QString m_sourceName;
    AuditLog m_audit;
    WorkerHost m_host;
    ActionWorker *m_worker; // lives on m_host's thread
    std::shared_ptr<std::atomic_bool> m_cancelled;
    ActionPlan m_plan;
    ActionOutcome m_outcome;
    State m_state = State::Idle;
    QElapsedTimer m_runTimer;
};

} // namespace Pitwall

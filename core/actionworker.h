#pragma once

#include "actioncontext.h"
#include "actionoutcome.h"
#include "actionplan.h"

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <memory>

namespace Pitwall {

class Action;

/// Runs one Action on the thread it lives on (an ActionRunner's): plan() and
/// run() are called there through queued connections and answer with
/// signals. The cancel flag is shared with the runner, which sets it from its
/// own thread.
class ActionWorker
    : public QObject
    , public ActionContext
{
    Q_OBJECT

public:
    ActionWorker(std::unique_ptr<Action> action, std::shared_ptr<std::atomic_bool> cancelled,
                 QObject *parent = nullptr);
    ~ActionWorker() override;

    bool isCancelled() const override { return m_cancelled->load(); }
    void progress(int percent, const QString &text) override;

public Q_SLOTS:
    void plan();
    void run();

Q_SIGNALS:
    void planned(const Pitwall::ActionPlan &plan);
    void planFailed(const QString &message);
    void progressed(int percent, const QString &text);
    void finished(const Pitwall::ActionOutcome &outcome);

private:
    std::unique_ptr<Action> m_action;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QElapsedTimer m_sinceProgress;
    int m_lastPercent = -2;
};

} // namespace Pitwall

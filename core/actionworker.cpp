#include "actionworker.h"

#include "action.h"
#include "collectorerror.h"
#include "logging.h"

#include <QElapsedTimer>

namespace Pitwall {

namespace {
/// Progress goes to the GUI a few times a second at most.
constexpr qint64 progressIntervalMs = 100;
} // namespace

ActionWorker::ActionWorker(std::unique_ptr<Action> action, std::shared_ptr<std::atomic_bool> cancelled, QObject *parent)
    : QObject(parent)
    , m_action(std::move(action))
    , m_cancelled(std::move(cancelled))
{ }

ActionWorker::~ActionWorker() = default;

void ActionWorker::progress(int percent, const QString &text)
{
    if (m_sinceProgress.isValid() && m_sinceProgress.elapsed() < progressIntervalMs && percent == m_lastPercent)
        return;
    m_sinceProgress.start();
    m_lastPercent = percent;
    Q_EMIT progressed(percent, text);
}

void ActionWorker::plan()
{
    try {
        Q_EMIT planned(m_action->plan());
    } catch (const CollectorError &error) {
        Q_EMIT planFailed(error.message());
    } catch (const std::exception &error) {
        Q_EMIT planFailed(tr("unexpected error while planning: %1").arg(QString::fromLocal8Bit(error.what())));
    }
}

void ActionWorker::run()
{
    QElapsedTimer timer;
    timer.start();
    ActionOutcome outcome;
    try {
        outcome = m_action->run(*this);
    } catch (const CollectorError &error) {
        outcome.status = ActionOutcome::Status::Failed;
        outcome.message = error.message();
    } catch (const std::exception &error) {
        outcome.status = ActionOutcome::Status::Failed;
        outcome.message = tr("unexpected error: %1").arg(QString::fromLocal8Bit(error.what()));
    }
    outcome.durationMs = timer.elapsed();
    qCInfo(lcAction).noquote() << m_action->request().name() << m_action->source().name << outcome.statusName()
                               << outcome.message;
    Q_EMIT finished(outcome);
}

} // namespace Pitwall

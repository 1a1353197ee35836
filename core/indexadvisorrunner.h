#pragma once

#include "indexadvice.h"
#include "profile.h"
#include "workerhost.h"

#include <QObject>

namespace Pitwall {

class AdvisorWorker;

/// Runs the index advisor of every postgres source of a profile on a thread
/// of its own — never on the GUI thread — and hands each source's advice out
/// through a signal. The advisors keep their counters between refreshes, so
/// a refresh's means are over the window since the previous one.
class IndexAdvisorRunner : public QObject
{
    Q_OBJECT

public:
    explicit IndexAdvisorRunner(const Profile &profile, QObject *parent = nullptr);
    /// Waits a moment for a run in progress, then leaves it to end on its own.
    ~IndexAdvisorRunner() override;

    /// The postgres sources it advises on.
    QStringList sources() const;
    bool isRunning() const { return m_running; }

    /// Advises on every source, one after the other; ignored while a run is in progress.
    void refresh();

Q_SIGNALS:
    void advised(const Pitwall::IndexAdvice &advice);
    /// Every source of the refresh has been advised on.
    void finished();

private:
    QStringList m_sources;
    WorkerHost m_host;
    AdvisorWorker *m_worker; // lives on m_host's thread
    bool m_running = false;
};

} // namespace Pitwall

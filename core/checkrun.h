#pragma once

#include "checkreport.h"
#include "indexadvice.h"
#include "pollresult.h"
#include "profile.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>
#include <vector>

namespace Pitwall {

class IndexAdvisorRunner;
class SourceRunner;

/// `pitwall check`: polls every source at the start and at the end of the
/// window, so that rates and hit ratios are windowed over exactly the window
/// asked for, then judges the last values. Sources are polled in parallel,
/// each on its own thread; a hung one costs its poll timeout, not the run.
/// Meanwhile the index advisor judges each postgres source's workload; the
/// report waits for it (at most adviceTimeout after the window).
class CheckRun : public QObject
{
    Q_OBJECT

public:
    CheckRun(const Profile &profile, std::chrono::milliseconds window, QObject *parent = nullptr);
    ~CheckRun() override;

    void start();
    const CheckReport &report() const { return m_report; }

    static constexpr std::chrono::seconds adviceTimeout{60};

Q_SIGNALS:
    /// Every sample as it arrives (for the recorder).
    void polled(const Pitwall::PollResult &result);
    void finished();

private:
    void onPollFinished(const QString &source);
    void beginFinalPoll();
    void finish();

    Profile m_profile;
    std::chrono::milliseconds m_window;
    std::vector<std::unique_ptr<SourceRunner>> m_runners;
    QHash<QString, PollResult> m_last;
    QHash<QString, int> m_finishedPolls;
    int m_phase = 0; ///< 1: first poll, 2: final poll
    QTimer m_windowTimer;
    QTimer m_deadline;
    std::unique_ptr<IndexAdvisorRunner> m_advisor;
    QList<IndexAdvice> m_advice;
    QTimer m_adviceDeadline;
    bool m_adviceTimedOut = false;
    CheckReport m_report;
    bool m_done = false;
};

} // namespace Pitwall

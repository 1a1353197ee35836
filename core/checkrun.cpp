#include "checkrun.h"

#include "collector.h"
#include "collectorfactory.h"
#include "indexadvisorrunner.h"
#include "sourcerunner.h"

namespace Pitwall {

CheckRun::CheckRun(const Profile &profile, std::chrono::milliseconds window, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_window(window)
    , m_report(profile, window)
{
    for (const auto &source : profile.sources) {
        // Connected before the runner's own: the result is kept before the
        // runner says the poll finished.
        auto collector = createCollector(source, profile);
        connect(collector.get(), &Collector::polled, this, [this](const PollResult &result) {
            m_last.insert(result.source, result);
            Q_EMIT polled(result);
        });
        auto runner = std::make_unique<SourceRunner>(std::move(collector), window);
        connect(runner.get(), &SourceRunner::pollFinished, this, &CheckRun::onPollFinished);
        m_runners.push_back(std::move(runner));
    }
    m_windowTimer.setSingleShot(true);
    connect(&m_windowTimer, &QTimer::timeout, this, &CheckRun::beginFinalPoll);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &CheckRun::finish);
    if (std::any_of(profile.sources.cbegin(), profile.sources.cend(),
                    [](const SourceConfig &source) { return source.kind == SourceKind::Postgres; })) {
        m_advisor = std::make_unique<IndexAdvisorRunner>(profile);
        connect(m_advisor.get(), &IndexAdvisorRunner::advised, this,
                [this](const IndexAdvice &advice) { m_advice.append(advice); });
        connect(m_advisor.get(), &IndexAdvisorRunner::finished, this, &CheckRun::finish);
        m_adviceDeadline.setSingleShot(true);
        connect(&m_adviceDeadline, &QTimer::timeout, this, [this] {
            m_adviceTimedOut = true;
            finish();
        });
    }
}

CheckRun::~CheckRun() = default;

void CheckRun::start()
{
    m_phase = 1;
    m_windowTimer.start(m_window);
    if (m_advisor)
        m_advisor->refresh();
    for (auto &runner : m_runners) {
        runner->start();
        // Only the two polls of the window: paused after start(), which starts the
        // runner's timer. Paused before, a timer poll at the window's end could be
        // under way when the final poll is asked for, and the window would end on
        // the first poll's result, with no rate in it.
        runner->setPaused(true);
    }
}

void CheckRun::onPollFinished(const QString &source)
{
    ++m_finishedPolls[source];
    if (m_phase != 2)
        return;
    for (const auto &runner : m_runners) {
        if (m_finishedPolls.value(runner->sourceName()) < 2)
            return;
    }
    finish();
}

void CheckRun::beginFinalPoll()
{
    m_phase = 2;
    for (auto &runner : m_runners) {
        // A source still stuck in its first poll has been reported by its
        // watchdog; it counts as finished.
        if (runner->isPolling())
            m_finishedPolls[runner->sourceName()] = std::max(m_finishedPolls.value(runner->sourceName()), 2);
        else
            m_finishedPolls[runner->sourceName()] = 1;
        runner->pollNow();
    }
    // Every collector's poll timeout is the same: half the interval, at most 10 s.
    const qint64 pollTimeout = std::min<qint64>(m_profile.interval.count() / 2, 10'000);
    m_deadline.start(std::chrono::milliseconds(pollTimeout + 2000));
    onPollFinished(QString());
}

void CheckRun::finish()
{
    if (m_done || m_phase != 2)
        return;
    if (m_advisor && m_advisor->isRunning() && !m_adviceTimedOut) {
        if (!m_adviceDeadline.isActive())
            m_adviceDeadline.start(adviceTimeout);
        return;
    }
    m_done = true;
    m_adviceDeadline.stop();
    for (const IndexAdvice &advice : std::as_const(m_advice))
        m_report.addAdvice(advice);
    if (m_advisor && m_adviceTimedOut) {
        IndexAdvice late;
        late.problem = QStringLiteral("the index advisor did not finish within %1 s after the window")
                           .arg(adviceTimeout.count());
        for (const QString &source : m_advisor->sources()) {
            const bool advised = std::any_of(m_advice.cbegin(), m_advice.cend(),
                                             [&](const IndexAdvice &advice) { return advice.source == source; });
            if (!advised) {
                late.source = source;
                m_report.addAdvice(late);
            }
        }
    }
    m_deadline.stop();
    for (const auto &runner : m_runners) {
        const SourceConfig *source = m_profile.source(runner->sourceName());
        const SourceStatus status = runner->status();
        const bool answered = status.state == SourceStatus::State::Ok || status.state == SourceStatus::State::NoData;
        if (answered && m_last.contains(source->name)) {
            const PollResult &last = m_last.value(source->name);
            m_report.addSamples(*source, last.samples, last.notes, last.remark);
            m_report.addSlowQueries(last.slowQueries);
        } else {
            m_report.addError(source->name,
                              status.message.isEmpty()
                                  ? QStringLiteral("%1: no answer within the window").arg(source->name)
                                  : status.message);
        }
    }
    for (auto &runner : m_runners)
        runner->stop();
    Q_EMIT finished();
}

} // namespace Pitwall

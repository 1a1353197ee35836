#include "session.h"

#include "alertmodel.h"
#include "collector.h"
#include "collectorfactory.h"
#include "corelogging.h"
#include "indexadvisorrunner.h"
#include "metricstore.h"
#include "recommendationmodel.h"
#include "recorder.h"
#include "slowquerymodel.h"
#include "sourcerunner.h"
#include "sourcestatusmodel.h"
#include "thresholdengine.h"
#include "workerhost.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <memory>

namespace Pitwall {

Session::Session(const Profile &profile, const QString &sessionFile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_store(new MetricStore(this))
    , m_engine(new ThresholdEngine(this))
    , m_alerts(new AlertModel(this))
    , m_slowQueries(new SlowQueryModel(this))
    , m_sources(new SourceStatusModel(this))
    , m_recommendations(new RecommendationModel(this))
{
    m_engine->setRules(profile.thresholds);
    m_slowQueries->setRule(profile.thresholds.value(QStringLiteral("slow_query_ms")));
    m_sources->setSources(profile.sources);
    connect(m_engine, &ThresholdEngine::alertRaised, this, &Session::upsertAlert);
    connect(m_engine, &ThresholdEngine::alertUpdated, this, &Session::upsertAlert);
    if (!sessionFile.isEmpty()) {
        m_recorder = std::make_unique<Recorder>(sessionFile);
        m_recorder->setRetention({profile.sessionRetention, profile.sessionMaxBytes});
        connect(m_recorder.get(), &Recorder::failed, this, &Session::onRecorderFailed);
    }

    for (const auto &source : profile.sources) {
        auto runner = std::make_unique<SourceRunner>(createCollector(source, profile), profile.interval);
        connect(runner->collector(), &Collector::polled, this, &Session::apply);
        connect(runner.get(), &SourceRunner::statusChanged, m_sources, &SourceStatusModel::setStatus);
        connect(runner->collector(), &Collector::backfilled, this, &Session::applyBackfill);
        m_runners.push_back(std::move(runner));
    }
}

Session::~Session()
{
    stop();
}

void Session::refreshAdvice()
{
    if (!m_advisor) {
        m_advisor = std::make_unique<IndexAdvisorRunner>(m_profile);
        connect(m_advisor.get(), &IndexAdvisorRunner::advised, m_recommendations, &RecommendationModel::update);
        connect(m_advisor.get(), &IndexAdvisorRunner::finished, this, [this] {
            ++m_adviceRuns;
            Q_EMIT adviceFinished();
        });
    }
    if (m_advisor->isRunning())
        return;
    m_advisor->refresh();
    Q_EMIT adviceStarted();
}

bool Session::isAdvising() const
{
    return m_advisor && m_advisor->isRunning();
}

void Session::start()
{
    if (!m_recorder) {
        startRunners();
        return;
    }
    auto opening = std::make_shared<QElapsedTimer>();
    opening->start();
    connect(
        m_recorder.get(), &Recorder::historyLoaded, this,
        [this, opening](const QList<Sample> &samples) {
            const qint64 readMs = opening->elapsed();
            m_store->append(samples);
            m_engine->evaluate(samples);
            qCDebug(lcSession, "history: %lld samples read in %lld ms, stored in %lld ms",
                    static_cast<long long>(samples.size()), static_cast<long long>(readMs),
                    static_cast<long long>(opening->elapsed() - readMs));
            Q_EMIT historyLoaded(int(samples.size()));
            startRunners();
        },
        Qt::SingleShotConnection);
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - m_store->retention().count();
    m_recorder->loadHistory(since);
}

void Session::onRecorderFailed(const QString &message)
{
    if (!m_recorderError.isEmpty())
        return;
    m_recorderError = message;
    qCWarning(lcSession).noquote() << message;
    Q_EMIT recorderFailed(message);
    if (!m_started)
        startRunners(); // no history will come: poll without it
}

void Session::startRunners()
{
    if (m_started)
        return;
    m_started = true;
    for (auto &runner : m_runners)
        runner->start();
    if (m_pendingBackfill) {
        requestBackfill(*m_pendingBackfill);
        m_pendingBackfill.reset();
    }
}

void Session::backfill(TimeRange range)
{
    // Charts keep 24 h; Prometheus' own retention may be shorter, which only means fewer points.
    range.fromMs = std::max(range.fromMs, range.toMs - m_store->retention().count());
    if (range.isEmpty())
        return;
    if (m_started)
        requestBackfill(range);
    else
        m_pendingBackfill = range;
}

void Session::requestBackfill(const TimeRange &range)
{
    for (auto &runner : m_runners) {
        const SourceConfig *source = m_profile.source(runner->sourceName());
        if (source && source->kind == SourceKind::Prometheus)
            runner->backfill(range);
    }
}

void Session::applyBackfill(const QString &source, const QList<Sample> &samples, const QString &error)
{
    // History is charted, not judged again nor recorded: Prometheus keeps it, and the
    // threshold engine follows each series forward in time only.
    if (!error.isEmpty())
        qCWarning(lcSession).noquote() << error;
    m_store->append(samples);
    qCDebug(lcSession, "backfill: %lld samples from %s", static_cast<long long>(samples.size()), qPrintable(source));
    Q_EMIT backfilled(source, int(samples.size()), error);
}

void Session::stop()
{
    // Every runner is asked first, then all are waited for at once: hung
    // sources cost one bounded wait together, not one each.
    QList<WorkerHost *> hosts;
    for (auto &runner : m_runners)
        hosts << &runner->beginStop();
    WorkerHost::stopAll(hosts);
    if (m_recorder)
        m_recorder->flush();
}

void Session::refresh()
{
    for (auto &runner : m_runners)
        runner->pollNow();
}

void Session::setPaused(bool paused)
{
    m_paused = paused;
    for (auto &runner : m_runners)
        runner->setPaused(paused);
}

void Session::upsertAlert(Alert alert)
{
    // The collector's note on the series, while it has one, is the alert's
    // summary; an alert that ended keeps the last one.
    if (const QString note = m_notes.value(alert.key); !note.isEmpty())
        m_summaries.insert(alert.id, note);
    alert.summary = m_summaries.value(alert.id, alert.summary);
    m_alerts->upsert(alert);
}

void Session::apply(const PollResult &result)
{
    for (const auto &sample : result.samples) {
        if (const QString note = result.notes.value(sample.key); !note.isEmpty())
            m_notes.insert(sample.key, note);
        else
            m_notes.remove(sample.key);
    }
    m_store->append(result.samples);
    m_engine->evaluate(result.samples);
    // A series silent for five minutes (or three polls, if longer) has stopped: a statement no
    // longer slow, a slot dropped. Its alert ends when it was last seen.
    m_engine->expire(result.timeMs, std::max<qint64>(5 * 60'000, 3 * m_profile.interval.count()));
    m_slowQueries->update(result.source, result.slowQueries);
    if (result.reportsAlerts)
        m_alerts->setFiring(QStringLiteral("prometheus"), result.source, result.alerts, result.timeMs);
    if (m_recorder && m_recorderError.isEmpty())
        m_recorder->append(result.samples);
    Q_EMIT polled(result);
}

} // namespace Pitwall

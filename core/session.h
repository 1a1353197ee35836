#pragma once

#include "pollresult.h"
#include "profile.h"
#include "timerange.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace Pitwall {

class AlertModel;
class IndexAdvisorRunner;
class MetricStore;
class RecommendationModel;
class Recorder;
class SlowQueryModel;
class SourceRunner;
class SourceStatusModel;
class ThresholdEngine;

/// A profile being watched: a runner per source, and on the GUI thread the
/// store, the threshold engine, the recorder and the item models that views
/// show. Workers hand snapshots over; only this object touches the models.
class Session : public QObject
{
    Q_OBJECT

public:
    /// @p sessionFile: where samples are recorded; empty for none.
    Session(const Profile &profile, const QString &sessionFile, QObject *parent = nullptr);
    ~Session() override;

    const Profile &profile() const { return m_profile; }
    MetricStore *store() const { return m_store; }
    ThresholdEngine *engine() const { return m_engine; }
    AlertModel *alerts() const { return m_alerts; }
    SlowQueryModel *slowQueries() const { return m_slowQueries; }
    SourceStatusModel *sources() const { return m_sources; }
    /// The index advisor's recommendations of the postgres sources (empty until refreshAdvice()).
    RecommendationModel *recommendations() const { return m_recommendations; }
    Recorder *recorder() const { return m_recorder.get(); }
    /// Why samples are no longer recorded (the file and what failed); empty while they are.
    QString recorderError() const { return m_recorderError; }

    /// Loads the recorded history, then starts polling every source. A session
    /// file that cannot be read or written stops the recording, never the
    /// polling: recorderFailed() says why, and the samples stay in memory.
    void start();
    /// Fills the charts for @p range from the history Prometheus sources keep
    /// (query_range of every panel, at most 24 h back, at most range.columns
    /// points per series), on the collectors' threads; each source's points
    /// reach the store in one batch, then backfilled(). Asked before start(),
    /// it runs once the sources are started.
    void backfill(TimeRange range);
    void stop();
    void refresh();
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    /// Runs the index advisor of every postgres source, off the GUI thread;
    /// adviceFinished() when done. Ignored while a run is in progress.
    void refreshAdvice();
    bool isAdvising() const;
    /// Whether the advisor has finished a run since the session started.
    bool hasAdvice() const { return m_adviceRuns > 0; }

Q_SIGNALS:
    void polled(const Pitwall::PollResult &result);
    void historyLoaded(int samples);
    /// The session file failed; nothing more is recorded this session. Also logged (stderr).
    void recorderFailed(const QString &message);
    /// A source's backfill arrived (@p samples points), or failed with @p error.
    void backfilled(const QString &source, int samples, const QString &error);
    void adviceStarted();
    void adviceFinished();

private:
    void apply(const PollResult &result);
    void upsertAlert(Alert alert);
    void startRunners();
    void onRecorderFailed(const QString &message);
    void requestBackfill(const TimeRange &range);
    void applyBackfill(const QString &source, const QList<Sample> &samples, const QString &error);

    Profile m_profile;
    MetricStore *m_store;
    ThresholdEngine *m_engine;
    AlertModel *m_alerts;
    SlowQueryModel *m_slowQueries;
    SourceStatusModel *m_sources;
    RecommendationModel *m_recommendations;
    std::unique_ptr<IndexAdvisorRunner> m_advisor;
    int m_adviceRuns = 0;
    std::unique_ptr<Recorder> m_recorder;
    QString m_recorderError;
    std::vector<std::unique_ptr<SourceRunner>> m_runners;
    bool m_paused = false;
    /// The latest note of each series, and the summary of each alert (by id).
    QHash<SeriesKey, QString> m_notes;
    QHash<int, QString> m_summaries;
    bool m_started = false;
    std::optional<TimeRange> m_pendingBackfill;
};

} // namespace Pitwall

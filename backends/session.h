#pragma once

#include "pollresult.h"
#include "profile.h"

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

    /// Loads the recorded history, then starts polling every source.
    void start();
    /// Fills the charts for [@p fromMs, @p toMs) from the history Prometheus
    /// sources keep (query_range of every panel, at most 24 h back, at most
    /// @p columns points per series), on the collectors' threads; each source's
    /// points reach the store in one batch, then backfilled(). Asked before
    /// start(), it runs once the sources are started.
    void backfill(qint64 fromMs, qint64 toMs, int columns = 1600);
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
    /// A source's backfill arrived (@p samples points), or failed with @p error.
    void backfilled(const QString &source, int samples, const QString &error);
    void adviceStarted();
    void adviceFinished();

private:
    struct BackfillRange
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
        int columns = 0;
    };
    void apply(const PollResult &result);
    void upsertAlert(Alert alert);
    void startRunners();
    void requestBackfill(const BackfillRange &range);
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
    std::vector<std::unique_ptr<SourceRunner>> m_runners;
    bool m_paused = false;
    /// The latest note of each series, and the summary of each alert (by id).
    QHash<SeriesKey, QString> m_notes;
    QHash<int, QString> m_summaries;
    bool m_started = false;
    std::optional<BackfillRange> m_pendingBackfill;
};

} // namespace Pitwall

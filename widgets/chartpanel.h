#pragma once

#include "sample.h"
#include "timechart.h"

#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <functional>

class QLabel;

namespace Pitwall {

class MetricStore;
class ThresholdEngine;
class TimeChart;
class TimeWindow;

/// One chart of the dashboard: every series of its metrics (one per source and
/// label set) over the shared time window, against the metric's thresholds.
/// Pulls decimated points from the store — first/min/max/last per pixel
/// column — and hands them to the chart at most once a frame.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    using Labeler = std::function<QString(const SeriesKey &)>;

    ChartPanel(const QString &title, const QString &metric, MetricStore *store, ThresholdEngine *engine,
               TimeWindow *window, QWidget *parent = nullptr);

    QString title() const { return m_title; }
    QString metric() const { return m_metric; }
    QString unit() const;
    TimeChart *chart() const { return m_chart; }
    /// How series are named in the legend and the CSV header; default: source and labels.
    void setLabeler(Labeler labeler) { m_labeler = std::move(labeler); }
    const Labeler &labeler() const { return m_labeler; }
    /// The poll interval, by which a gap in the data is told from a slow series.
    void setPollInterval(std::chrono::milliseconds interval) { m_interval = interval; }
    /// The series the panel shows, in legend order.
    QList<SeriesKey> keys() const;

    /// The chart as an image @p width pixels wide (0: the widget's size at the
    /// screen's pixel ratio), at most 3840 pixels.
    QImage toImage(int width = 0) const;
    bool savePng(const QString &path, int width = 0) const;
    bool saveSvg(const QString &path) const;
    /// The shown range's raw points, one column per series (RFC 4180, ISO 8601 UTC).
    QByteArray toCsv() const;

    /// Refreshes now rather than at the next frame (exports, tests).
    void refreshNow();
    /// The series as last handed to the chart: decimated, one point or four per pixel column.
    const QList<ChartSeries> &shownSeries() const { return m_shown; }

Q_SIGNALS:
    /// A double-click on the chart: show it alone, or the grid again.
    void maximiseRequested();
    /// The pointer is over the plot at @p timeMs (-1: it left): the other charts draw a crosshair there.
    void hovered(qint64 timeMs);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    QString labelOf(const SeriesKey &key) const;

    QString m_title;
    QString m_metric;
    QList<ChartSeries> m_shown;
    MetricStore *m_store;
    ThresholdEngine *m_engine;
    TimeWindow *m_window;
    TimeChart *m_chart;
    QLabel *m_empty;
    Labeler m_labeler;
    QTimer m_frame;
    bool m_stale = true;
    std::chrono::milliseconds m_interval{5000};
};

} // namespace Pitwall

#pragma once

#include "thresholdrule.h"

#include <QList>
#include <QLoggingCategory>
#include <QPointF>
#include <QSet>
#include <QString>
#include <QVector>
#include <QWidget>

class QPainter;

namespace Pitwall {

/// Each chart's refresh and paint times, at debug level (scripts/bench/window.sh reads them).
Q_DECLARE_LOGGING_CATEGORY(lcChart)

/// One line of a chart: x in ms since the epoch (UTC), y in the chart's unit.
struct ChartSeries
{
    QString id;
    QString label;
    QVector<QPointF> points;
    /// Indices of points that follow a gap in the data: the line breaks before them.
    QList<int> breaks;
};

/// A time chart with threshold bands, as Pitwall's panels need it. Everything
/// outside this interface's one implementation knows nothing of the charting
/// library: Qt Charts is deprecated in favour of Qt Graphs, and a port must
/// stay within qtchartstimechart.cpp.
class TimeChart : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// The Qt Charts implementation.
    static TimeChart *create(QWidget *parent = nullptr);

    virtual void setTitle(const QString &title) = 0;
    /// The unit of the y values ("ratio", "ms", "bytes", …) and the levels to
    /// draw as bands: warning, critical, emergency, on the rule's bad side.
    virtual void setRule(const ThresholdRule &rule) = 0;
    virtual void setTimeRange(qint64 fromMs, qint64 toMs) = 0;
    /// Replaces every series' points: one replace per series, at most once a frame.
    virtual void setSeries(const QList<ChartSeries> &series) = 0;
    /// Series the legend has hidden, by id.
    virtual QSet<QString> hiddenSeries() const = 0;
    /// Pixel columns of the plot area: how many points per series are worth handing over.
    virtual int plotWidth() const = 0;
    /// The size the chart is laid out at for export: the one set with
    /// setExportLayout(), else as on screen when shown, else a default size.
    virtual QSize exportSize() const = 0;
    /// Lays every export out at @p size (a report's charts, all alike); an
    /// empty size: as on screen again.
    virtual void setExportLayout(QSize size) = 0;
    /// Paints the chart laid out at exportSize() into @p target (vector: crisp
    /// at any scale), shown or not: PNG and SVG export.
    virtual void render(QPainter *painter, const QRectF &target) = 0;
    /// How many points the last setSeries() handed to the chart, all series together.
    virtual qsizetype pointCount() const = 0;
    /// Draws a vertical line at @p timeMs across the plot (the time another
    /// chart is hovered at); a negative time removes it.
    virtual void setCrosshair(qint64 timeMs) = 0;
    /// The ticks of the value axis, as they read (tests: none is elided).
    virtual QStringList valueAxisLabels() const = 0;
    /// The ticks of the time axis, left to right (tests: none reads twice).
    virtual QStringList timeAxisLabels() const = 0;

Q_SIGNALS:
    /// The user zoomed or panned to [from, to).
    void rangeRequested(qint64 fromMs, qint64 toMs);
    /// The pointer is over the plot at @p timeMs; -1 once it has left.
    void hovered(qint64 timeMs);
    void doubleClicked();
};

} // namespace Pitwall

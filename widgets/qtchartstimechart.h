#pragma once

#include "formatter.h"
#include "timechart.h"

#include <QHash>
#include <QPolygonF>

class QAreaSeries;
class QChart;
class QChartView;
class QDateTimeAxis;
class QGraphicsLineItem;
class QLineSeries;
class QValueAxis;

namespace Pitwall {

class ChartLegend;

/// TimeChart on Qt Charts: a date-time axis, threshold bands as area series,
/// a legend of ours below (Qt Charts' elides labels to "…" when they crowd)
/// whose entries hide and show series, a tooltip with value, unit and
/// time, wheel zoom, rubber-band zoom and drag to pan. The lines themselves are
/// drawn by a layer of ours in the plot area: Qt Charts strokes a hover shape
/// for every line on every update, which cost more than the drawing.
class QtChartsTimeChart : public TimeChart
{
    Q_OBJECT

public:
    explicit QtChartsTimeChart(QWidget *parent = nullptr);
    ~QtChartsTimeChart() override;

    void setTitle(const QString &title) override;
    void setRule(const ThresholdRule &rule) override;
    void setTimeRange(qint64 fromMs, qint64 toMs) override;
    void setSeries(const QList<ChartSeries> &series) override;
    QSet<QString> hiddenSeries() const override { return m_hidden; }
    int plotWidth() const override;
    QSize exportSize() const override;
    void setExportLayout(QSize size) override { m_exportLayout = size; }
    void render(QPainter *painter, const QRectF &target) override;
    qsizetype pointCount() const override { return m_pointCount; }
    void setCrosshair(qint64 timeMs) override;
    QStringList valueAxisLabels() const override;
    QStringList timeAxisLabels() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    class View;
    class LineLayer;
    /// A series: an empty Qt Charts series carries its legend marker and
    /// colour; its points, in value-axis units, are cut into segments at gaps
    /// in the data, and a point with no neighbour on either side (a series'
    /// only point, or one between gaps) is a dot, as no line shows it.
    struct Line
    {
        QLineSeries *legend = nullptr;
        QList<QPolygonF> segments;
        QList<QPointF> dots;
    };
    Line &lineFor(const ChartSeries &series);
    QLineSeries *addLegendSeries(const QString &id, const QString &label);
    /// Hides or shows a series (a click on its legend entry).
    void toggleSeries(const QString &id);
    void updateLegend();
    /// Makes one area series per level of the rule (after a rule or palette change).
    void rebuildBands();
    /// Moves the bands to the current time and value range.
    void placeBands();
    void updateYRange();
    /// Picks the value axis' unit for values up to @p magnitude (and the rule's limits).
    void setAxisUnit(double magnitude);
    void applyPalette();
    void showTooltip(const QString &id, const QPointF &point, bool state);
    /// As many ticks as the plot's height holds with a line of room between
    /// labels: Qt Charts elides labels that crowd each other to "…".
    int valueTicksThatFit() const;
    void placeCrosshair();
    /// Time ticks as many as the width holds, never two that read alike.
    void updateTimeTicks();
    /// The nearest shown point to @p position (scene coordinates) within a few pixels.
    void showTooltipAt(const QPointF &position);
    void paintLines(QPainter *painter) const;

    View *m_view;
    QChart *m_chart;
    QDateTimeAxis *m_xAxis;
    QValueAxis *m_yAxis;
    ThresholdRule m_rule;
    Formatter::AxisUnit m_axis;
    QHash<QString, Line> m_lines;
    QHash<QString, QString> m_labels;
    QList<QAreaSeries *> m_bands;
    QList<Level> m_bandLevels;
    QSet<QString> m_hidden;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 1;
    double m_dataMin = 0;
    double m_dataMax = 1;
    qsizetype m_pointCount = 0;
    bool m_settingRange = false;
    QSize m_exportLayout;
    int m_valueTicks = 0; ///< as many as fitted when the range was last set
    LineLayer *m_layer;
    ChartLegend *m_legend;
    QStringList m_order; ///< the series' ids in the order setSeries() gave them
    QGraphicsLineItem *m_crosshair;
    qint64 m_crosshairMs = -1;
};

} // namespace Pitwall

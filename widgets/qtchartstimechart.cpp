#include "qtchartstimechart.h"

#include "axislabels.h"
#include "chartlegend.h"
#include "formatter.h"
#include "levelpalette.h"
#include "qtchartsview.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QGraphicsSceneHoverEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Pitwall {

namespace {
/// Data coordinates (ms since the epoch, value-axis units) to the plot area's pixels.
struct PlotMapping
{
    QRectF area;
    double fromMs;
    double yMin;
    double xScale;
    double yScale;
    bool valid;

    PlotMapping(const QRectF &plot, qint64 from, qint64 to, double low, double high)
        : area(plot)
        , fromMs(double(from))
        , yMin(low)
        , xScale(plot.width() / double(std::max<qint64>(to - from, 1)))
        , yScale(high > low ? plot.height() / (high - low) : 0)
        , valid(plot.width() >= 1 && plot.height() >= 1 && high > low)
    { }
    QPointF operator()(const QPointF &point) const
    {
        return QPointF(area.left() + (point.x() - fromMs) * xScale, area.bottom() - (point.y() - yMin) * yScale);
    }
};
} // namespace

TimeChart *TimeChart::create(QWidget *parent)
{
    return new QtChartsTimeChart(parent);
}

/// Draws every shown series' segments and dots inside the plot area, mapped
/// through the axes' ranges, and shows the tooltip of the point under the mouse.
class QtChartsTimeChart::LineLayer : public QGraphicsItem
{
public:
    explicit LineLayer(QtChartsTimeChart *owner)
        : QGraphicsItem(owner->m_chart)
        , m_owner(owner)
    {
        setAcceptHoverEvents(true);
        setAcceptedMouseButtons(Qt::NoButton);
        setZValue(50); // above the bands, below the crosshair
    }

    QRectF boundingRect() const override { return m_owner->m_chart->plotArea(); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        m_owner->paintLines(painter);
    }
    void changed()
    {
        prepareGeometryChange();
        update();
    }

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override { m_owner->showTooltipAt(event->pos()); }
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *) override { QToolTip::hideText(); }

private:
    QtChartsTimeChart *m_owner;
};

QtChartsTimeChart::QtChartsTimeChart(QWidget *parent)
    : TimeChart(parent)
    , m_chart(new QChart)
    , m_xAxis(new QDateTimeAxis)
    , m_yAxis(new QValueAxis)
    , m_crosshair(new QGraphicsLineItem)
{
    m_view = new View(m_chart, this);
    m_legend = new ChartLegend(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);
    connect(m_legend, &ChartLegend::toggled, this, &QtChartsTimeChart::toggleSeries);

    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_chart->legend()->hide();
    // Every pixel to the plot: no frame around the chart, a small title.
    m_chart->setMargins(QMargins(2, 0, 6, 0));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setBackgroundRoundness(0);
    QFont titleFont = m_chart->titleFont();
    titleFont.setPointSizeF(QFont().pointSizeF());
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    m_xAxis->setFormat(QStringLiteral("HH:mm"));
    m_xAxis->setTickCount(7);
    m_yAxis->setTickCount(5);
    m_layer = new LineLayer(this);
    m_crosshair->setParentItem(m_chart);
    m_crosshair->setZValue(100);
    m_crosshair->hide();
    // Fewer ticks where the plot is short or narrow, never labels elided to "…".
    connect(m_chart, &QChart::plotAreaChanged, this, [this](const QRectF &) {
        updateTimeTicks();
        if (valueTicksThatFit() != m_valueTicks)
            updateYRange();
        placeCrosshair();
        m_layer->changed();
    });
    // Qt Charts stops drawing an axis once no series is attached to it, as on a chart without
    // threshold bands whose lines are all rebuilt: an empty series keeps both axes in place.
    auto *anchor = new QLineSeries(this);
    m_chart->addSeries(anchor);
    anchor->attachAxis(m_xAxis);
    anchor->attachAxis(m_yAxis);
    for (auto *marker : m_chart->legend()->markers(anchor))
        marker->setVisible(false);
    connect(m_xAxis, &QDateTimeAxis::rangeChanged, this, [this](const QDateTime &min, const QDateTime &max) {
        if (!m_settingRange)
            Q_EMIT rangeRequested(min.toMSecsSinceEpoch(), max.toMSecsSinceEpoch());
    });
    applyPalette();
}

QtChartsTimeChart::~QtChartsTimeChart() = default;

void QtChartsTimeChart::setTitle(const QString &title)
{
    m_chart->setTitle(title);
}

void QtChartsTimeChart::setRule(const ThresholdRule &rule)
{
    m_rule = rule;
    m_axis = {};
    setAxisUnit(0); // the next setSeries() fits it to the data
    rebuildBands();
    updateYRange();
}

void QtChartsTimeChart::setTimeRange(qint64 fromMs, qint64 toMs)
{
    m_fromMs = fromMs;
    m_toMs = std::max(toMs, fromMs + 1);
    m_settingRange = true;
    m_xAxis->setRange(QDateTime::fromMSecsSinceEpoch(m_fromMs), QDateTime::fromMSecsSinceEpoch(m_toMs));
    m_settingRange = false;
    updateTimeTicks();
    placeBands();
    placeCrosshair();
    m_layer->update();
}

void QtChartsTimeChart::updateTimeTicks()
{
    const qint64 span = m_toMs - m_fromMs;
    // The format the span needs, and the least time two of its labels can be apart and still differ.
    const auto [format, resolutionMs] = span > 2 * 86'400'000LL ? std::pair(QStringLiteral("MM-dd HH:mm"), 60'000LL)
        : span > 600'000                                        ? std::pair(QStringLiteral("HH:mm"), 60'000LL)
        : span > 10'000                                         ? std::pair(QStringLiteral("HH:mm:ss"), 1000LL)
                                                                : std::pair(QStringLiteral("HH:mm:ss.zzz"), 1LL);
    m_xAxis->setFormat(format);
    const qreal width = m_chart->plotArea().width() > 1 ? m_chart->plotArea().width() : 1000;
    const int byWidth = int(width / (format.size() > 8 ? 110 : 90)) + 1;
    // Ticks at least one resolution apart fall in different minutes (seconds): no label twice.
    const qint64 byResolution = span / resolutionMs + 1;
    m_xAxis->setTickCount(int(std::clamp<qint64>(std::min<qint64>(byWidth, byResolution), 2, 7)));
}

QtChartsTimeChart::Line &QtChartsTimeChart::lineFor(const ChartSeries &series)
{
    auto found = m_lines.find(series.id);
    if (found != m_lines.end()) {
        // A label can get better: a slow query's series is named by its id until its text is read.
        if (found->legend->name() != series.label) {
            found->legend->setName(series.label);
            m_labels.insert(series.id, series.label);
        }
        return *found;
    }
    m_labels.insert(series.id, series.label);
    return *m_lines.insert(series.id, Line{addLegendSeries(series.id, series.label), {}, {}});
}

QLineSeries *QtChartsTimeChart::addLegendSeries(const QString &id, const QString &label)
{
    auto *legend = new QLineSeries(this);
    legend->setName(label);
    m_chart->addSeries(legend);
    legend->attachAxis(m_xAxis);
    legend->attachAxis(m_yAxis);
    Q_UNUSED(id)
    return legend;
}

void QtChartsTimeChart::paintLines(QPainter *painter) const
{
    const PlotMapping map(m_chart->plotArea(), m_fromMs, m_toMs, m_yAxis->min(), m_yAxis->max());
    if (!map.valid)
        return;
    const QRectF area = map.area;
    painter->save();
    painter->setClipRect(area);
    painter->setRenderHint(QPainter::Antialiasing);
    QPolygonF mapped;
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
        if (m_hidden.contains(it.key()))
            continue;
        const QColor color = it->legend->color();
        qsizetype points = 0;
        for (const auto &segment : it->segments)
            points += segment.size();
        // A line with a point every few pixels is drawn one pixel wide: a wide
        // pen is stroked join by join, ten times the cost, and shows nothing more.
        QPen pen(color, points > area.width() / 3 ? 1.0 : 1.8);
        pen.setCosmetic(true);
        pen.setJoinStyle(Qt::RoundJoin);
        painter->setPen(pen);
        for (const auto &segment : it->segments) {
            mapped.resize(segment.size());
            std::transform(segment.cbegin(), segment.cend(), mapped.begin(), map);
            painter->drawPolyline(mapped);
        }
        painter->setBrush(color);
        for (const auto &dot : it->dots)
            painter->drawEllipse(map(dot), 3.5, 3.5);
        painter->setBrush(Qt::NoBrush);
    }
    painter->restore();
}

void QtChartsTimeChart::showTooltipAt(const QPointF &position)
{
    const PlotMapping map(m_chart->plotArea(), m_fromMs, m_toMs, m_yAxis->min(), m_yAxis->max());
    if (!map.valid || !map.area.contains(position)) {
        QToolTip::hideText();
        return;
    }
    constexpr qreal reach = 8; // pixels
    qreal best = reach * reach;
    QString bestId;
    QPointF bestPoint;
    const auto consider = [&](const QString &id, const QPointF &point) {
        const QPointF offset = map(point) - position;
        const qreal dx = offset.x();
        const qreal dy = offset.y();
        if (dx * dx + dy * dy < best) {
            best = dx * dx + dy * dy;
            bestId = id;
            bestPoint = point;
        }
    };
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
        if (m_hidden.contains(it.key()))
            continue;
        for (const auto &segment : it->segments)
            for (const QPointF &point : segment)
                consider(it.key(), point);
        for (const QPointF &dot : it->dots)
            consider(it.key(), dot);
    }
    showTooltip(bestId, bestPoint, !bestId.isEmpty());
}

void QtChartsTimeChart::toggleSeries(const QString &id)
{
    if (!m_hidden.remove(id))
        m_hidden.insert(id);
    m_layer->update();
    updateLegend();
    updateYRange();
}

void QtChartsTimeChart::updateLegend()
{
    QList<ChartLegend::Entry> entries;
    for (const QString &id : std::as_const(m_order)) {
        const auto line = m_lines.constFind(id);
        if (line != m_lines.cend())
            entries.append({id, line->legend->name(), line->legend->color(), m_hidden.contains(id)});
    }
    m_legend->setEntries(entries);
}

void QtChartsTimeChart::setAxisUnit(double magnitude)
{
    for (const auto &limit : {m_rule.warning, m_rule.critical, m_rule.emergency}) {
        if (limit)
            magnitude = std::max(magnitude, std::abs(*limit));
    }
    const Formatter::AxisUnit axis = Formatter::axisUnit(m_rule.unit, magnitude);
    m_axis = axis; // updateYRange() writes the labels' format
}

void QtChartsTimeChart::setSeries(const QList<ChartSeries> &series)
{
    double magnitude = 0;
    for (const auto &item : series) {
        if (m_hidden.contains(item.id))
            continue;
        for (const QPointF &point : item.points)
            magnitude = std::max(magnitude, std::abs(point.y()));
    }
    setAxisUnit(magnitude);
    const double scale = m_axis.factor;
    QSet<QString> present;
    m_order.clear();
    m_pointCount = 0;
    m_dataMin = std::numeric_limits<double>::max();
    m_dataMax = std::numeric_limits<double>::lowest();
    for (const auto &item : series) {
        present.insert(item.id);
        m_order.append(item.id);
        Line &line = lineFor(item);
        // A gap in the data (Pitwall not running, a source down) breaks the line.
        line.segments = {QPolygonF()};
        line.dots.clear();
        qsizetype nextBreak = 0;
        const auto closeSegment = [&line] {
            if (line.segments.last().size() == 1)
                line.dots.append(line.segments.last().takeFirst());
        };
        for (int i = 0; i < item.points.size(); ++i) {
            while (nextBreak < item.breaks.size() && item.breaks[nextBreak] < i)
                ++nextBreak;
            if (nextBreak < item.breaks.size() && item.breaks[nextBreak] == i && !line.segments.last().isEmpty()) {
                closeSegment();
                line.segments.append(QPolygonF());
            }
            const QPointF &point = item.points[i];
            line.segments.last().append(QPointF(point.x(), point.y() * scale));
            if (!m_hidden.contains(item.id)) {
                m_dataMin = std::min(m_dataMin, point.y() * scale);
                m_dataMax = std::max(m_dataMax, point.y() * scale);
            }
        }
        closeSegment();
        m_pointCount += item.points.size();
    }
    // Series that no longer exist (a source removed, a slot dropped) leave the chart.
    for (auto it = m_lines.begin(); it != m_lines.end();) {
        if (present.contains(it.key())) {
            ++it;
            continue;
        }
        m_chart->removeSeries(it->legend);
        delete it->legend;
        m_labels.remove(it.key());
        it = m_lines.erase(it);
    }
    updateYRange();
    m_layer->update();
    updateLegend();
}

void QtChartsTimeChart::updateYRange()
{
    const double scale = m_axis.factor;
    double low = m_dataMin;
    double high = m_dataMax;
    if (low > high) {
        low = 0;
        high = 1 * scale;
    }
    for (const auto &limit : {m_rule.warning, m_rule.critical, m_rule.emergency}) {
        if (limit) {
            low = std::min(low, *limit * scale);
            high = std::max(high, *limit * scale);
        }
    }
    const bool ratio = m_rule.unit == QLatin1String("ratio");
    if (ratio)
        high = std::min(high, 100.0); // a pool at 100 % is the top
    else if (const double pad = (high - low) * 0.05; pad > 0)
        high += pad; // the highest line is not lost in the frame
    if (low >= 0)
        low = std::max(0.0, low);
    m_valueTicks = valueTicksThatFit();
    const Formatter::AxisTicks ticks = Formatter::niceTicks(low, high, m_valueTicks);
    // Qt Charts lays the labels out on every one of these calls: with the old
    // range and the new, smaller interval it would make one label per step of a
    // range a million steps long. Fixed ticks while the range changes, then the
    // interval that fits it.
    m_yAxis->setTickType(QValueAxis::TicksFixed);
    m_yAxis->setTickCount(2);
    // Percentages get a little room above 100 % so a full pool's line stays in view.
    m_yAxis->setRange(ticks.low, ratio ? ticks.high + ticks.step * 0.1 : ticks.high);
    m_yAxis->setTickAnchor(ticks.low);
    m_yAxis->setTickInterval(ticks.step);
    m_yAxis->setTickType(QValueAxis::TicksDynamic);
    QString label = QStringLiteral("%.") + QString::number(ticks.decimals) + QLatin1Char('f');
    if (!m_axis.label.isEmpty())
        label += QLatin1Char(' ') + QString(m_axis.label).replace(QLatin1Char('%'), QLatin1String("%%"));
    m_yAxis->setLabelFormat(label);
    placeBands();
    m_layer->update();
}

int QtChartsTimeChart::valueTicksThatFit() const
{
    const QRectF area = m_chart->plotArea();
    const qreal height = area.height() > 1 ? area.height() : 300;
    const qreal line = QFontMetricsF(m_yAxis->labelsFont()).height();
    return std::clamp(int(height / (2 * line)) + 1, 2, 6);
}

QStringList QtChartsTimeChart::valueAxisLabels() const
{
    return AxisLabels::leftOfPlot(m_chart);
}

QStringList QtChartsTimeChart::timeAxisLabels() const
{
    return AxisLabels::underPlot(m_chart);
}

void QtChartsTimeChart::setCrosshair(qint64 timeMs)
{
    m_crosshairMs = timeMs;
    placeCrosshair();
}

void QtChartsTimeChart::placeCrosshair()
{
    if (m_crosshairMs < m_fromMs || m_crosshairMs > m_toMs) {
        m_crosshair->hide();
        return;
    }
    const QRectF area = m_chart->plotArea();
    const qreal x = area.left() + area.width() * qreal(m_crosshairMs - m_fromMs) / qreal(m_toMs - m_fromMs);
    QColor color = palette().color(QPalette::WindowText);
    color.setAlpha(140);
    m_crosshair->setPen(QPen(color, 1, Qt::DotLine));
    m_crosshair->setLine(x, area.top(), x, area.bottom());
    m_crosshair->show();
}

void QtChartsTimeChart::rebuildBands()
{
    for (auto *band : std::as_const(m_bands)) {
        m_chart->removeSeries(band);
        delete band;
    }
    m_bands.clear();
    m_bandLevels.clear();
    if (!m_rule.direction)
        return;
    const QPalette palette = this->palette();
    for (const Level level : {Level::Warning, Level::Critical, Level::Emergency}) {
        if (!m_rule.limit(level))
            continue;
        auto *band = new QAreaSeries(new QLineSeries, new QLineSeries);
        band->upperSeries()->setParent(band);
        band->lowerSeries()->setParent(band);
        band->setName(levelName(level));
        QPen pen(LevelPalette::color(level, palette));
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.2);
        band->setPen(pen);
        band->setBrush(LevelPalette::tint(level, palette));
        m_chart->addSeries(band);
        band->attachAxis(m_xAxis);
        band->attachAxis(m_yAxis);
        const auto markers = m_chart->legend()->markers(band);
        for (auto *marker : markers)
            marker->setVisible(false);
        m_bands.append(band);
        m_bandLevels.append(level);
    }
    placeBands();
}

void QtChartsTimeChart::placeBands()
{
    if (m_bands.isEmpty())
        return;
    const double scale = m_axis.factor;
    const bool above = *m_rule.direction == ThresholdRule::Direction::Above;
    const double outer = above ? m_yAxis->max() : m_yAxis->min();
    for (int i = 0; i < m_bands.size(); ++i) {
        // Each level's band runs from its limit to the next level's, the last to the axis' end.
        const double from = *m_rule.limit(m_bandLevels[i]) * scale;
        const double to = i + 1 < m_bands.size() ? *m_rule.limit(m_bandLevels[i + 1]) * scale : outer;
        m_bands[i]->upperSeries()->replace(QList<QPointF>{{double(m_fromMs), from}, {double(m_toMs), from}});
        m_bands[i]->lowerSeries()->replace(QList<QPointF>{{double(m_fromMs), to}, {double(m_toMs), to}});
    }
}

void QtChartsTimeChart::showTooltip(const QString &id, const QPointF &point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    const double value = point.y() / m_axis.factor;
    const QString time
        = QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(point.x())), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QToolTip::showText(QCursor::pos(),
                       QStringLiteral("%1\n%2\n%3").arg(m_labels.value(id), Formatter::value(value, m_rule.unit), time),
                       this);
}

int QtChartsTimeChart::plotWidth() const
{
    if (!m_view->isVisible() || !m_exportLayout.isEmpty())
        return exportSize().width() - 80; // about the plot area of a chart laid out at that size
    return std::max(1, int(m_chart->plotArea().width()));
}

QSize QtChartsTimeChart::exportSize() const
{
    if (!m_exportLayout.isEmpty())
        return m_exportLayout;
    const QSize shown = size(); // the plot and the legend under it
    if (m_view->isVisible() && shown.width() >= 200 && shown.height() >= 120)
        return shown;
    return {1200, 520};
}

void QtChartsTimeChart::render(QPainter *painter, const QRectF &target)
{
    // Lay the chart out at the export size (a hidden tab's chart has no size of
    // its own), paint the scene, and give the view its layout back.
    // The legend goes under it, in as many rows as the export's width needs.
    const QSizeF size = exportSize();
    const qreal legendHeight = std::min<qreal>(m_legend->heightFor(size.width()), size.height() / 2);
    const QSizeF plot(size.width(), size.height() - legendHeight);
    const QRectF shownGeometry = m_chart->geometry();
    m_chart->setGeometry(QRectF(QPointF(0, 0), plot));
    const qreal scale = target.height() / size.height();
    const QRectF plotTarget(target.topLeft(), QSizeF(target.width(), plot.height() * scale));
    m_chart->scene()->render(painter, plotTarget, QRectF(QPointF(0, 0), plot), Qt::IgnoreAspectRatio);
    m_chart->setGeometry(shownGeometry);
    painter->save();
    painter->translate(target.left(), target.top() + plotTarget.height());
    painter->scale(target.width() / size.width(), scale);
    m_legend->paintEntries(painter, QRectF(QPointF(0, 0), QSizeF(size.width(), legendHeight)));
    painter->restore();
}

void QtChartsTimeChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    TimeChart::changeEvent(event);
}

void QtChartsTimeChart::applyPalette()
{
    const QPalette palette = this->palette();
    m_chart->setTheme(LevelPalette::isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(palette.color(QPalette::Base));
    m_chart->setTitleBrush(palette.color(QPalette::WindowText));
    m_legend->setPalette(palette);
    for (auto *axis : {static_cast<QAbstractAxis *>(m_xAxis), static_cast<QAbstractAxis *>(m_yAxis)}) {
        axis->setLabelsColor(palette.color(QPalette::WindowText));
        QColor grid = palette.color(QPalette::WindowText);
        grid.setAlpha(40);
        axis->setGridLineColor(grid);
    }
    rebuildBands();
    updateLegend(); // the theme gave the series new colours
}

} // namespace Pitwall

#include "qtchartstimechart.h"

#include "formatter.h"
#include "levelpalette.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Pitwall {

namespace {
/// Ratios are drawn as percentages: the axis reads "95 %", not "0.95".
double scaleOf(const QString &unit)
{
    return unit == QLatin1String("ratio") ? 100.0 : 1.0;
}
} // namespace

TimeChart *TimeChart::create(QWidget *parent)
{
    return new QtChartsTimeChart(parent);
}

/// The chart view: wheel zooms the time axis around the cursor, a drag with
/// the left button pans, a drag with Shift held zooms to the band drawn.
class QtChartsTimeChart::View : public QChartView
{
public:
    View(QChart *chart, QtChartsTimeChart *owner)
        : QChartView(chart)
        , m_owner(owner)
    {
        setRenderHint(QPainter::Antialiasing);
        setRubberBand(QChartView::NoRubberBand);
        setMouseTracking(true);
    }

protected:
    void wheelEvent(QWheelEvent *event) override
    {
        const double factor = event->angleDelta().y() > 0 ? 0.8 : 1.25;
        const double at = chart()->mapToValue(event->position()).x();
        const double from = at - (at - double(m_owner->m_fromMs)) * factor;
        const double to = at + (double(m_owner->m_toMs) - at) * factor;
        Q_EMIT m_owner->rangeRequested(qint64(from), qint64(to));
        event->accept();
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier)) {
            setRubberBand(QChartView::HorizontalRubberBand);
            QChartView::mousePressEvent(event);
            return;
        }
        if (event->button() == Qt::LeftButton) {
            m_panFrom = event->position();
            m_panning = true;
            setCursor(Qt::ClosedHandCursor);
        }
        QChartView::mousePressEvent(event);
    }

    void mouseMoveEvent(QMouseEvent *event) override
    {
        if (m_panning) {
            const double dx = chart()->mapToValue(m_panFrom).x() - chart()->mapToValue(event->position()).x();
            if (std::abs(event->position().x() - m_panFrom.x()) >= 4) {
                m_panFrom = event->position();
                Q_EMIT m_owner->rangeRequested(m_owner->m_fromMs + qint64(dx), m_owner->m_toMs + qint64(dx));
            }
        }
        QChartView::mouseMoveEvent(event);
    }

    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (rubberBand() != QChartView::NoRubberBand) {
            // Qt Charts zooms the axes itself; the owner turns that into a range request.
            QChartView::mouseReleaseEvent(event);
            setRubberBand(QChartView::NoRubberBand);
            return;
        }
        m_panning = false;
        unsetCursor();
        QChartView::mouseReleaseEvent(event);
    }

private:
    QtChartsTimeChart *m_owner;
    QPointF m_panFrom;
    bool m_panning = false;
};

QtChartsTimeChart::QtChartsTimeChart(QWidget *parent)
    : TimeChart(parent)
    , m_chart(new QChart)
    , m_xAxis(new QDateTimeAxis)
    , m_yAxis(new QValueAxis)
{
    m_view = new View(m_chart, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_xAxis->setFormat(QStringLiteral("HH:mm"));
    m_xAxis->setTickCount(7);
    m_yAxis->setTickCount(5);
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
    const QString unit = Formatter::unitLabel(rule.unit);
    m_yAxis->setLabelFormat(unit.isEmpty() ? QStringLiteral("%.0f")
                                           : QStringLiteral("%.0f ")
                                    + QString(unit).replace(QLatin1Char('%'), QLatin1String("%%")));
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
    const qint64 span = m_toMs - m_fromMs;
    m_xAxis->setFormat(span > 2 * 86'400'000LL ? QStringLiteral("MM-dd HH:mm")
                           : span > 600'000    ? QStringLiteral("HH:mm")
                                               : QStringLiteral("HH:mm:ss"));
    placeBands();
}

QtChartsTimeChart::Line &QtChartsTimeChart::lineFor(const ChartSeries &series)
{
    auto found = m_lines.find(series.id);
    if (found != m_lines.end())
        return *found;
    auto *head = addLineSeries(series.id);
    head->setName(series.label);
    QPen pen = head->pen();
    pen.setWidthF(1.8);
    head->setPen(pen);
    connectMarker(series.id, head);
    m_labels.insert(series.id, series.label);
    return *m_lines.insert(series.id, Line{head, {}});
}

QLineSeries *QtChartsTimeChart::addLineSeries(const QString &id)
{
    auto *line = new QLineSeries(this);
    m_chart->addSeries(line);
    line->attachAxis(m_xAxis);
    line->attachAxis(m_yAxis);
    connect(line, &QLineSeries::hovered, this,
            [this, id](const QPointF &point, bool state) { showTooltip(id, point, state); });
    return line;
}

void QtChartsTimeChart::setLineVisible(const Line &line, bool visible)
{
    line.head->setVisible(visible);
    for (auto *segment : line.tail)
        segment->setVisible(visible);
}

void QtChartsTimeChart::connectMarker(const QString &id, QLineSeries *head)
{
    const auto dim = [](QLegendMarker *marker, bool hidden) {
        QBrush label = marker->labelBrush();
        QColor color = label.color();
        color.setAlphaF(hidden ? 0.4 : 1.0);
        label.setColor(color);
        marker->setLabelBrush(label);
    };
    const auto markers = m_chart->legend()->markers(head);
    for (auto *marker : markers) {
        connect(marker, &QLegendMarker::clicked, this, [this, id, marker, dim] {
            const bool hide = !m_hidden.contains(id);
            if (hide)
                m_hidden.insert(id);
            else
                m_hidden.remove(id);
            setLineVisible(m_lines.value(id), !hide);
            marker->setVisible(true);
            dim(marker, hide);
            updateYRange();
        });
        if (m_hidden.contains(id))
            dim(marker, true);
    }
}

void QtChartsTimeChart::setSeries(const QList<ChartSeries> &series)
{
    const double scale = scaleOf(m_rule.unit);
    QSet<QString> present;
    m_pointCount = 0;
    m_dataMin = std::numeric_limits<double>::max();
    m_dataMax = std::numeric_limits<double>::lowest();
    for (const auto &item : series) {
        present.insert(item.id);
        Line &line = lineFor(item);
        // A gap in the data (Pitwall not running, a source down) breaks the line: one series per segment.
        QList<QList<QPointF>> segments(1);
        for (int i = 0; i < item.points.size(); ++i) {
            if (item.breaks.contains(i) && !segments.last().isEmpty())
                segments.append(QList<QPointF>());
            const QPointF &point = item.points[i];
            segments.last().append(QPointF(point.x(), point.y() * scale));
            if (!m_hidden.contains(item.id)) {
                m_dataMin = std::min(m_dataMin, point.y() * scale);
                m_dataMax = std::max(m_dataMax, point.y() * scale);
            }
        }
        m_pointCount += item.points.size();
        line.head->replace(segments.first());
        while (line.tail.size() < segments.size() - 1) {
            auto *segment = addLineSeries(item.id);
            segment->setPen(line.head->pen());
            segment->setVisible(!m_hidden.contains(item.id));
            const auto markers = m_chart->legend()->markers(segment);
            for (auto *marker : markers)
                marker->setVisible(false);
            line.tail.append(segment);
        }
        while (line.tail.size() > segments.size() - 1) {
            m_chart->removeSeries(line.tail.last());
            delete line.tail.takeLast();
        }
        for (int i = 1; i < segments.size(); ++i)
            line.tail[i - 1]->replace(segments[i]);
    }
    // Series that no longer exist (a source removed, a slot dropped) leave the chart.
    for (auto it = m_lines.begin(); it != m_lines.end();) {
        if (present.contains(it.key())) {
            ++it;
            continue;
        }
        for (auto *segment : QList<QLineSeries *>{it->head} + it->tail) {
            m_chart->removeSeries(segment);
            delete segment;
        }
        m_labels.remove(it.key());
        it = m_lines.erase(it);
    }
    updateYRange();
}

void QtChartsTimeChart::updateYRange()
{
    const double scale = scaleOf(m_rule.unit);
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
    if (m_rule.unit == QLatin1String("ratio")) {
        // Percentages: ticks on round numbers from 0 to 100, with a little room
        // above 100 % so a full pool's line is not lost in the frame.
        const double step = high - low <= 30 ? 5 : high - low <= 60 ? 10 : 20;
        low = std::max(0.0, std::floor(low / step) * step);
        m_yAxis->setTickType(QValueAxis::TicksDynamic);
        m_yAxis->setTickAnchor(0);
        m_yAxis->setTickInterval(step);
        m_yAxis->setRange(low, std::min(high, 100.0) + step * 0.25);
    } else {
        const double pad = std::max((high - low) * 0.08, 1e-9);
        low = low >= 0 ? std::max(0.0, low - pad) : low - pad;
        m_yAxis->setTickType(QValueAxis::TicksFixed);
        m_yAxis->setRange(low, high + pad);
        m_yAxis->applyNiceNumbers();
    }
    placeBands();
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
    // Qt Charts draws series in the order they were added: lines go back on top of the bands.
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
        for (auto *segment : QList<QLineSeries *>{it->head} + it->tail) {
            m_chart->removeSeries(segment);
            m_chart->addSeries(segment);
            segment->attachAxis(m_xAxis);
            segment->attachAxis(m_yAxis);
            const auto markers = m_chart->legend()->markers(segment);
            for (auto *marker : markers)
                marker->setVisible(segment == it->head);
        }
        connectMarker(it.key(), it->head);
    }
    placeBands();
}

void QtChartsTimeChart::placeBands()
{
    if (m_bands.isEmpty())
        return;
    const double scale = scaleOf(m_rule.unit);
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
    const double value = point.y() / scaleOf(m_rule.unit);
    const QString time
        = QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(point.x())), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QToolTip::showText(QCursor::pos(),
                       QStringLiteral("%1\n%2\n%3").arg(m_labels.value(id), Formatter::value(value, m_rule.unit), time),
                       this);
}

int QtChartsTimeChart::plotWidth() const
{
    if (!m_view->isVisible())
        return exportSize().width() - 80; // about the plot area of a chart laid out at that size
    return std::max(1, int(m_chart->plotArea().width()));
}

QSize QtChartsTimeChart::exportSize() const
{
    const QSize shown = m_view->viewport()->size();
    if (m_view->isVisible() && shown.width() >= 200 && shown.height() >= 120)
        return shown;
    return {1200, 520};
}

void QtChartsTimeChart::render(QPainter *painter, const QRectF &target)
{
    // Lay the chart out at the export size (a hidden tab's chart has no size of
    // its own), paint the scene, and give the view its layout back.
    const QSizeF size = exportSize();
    const QRectF shownGeometry = m_chart->geometry();
    m_chart->setGeometry(QRectF(QPointF(0, 0), size));
    m_chart->scene()->render(painter, target, QRectF(QPointF(0, 0), size), Qt::IgnoreAspectRatio);
    m_chart->setGeometry(shownGeometry);
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
    m_chart->legend()->setLabelColor(palette.color(QPalette::WindowText));
    for (auto *axis : {static_cast<QAbstractAxis *>(m_xAxis), static_cast<QAbstractAxis *>(m_yAxis)}) {
        axis->setLabelsColor(palette.color(QPalette::WindowText));
        QColor grid = palette.color(QPalette::WindowText);
        grid.setAlpha(40);
        axis->setGridLineColor(grid);
    }
    rebuildBands();
}

} // namespace Pitwall

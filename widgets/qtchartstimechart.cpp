#include "qtchartstimechart.h"

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
#include <QGraphicsTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Pitwall {

TimeChart *TimeChart::create(QWidget *parent)
{
    return new QtChartsTimeChart(parent);
}

QtChartsTimeChart::QtChartsTimeChart(QWidget *parent)
    : TimeChart(parent)
    , m_chart(new QChart)
    , m_xAxis(new QDateTimeAxis)
    , m_yAxis(new QValueAxis)
    , m_crosshair(new QGraphicsLineItem)
{
    m_view = new View(m_chart, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
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
    QFont small = m_chart->legend()->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_chart->legend()->setFont(small);
    m_crosshair->setParentItem(m_chart);
    m_crosshair->setZValue(100);
    m_crosshair->hide();
    // Fewer ticks where the plot is short or narrow, never labels elided to "…".
    connect(m_chart, &QChart::plotAreaChanged, this, [this](const QRectF &) {
        updateTimeTicks();
        if (valueTicksThatFit() != m_valueTicks)
            updateYRange();
        placeCrosshair();
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

QList<QXYSeries *> QtChartsTimeChart::Line::all() const
{
    QList<QXYSeries *> series{head};
    for (auto *segment : tail)
        series << segment;
    if (dots)
        series << dots;
    return series;
}

void QtChartsTimeChart::setLineVisible(const Line &line, bool visible)
{
    for (auto *series : line.all())
        series->setVisible(visible);
}

void QtChartsTimeChart::replaceDots(Line &line, const QString &id, const QList<QPointF> &dots)
{
    if (!line.dots && dots.isEmpty())
        return;
    if (!line.dots) {
        line.dots = new QScatterSeries(this);
        line.dots->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        line.dots->setMarkerSize(7);
        line.dots->setColor(line.head->color());
        line.dots->setBorderColor(line.head->color());
        m_chart->addSeries(line.dots);
        line.dots->attachAxis(m_xAxis);
        line.dots->attachAxis(m_yAxis);
        line.dots->setVisible(!m_hidden.contains(id));
        for (auto *marker : m_chart->legend()->markers(line.dots))
            marker->setVisible(false);
        connect(line.dots, &QScatterSeries::hovered, this,
                [this, id](const QPointF &point, bool state) { showTooltip(id, point, state); });
    }
    line.dots->replace(dots);
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
    m_pointCount = 0;
    m_dataMin = std::numeric_limits<double>::max();
    m_dataMax = std::numeric_limits<double>::lowest();
    for (const auto &item : series) {
        present.insert(item.id);
        Line &line = lineFor(item);
        // A gap in the data (Pitwall not running, a source down) breaks the line: one series per segment.
        QList<QList<QPointF>> segments(1);
        qsizetype nextBreak = 0;
        for (int i = 0; i < item.points.size(); ++i) {
            while (nextBreak < item.breaks.size() && item.breaks[nextBreak] < i)
                ++nextBreak;
            if (nextBreak < item.breaks.size() && item.breaks[nextBreak] == i && !segments.last().isEmpty())
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
        QList<QPointF> dots;
        for (int i = 0; i < segments.size(); ++i) {
            if (i > 0)
                line.tail[i - 1]->replace(segments[i]);
            if (segments[i].size() == 1)
                dots << segments[i].first();
        }
        replaceDots(line, item.id, dots);
    }
    // Series that no longer exist (a source removed, a slot dropped) leave the chart.
    for (auto it = m_lines.begin(); it != m_lines.end();) {
        if (present.contains(it.key())) {
            ++it;
            continue;
        }
        for (auto *segment : it->all()) {
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
    // The labels as the axis item lays them out in the scene.
    QStringList labels;
    const auto items = m_chart->scene()->items();
    for (QGraphicsItem *item : items) {
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            text && text->isVisible() && !text->toPlainText().isEmpty()) {
            const QRectF box = text->mapRectToScene(text->boundingRect());
            if (box.right() <= m_chart->plotArea().left() + 1 && box.bottom() > m_chart->plotArea().top() - 20)
                labels << text->toPlainText();
        }
    }
    return labels;
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
    // Qt Charts draws series in the order they were added: lines go back on top of the bands.
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
        for (auto *segment : it->all()) {
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

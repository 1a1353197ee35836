#include "chartpanel.h"

#include "csv.h"
#include "metricstore.h"
#include "statustile.h"
#include "thresholdengine.h"
#include "timechart.h"
#include "timewindow.h"

#include <QElapsedTimer>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QStringList>
#include <QSvgGenerator>

#include <algorithm>

namespace Pitwall {

Q_LOGGING_CATEGORY(lcChart, "pitwall.chart", QtInfoMsg)

namespace {
constexpr int frameMs = 33; // at most one replace() per series per frame, ~30 Hz
constexpr int maxExportWidth = 3840;
} // namespace

ChartPanel::ChartPanel(const QString &title, const QString &metric, MetricStore *store, ThresholdEngine *engine,
                       TimeWindow *window, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_metric(metric)
    , m_store(store)
    , m_engine(engine)
    , m_window(window)
    , m_chart(TimeChart::create(this))
    , m_empty(new QLabel(this))
{
    // The note of an empty chart lies over its centre; the thresholds stay visible around it.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chart, 0, 0);
    layout->addWidget(m_empty, 0, 0, Qt::AlignCenter);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    // The grid decides the size: the note must not hold the chart taller than the screen.
    m_empty->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_chart->setMinimumSize(240, 120);
    m_empty->setAutoFillBackground(true);
    m_empty->setMargin(12);
    m_empty->setText(tr("No %1 data yet: no source of this profile reports %2.").arg(title, metric));

    m_chart->setTitle(title);
    m_chart->setRule(engine->rule(metric).value_or(ThresholdRule{}));
    m_frame.setSingleShot(true);
    m_frame.setInterval(frameMs);
    connect(&m_frame, &QTimer::timeout, this, &ChartPanel::refreshNow);
    connect(store, &MetricStore::samplesAppended, this, [this](const QList<SeriesKey> &keys) {
        if (std::any_of(keys.cbegin(), keys.cend(), [this](const SeriesKey &key) { return key.metric == m_metric; }))
            scheduleRefresh();
    });
    connect(window, &TimeWindow::changed, this, &ChartPanel::scheduleRefresh);
    connect(m_chart, &TimeChart::rangeRequested, window, &TimeWindow::setRange);
    connect(m_chart, &TimeChart::doubleClicked, this, &ChartPanel::maximiseRequested);
    connect(m_chart, &TimeChart::hovered, this, &ChartPanel::hovered);
    scheduleRefresh();
}

QString ChartPanel::unit() const
{
    return m_engine->rule(m_metric).value_or(ThresholdRule{}).unit;
}

QList<SeriesKey> ChartPanel::keys() const
{
    auto keys = m_store->keys(m_metric);
    std::sort(keys.begin(), keys.end());
    return keys;
}

QString ChartPanel::labelOf(const SeriesKey &key) const
{
    return m_labeler ? m_labeler(key) : StatusTile::defaultLabel(key);
}

void ChartPanel::scheduleRefresh()
{
    // A panel in a hidden tab catches up when it is shown (or exported).
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (!m_frame.isActive())
        m_frame.start();
}

void ChartPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        scheduleRefresh();
}

void ChartPanel::refreshNow()
{
    QElapsedTimer timer;
    timer.start();
    m_frame.stop();
    m_stale = false;
    const qint64 from = m_window->fromMs();
    const qint64 to = m_window->toMs();
    const int columns = m_chart->plotWidth();
    // Points further apart than three polls (or two pixel columns) mean the data stopped in between.
    const qint64 gap = std::max<qint64>(3 * m_interval.count(), 2 * (to - from) / std::max(1, columns));
    QList<ChartSeries> series;
    for (const auto &key : keys()) {
        ChartSeries item{key.toString(), labelOf(key), {}, {}};
        const auto points = m_store->decimated(key, from, to + 1, columns);
        item.points.reserve(points.size());
        for (int i = 0; i < points.size(); ++i) {
            if (i > 0 && points[i].timeMs - points[i - 1].timeMs > gap)
                item.breaks.append(i);
            item.points.append(QPointF(double(points[i].timeMs), points[i].value));
        }
        series.append(item);
    }
    m_chart->setTimeRange(from, to);
    m_chart->setSeries(series);
    m_shown = series;
    m_empty->setVisible(series.isEmpty());
    qCDebug(lcChart, "chart \"%s\": refresh %.3f ms, %lld points", qPrintable(m_title),
            double(timer.nsecsElapsed()) / 1e6, static_cast<long long>(m_chart->pointCount()));
}

QImage ChartPanel::toImage(int width) const
{
    const QSize logical = m_chart->exportSize();
    const qreal ratio = width > 0 ? qreal(std::min(width, maxExportWidth)) / logical.width() : devicePixelRatioF();
    const QSize pixels = (QSizeF(logical) * ratio).toSize();
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    m_chart->render(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
    return image;
}

bool ChartPanel::savePng(const QString &path, int width) const
{
    return toImage(width).save(path, "PNG");
}

bool ChartPanel::saveSvg(const QString &path) const
{
    const QSize size = m_chart->exportSize();
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(m_title);
    svg.setDescription(tr("Pitwall chart: %1").arg(m_metric));
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    m_chart->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return painter.end();
}

QByteArray ChartPanel::toCsv() const
{
    const auto shown = keys();
    QStringList units;
    for (int i = 0; i < shown.size(); ++i)
        units << unit();
    return Csv::series(*m_store, shown, units, m_window->fromMs(), m_window->toMs() + 1);
}

} // namespace Pitwall

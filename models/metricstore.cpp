#include "metricstore.h"

#include "pointcolumns.h"

#include <QSet>

#include <algorithm>

namespace Pitwall {

MetricStore::MetricStore(QObject *parent)
    : QObject(parent)
{ }

MetricStore::~MetricStore() = default;

void MetricStore::append(const QList<Sample> &samples)
{
    if (samples.isEmpty())
        return;
    QList<SeriesKey> touched;
    QSet<SeriesKey> seen;
    for (const auto &sample : samples) {
        auto it = m_series.find(sample.key);
        if (it == m_series.end()) {
            it = m_series.emplace(sample.key, SeriesStorage::create()).first;
            m_keys.append(sample.key);
            Q_EMIT seriesAdded(sample.key);
        }
        it->second->insert(Point{sample.timeMs, sample.value});
        m_newestMs = std::max(m_newestMs, sample.timeMs);
        if (!seen.contains(sample.key)) {
            seen.insert(sample.key);
            touched.append(sample.key);
        }
    }
    const qint64 horizon = m_newestMs - m_retention.count();
    for (const auto &key : std::as_const(touched))
        m_series.at(key)->dropBefore(horizon);
    Q_EMIT samplesAppended(touched);
}

QList<SeriesKey> MetricStore::keys(const QString &metric) const
{
    QList<SeriesKey> matching;
    for (const auto &key : m_keys) {
        if (key.metric == metric)
            matching.append(key);
    }
    return matching;
}

const SeriesStorage *MetricStore::storage(const SeriesKey &key) const
{
    const auto it = m_series.find(key);
    return it == m_series.end() ? nullptr : it->second.get();
}

bool MetricStore::contains(const SeriesKey &key) const
{
    return storage(key) != nullptr;
}

std::optional<Point> MetricStore::latest(const SeriesKey &key) const
{
    const auto *series = storage(key);
    return series ? series->last() : std::nullopt;
}

qsizetype MetricStore::pointCount(const SeriesKey &key) const
{
    const auto *series = storage(key);
    return series ? series->size() : 0;
}

QVector<Point> MetricStore::points(const SeriesKey &key, qint64 fromMs, qint64 toMs) const
{
    QVector<Point> result;
    if (const auto *series = storage(key))
        series->forEach(fromMs, toMs, [&](const Point &point) { result.append(point); });
    return result;
}

QVector<Point> MetricStore::decimated(const SeriesKey &key, qint64 fromMs, qint64 toMs, int columns) const
{
    const auto *series = storage(key);
    if (!series || columns <= 0 || toMs <= fromMs)
        return {};
    PointColumns pixels(fromMs, toMs, columns);
    series->addTo(pixels);
    return pixels.points();
}

std::optional<double> MetricStore::ratePerSecond(const SeriesKey &key, qint64 fromMs, qint64 toMs) const
{
    const auto *series = storage(key);
    if (!series)
        return std::nullopt;
    std::optional<Point> first;
    std::optional<Point> last;
    series->forEach(fromMs, toMs, [&](const Point &point) {
        if (!first || point.value < last->value)
            first = point; // the first point, or the first after a restart
        last = point;
    });
    if (!first || last->timeMs <= first->timeMs)
        return std::nullopt;
    return (last->value - first->value) * 1000.0 / double(last->timeMs - first->timeMs);
}

} // namespace Pitwall

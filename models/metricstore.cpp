#include "metricstore.h"

#include "pointcolumns.h"

#include <QHash>

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
    QHash<SeriesKey, qint64> earliest; // per series, the earliest time this batch stored
    for (const auto &sample : samples) {
        auto it = m_series.find(sample.key);
        if (it == m_series.end()) {
            it = m_series.emplace(sample.key, Series{SeriesStorage::create(), {}}).first;
            m_keys.append(sample.key);
            Q_EMIT seriesAdded(sample.key);
        }
        it->second.storage->insert(Point{sample.timeMs, sample.value});
        m_newestMs = std::max(m_newestMs, sample.timeMs);
        auto seen = earliest.find(sample.key);
        if (seen == earliest.end()) {
            earliest.insert(sample.key, sample.timeMs);
            touched.append(sample.key);
        } else if (sample.timeMs < *seen) {
            *seen = sample.timeMs;
        }
    }
    const qint64 horizon = m_newestMs - m_retention.count();
    for (const auto &key : std::as_const(touched)) {
        Series &series = m_series.at(key);
        series.columns.changedAt(earliest.value(key));
        series.storage->dropBefore(horizon);
        series.columns.droppedBefore(horizon);
    }
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
    return it == m_series.end() ? nullptr : it->second.storage.get();
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
    const auto it = m_series.find(key);
    if (it == m_series.end() || columns <= 0 || toMs <= fromMs)
        return {};
    return it->second.columns.decimate(*it->second.storage, fromMs, toMs, columns);
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

#include "chunkedseriesstorage.h"

#include "gorillachunk.h"

#include <algorithm>

namespace Pitwall {

namespace {
bool earlier(const Point &point, qint64 timeMs)
{
    return point.timeMs < timeMs;
}
} // namespace

std::unique_ptr<SeriesStorage> SeriesStorage::create()
{
    return std::make_unique<ChunkedSeriesStorage>();
}

ChunkedSeriesStorage::Chunk ChunkedSeriesStorage::pack(const Point *begin, const Point *end)
{
    Chunk chunk;
    chunk.extremes = PointExtremes::of(*begin);
    for (const Point *point = begin + 1; point != end; ++point)
        chunk.extremes.extend(*point);
    chunk.count = int(end - begin);
    chunk.bytes = GorillaChunk::encode(begin, end);
    return chunk;
}

template<typename Visit> void ChunkedSeriesStorage::read(const Chunk &chunk, Visit &&visit)
{
    GorillaChunk::Reader reader(chunk.bytes, chunk.count);
    Point point;
    while (reader.next(point))
        visit(point);
}

std::vector<Point> ChunkedSeriesStorage::unpack(const Chunk &chunk)
{
    std::vector<Point> points;
    points.reserve(size_t(chunk.count));
    read(chunk, [&](const Point &point) { points.push_back(point); });
    return points;
}

void ChunkedSeriesStorage::closeOpen()
{
    m_closed.push_back(pack(m_open.data(), m_open.data() + m_open.size()));
    m_open.clear();
}

void ChunkedSeriesStorage::insert(Point point)
{
    const qint64 newestMs = m_open.empty()
        ? (m_closed.empty() ? point.timeMs - 1 : m_closed.back().extremes.last.timeMs)
        : m_open.back().timeMs;
    if (point.timeMs > newestMs) {
        if (m_open.capacity() == 0)
            m_open.reserve(chunkPoints);
        m_open.push_back(point);
        if (int(m_open.size()) == chunkPoints)
            closeOpen();
        return;
    }
    insertEarlier(point);
}

void ChunkedSeriesStorage::insertEarlier(Point point)
{
    // Backfilled history, or a newer reading of a time already known (the newer reading wins).
    if (!m_open.empty() && point.timeMs >= m_open.front().timeMs) {
        auto at = std::lower_bound(m_open.begin(), m_open.end(), point.timeMs, earlier);
        if (at != m_open.end() && at->timeMs == point.timeMs)
            *at = point;
        else
            m_open.insert(at, point);
        if (int(m_open.size()) >= chunkPoints)
            closeOpen();
        return;
    }
    if (m_closed.empty()) {
        m_open.insert(m_open.begin(), point);
        return;
    }
    // The chunk that holds the time, or the one before which it falls.
    auto chunk = std::upper_bound(m_closed.begin(), m_closed.end(), point.timeMs,
                                  [](qint64 timeMs, const Chunk &c) { return timeMs < c.extremes.first.timeMs; });
    if (chunk != m_closed.begin())
        --chunk;
    auto points = unpack(*chunk);
    auto at = std::lower_bound(points.begin(), points.end(), point.timeMs, earlier);
    if (at != points.end() && at->timeMs == point.timeMs)
        *at = point;
    else
        points.insert(at, point);
    if (int(points.size()) < 2 * chunkPoints) {
        *chunk = pack(points.data(), points.data() + points.size());
        return;
    }
    const auto half = points.size() / 2;
    *chunk = pack(points.data() + half, points.data() + points.size());
    m_closed.insert(chunk, pack(points.data(), points.data() + half));
}

void ChunkedSeriesStorage::dropBefore(qint64 timeMs)
{
    while (!m_closed.empty() && m_closed.front().extremes.last.timeMs < timeMs)
        m_closed.pop_front();
    if (!m_closed.empty() && m_closed.front().extremes.first.timeMs < timeMs) {
        // Retention cuts into the oldest chunk: it keeps its newer part.
        auto points = unpack(m_closed.front());
        const auto keep = std::lower_bound(points.begin(), points.end(), timeMs, earlier);
        m_closed.front() = pack(&*keep, points.data() + points.size());
        return;
    }
    if (m_closed.empty())
        m_open.erase(m_open.begin(), std::lower_bound(m_open.begin(), m_open.end(), timeMs, earlier));
}

qsizetype ChunkedSeriesStorage::size() const
{
    qsizetype count = qsizetype(m_open.size());
    for (const auto &chunk : m_closed)
        count += chunk.count;
    return count;
}

std::optional<Point> ChunkedSeriesStorage::last() const
{
    if (!m_open.empty())
        return m_open.back();
    if (!m_closed.empty())
        return m_closed.back().extremes.last;
    return std::nullopt;
}

std::deque<ChunkedSeriesStorage::Chunk>::const_iterator ChunkedSeriesStorage::firstChunkFrom(qint64 fromMs) const
{
    return std::lower_bound(m_closed.cbegin(), m_closed.cend(), fromMs,
                            [](const Chunk &c, qint64 timeMs) { return c.extremes.last.timeMs < timeMs; });
}

void ChunkedSeriesStorage::forEach(qint64 fromMs, qint64 toMs, const std::function<void(const Point &)> &visit) const
{
    auto chunk = firstChunkFrom(fromMs);
    for (; chunk != m_closed.end() && chunk->extremes.first.timeMs < toMs; ++chunk) {
        read(*chunk, [&](const Point &point) {
            if (point.timeMs >= fromMs && point.timeMs < toMs)
                visit(point);
        });
    }
    for (auto it = std::lower_bound(m_open.begin(), m_open.end(), fromMs, earlier);
         it != m_open.end() && it->timeMs < toMs; ++it)
        visit(*it);
}

void ChunkedSeriesStorage::addTo(PointColumns &columns) const
{
    const qint64 fromMs = columns.fromMs();
    const qint64 toMs = columns.toMs();
    auto chunk = firstChunkFrom(fromMs);
    for (; chunk != m_closed.end() && chunk->extremes.first.timeMs < toMs; ++chunk) {
        if (columns.inOneColumn(chunk->extremes.first.timeMs, chunk->extremes.last.timeMs)) {
            columns.add(chunk->extremes);
            continue;
        }
        read(*chunk, [&](const Point &point) {
            if (columns.contains(point.timeMs))
                columns.add(point);
        });
    }
    for (auto it = std::lower_bound(m_open.begin(), m_open.end(), fromMs, earlier);
         it != m_open.end() && it->timeMs < toMs; ++it)
        columns.add(*it);
}

qsizetype ChunkedSeriesStorage::memoryBytes() const
{
    // The deque's blocks and each array's header are counted as the allocator's 16 bytes.
    qsizetype bytes = qsizetype(sizeof *this + m_open.capacity() * sizeof(Point));
    for (const auto &chunk : m_closed)
        bytes += qsizetype(sizeof chunk) + chunk.bytes.capacity() + 16 + 16;
    return bytes;
}

} // namespace Pitwall

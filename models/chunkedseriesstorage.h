#pragma once

#include "pointcolumns.h"
#include "seriesstorage.h"

#include <QByteArray>

#include <deque>
#include <vector>

namespace Pitwall {

/// Points in chunks of up to chunkPoints: closed chunks packed (GorillaChunk)
/// with their extremes beside them, the newest chunk plain. A range wide
/// enough to put a chunk inside one pixel column is decimated from the
/// extremes without unpacking; only chunks across a column edge are read.
class ChunkedSeriesStorage : public SeriesStorage
{
public:
    static constexpr int chunkPoints = 256;

    void insert(Point point) override;
    void dropBefore(qint64 timeMs) override;
    qsizetype size() const override;
    std::optional<Point> last() const override;
    void forEach(qint64 fromMs, qint64 toMs, const std::function<void(const Point &)> &visit) const override;
    void addTo(PointColumns &columns) const override;

    /// Bytes held by this series, its bookkeeping included.
    qsizetype memoryBytes() const;
    qsizetype closedChunks() const { return qsizetype(m_closed.size()); }

private:
    struct Chunk
    {
        PointExtremes extremes;
        int count = 0;
        QByteArray bytes;
    };
    static Chunk pack(const Point *begin, const Point *end);
    static std::vector<Point> unpack(const Chunk &chunk);
    template<typename Visit> static void read(const Chunk &chunk, Visit &&visit);

    /// The first closed chunk that ends at or after @p fromMs.
    std::deque<Chunk>::const_iterator firstChunkFrom(qint64 fromMs) const;
    void closeOpen();
    void insertEarlier(Point point);

    std::deque<Chunk> m_closed;
    std::vector<Point> m_open;
};

} // namespace Pitwall

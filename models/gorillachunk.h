#pragma once

#include "seriesstorage.h"

#include <QByteArray>

#include <cstdint>
#include <cstring>

namespace Pitwall {

/// A run of points in time order packed as in Facebook's Gorilla (VLDB 2015):
/// the first time and value whole, then each time as the change of the step
/// between points (a regular poll costs one bit; the buckets are Gorilla's made
/// for milliseconds: ±16 ms of jitter costs 7 bits, ±256 ms 12, ±32 s 20, as
/// measured on the lab's polls) and each value as its XOR with
/// the one before, without the leading and trailing zero bits (an unchanged
/// value costs one bit). Exact for every double, NaN and negative zero included.
namespace GorillaChunk {

/// The points [@p begin, @p end), in strictly increasing time order, and eight
/// zero bytes after them for the reader.
QByteArray encode(const Point *begin, const Point *end);

/// Reads the points of an encoded chunk back, one at a time.
class Reader
{
public:
    /// @p count points from @p bytes, which must outlive the reader.
    Reader(const QByteArray &bytes, int count)
        : m_data(reinterpret_cast<const uint8_t *>(bytes.constData()))
        , m_left(count)
    { }

    bool next(Point &point)
    {
        if (m_left == 0)
            return false;
        if (m_read == 0) {
            m_time = qint64(bits(64));
            m_value = bits(64);
        } else {
            m_delta += deltaOfDelta();
            m_time += m_delta;
            if (bits(1) != 0) {
                if (bits(1) != 0) {
                    m_leading = int(bits(5));
                    m_meaningful = int(bits(6)) + 1;
                }
                m_value ^= bits(m_meaningful) << (64 - m_leading - m_meaningful);
            }
        }
        ++m_read;
        --m_left;
        point.timeMs = m_time;
        std::memcpy(&point.value, &m_value, sizeof point.value);
        return true;
    }

private:
    qint64 deltaOfDelta()
    {
        if (bits(1) == 0)
            return 0;
        if (bits(1) == 0)
            return signExtend(bits(5), 5);
        if (bits(1) == 0)
            return signExtend(bits(9), 9);
        if (bits(1) == 0)
            return signExtend(bits(16), 16);
        return qint64(bits(64));
    }
    static qint64 signExtend(uint64_t value, int width)
    {
        const uint64_t sign = uint64_t(1) << (width - 1);
        return qint64((value ^ sign) - sign);
    }
    /// The next @p count (1..64) bits, most significant first. The encoder
    /// pads every chunk with eight zero bytes, so a whole word can always be loaded.
    uint64_t bits(int count)
    {
        if (count > 56) {
            const uint64_t upper = bits(count - 32);
            return (upper << 32) | bits(32);
        }
        uint64_t word;
        std::memcpy(&word, m_data + (m_position >> 3), sizeof word);
        word = __builtin_bswap64(word) << (m_position & 7);
        m_position += size_t(count);
        return word >> (64 - count);
    }

    const uint8_t *m_data;
    size_t m_position = 0; // in bits
    int m_left;
    int m_read = 0;
    qint64 m_time = 0;
    qint64 m_delta = 0;
    uint64_t m_value = 0;
    int m_leading = 0;
    int m_meaningful = 64;
};

} // namespace GorillaChunk
} // namespace Pitwall

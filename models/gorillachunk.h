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
            m_read = 1;
        } else {
            m_delta += deltaOfDelta();
            m_time += m_delta;
            readValue();
        }
        --m_left;
        point.timeMs = m_time;
        std::memcpy(&point.value, &m_value, sizeof point.value);
        return true;
    }

private:
    // Each control code is read from one peeked word (at least 57 bits), its
    // class from the count of leading ones: a point costs two or three loads.
    qint64 deltaOfDelta()
    {
        const uint64_t word = peek();
        switch (__builtin_clzll(~word | 1)) {
        case 0:
            m_position += 1;
            return 0;
        case 1:
            m_position += 2 + 5;
            return signExtend((word << 2) >> (64 - 5), 5);
        case 2:
            m_position += 3 + 9;
            return signExtend((word << 3) >> (64 - 9), 9);
        case 3:
            m_position += 4 + 16;
            return signExtend((word << 4) >> (64 - 16), 16);
        default:
            m_position += 4;
            return qint64(bits(64));
        }
    }
    void readValue()
    {
        const uint64_t word = peek();
        if ((word >> 63) == 0) {
            m_position += 1; // unchanged
            return;
        }
        int control = 2;
        if (((word >> 62) & 1) != 0) {
            m_leading = int((word << 2) >> (64 - 5));
            m_meaningful = int((word << 7) >> (64 - 6)) + 1;
            control = 2 + 5 + 6;
        }
        uint64_t changed;
        if (control + m_meaningful <= 57) { // in the word already peeked
            changed = (word << control) >> (64 - m_meaningful);
            m_position += size_t(control + m_meaningful);
        } else {
            m_position += size_t(control);
            changed = bits(m_meaningful);
        }
        m_value ^= changed << (64 - m_leading - m_meaningful);
    }
    static qint64 signExtend(uint64_t value, int width)
    {
        const uint64_t sign = uint64_t(1) << (width - 1);
        return qint64((value ^ sign) - sign);
    }
    /// The next bits from the position, most significant first: 57 of them at least.
    /// The encoder pads every chunk with eight zero bytes, so a whole word can always be loaded.
    uint64_t peek() const
    {
        uint64_t word;
        std::memcpy(&word, m_data + (m_position >> 3), sizeof word);
        return __builtin_bswap64(word) << (m_position & 7);
    }
    /// The next @p count (1..64) bits, most significant first.
    uint64_t bits(int count)
    {
        if (count > 56) {
            const uint64_t upper = bits(count - 32);
            return (upper << 32) | bits(32);
        }
        const uint64_t word = peek();
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

#include "gorillachunk.h"

namespace Pitwall::GorillaChunk {

namespace {
class BitWriter
{
public:
    /// Appends the low @p count (1..64) bits of @p value, most significant first.
    void put(uint64_t value, int count)
    {
        while (count > 0) {
            const int take = std::min(count, 8 - m_used);
            const auto chunk = uint8_t((value >> (count - take)) & ((1u << take) - 1));
            m_byte = uint8_t(m_byte | (chunk << (8 - m_used - take)));
            m_used += take;
            count -= take;
            if (m_used == 8) {
                m_bytes.append(char(m_byte));
                m_byte = 0;
                m_used = 0;
            }
        }
    }
    QByteArray finish()
    {
        if (m_used > 0)
            m_bytes.append(char(m_byte));
        m_bytes.append(8, '\0');
        m_bytes.squeeze();
        return m_bytes;
    }

private:
    QByteArray m_bytes;
    uint8_t m_byte = 0;
    int m_used = 0;
};

uint64_t bitsOf(double value)
{
    uint64_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    return bits;
}

void putDeltaOfDelta(BitWriter &out, qint64 dod)
{
    const auto fits = [dod](int width) {
        const qint64 half = qint64(1) << (width - 1);
        return dod >= -half && dod < half;
    };
    if (dod == 0) {
        out.put(0, 1);
    } else if (fits(5)) {
        out.put(0b10, 2);
        out.put(uint64_t(dod), 5);
    } else if (fits(9)) {
        out.put(0b110, 3);
        out.put(uint64_t(dod), 9);
    } else if (fits(16)) {
        out.put(0b1110, 4);
        out.put(uint64_t(dod), 16);
    } else {
        out.put(0b1111, 4);
        out.put(uint64_t(dod), 64);
    }
}
} // namespace

QByteArray encode(const Point *begin, const Point *end)
{
    BitWriter out;
    if (begin == end)
        return out.finish();
    out.put(uint64_t(begin->timeMs), 64);
    out.put(bitsOf(begin->value), 64);
    qint64 previousTime = begin->timeMs;
    qint64 previousDelta = 0;
    uint64_t previousValue = bitsOf(begin->value);
    int leading = -1; // no window yet
    int meaningful = 0;
    for (const Point *point = begin + 1; point != end; ++point) {
        const qint64 delta = point->timeMs - previousTime;
        putDeltaOfDelta(out, delta - previousDelta);
        previousDelta = delta;
        previousTime = point->timeMs;

        const uint64_t value = bitsOf(point->value);
        const uint64_t xored = value ^ previousValue;
        previousValue = value;
        if (xored == 0) {
            out.put(0, 1);
            continue;
        }
        out.put(1, 1);
        const int lead = std::min(__builtin_clzll(xored), 31);
        const int trail = __builtin_ctzll(xored);
        if (leading >= 0 && lead >= leading && trail >= 64 - leading - meaningful) {
            out.put(0, 1); // inside the window of the value before
        } else {
            leading = lead;
            meaningful = 64 - lead - trail;
            out.put(1, 1);
            out.put(uint64_t(leading), 5);
            out.put(uint64_t(meaningful - 1), 6);
        }
        out.put(xored >> (64 - leading - meaningful), meaningful);
    }
    return out.finish();
}

} // namespace Pitwall::GorillaChunk

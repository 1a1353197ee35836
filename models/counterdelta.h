#pragma once

#include <optional>

namespace Pitwall {

/// Follows one cumulative counter from poll to poll and gives the increase
/// since the previous poll. A counter that goes down means the server
/// restarted (or its statistics were reset): there is no delta for that poll,
/// and the window starts again from the new value.
class CounterDelta
{
public:
    std::optional<double> update(double value)
    {
        const auto previous = m_previous;
        m_previous = value;
        if (!previous || value < *previous)
            return std::nullopt;
        return value - *previous;
    }

    void reset() { m_previous.reset(); }

private:
    std::optional<double> m_previous;
};

/// hits / (hits + misses) over the poll window, from two cumulative counters.
/// Empty on the first poll, after a restart, and when the window saw too few
/// lookups to judge (three misses of an idle cache are not a 0 % hit rate).
class WindowedRatio
{
public:
    explicit WindowedRatio(double minimumLookups = 10)
        : m_minimum(minimumLookups)
    { }

    std::optional<double> update(double hits, double misses)
    {
        const auto h = m_hits.update(hits);
        const auto m = m_misses.update(misses);
        if (!h || !m || *h + *m <= 0 || *h + *m < m_minimum)
            return std::nullopt;
        return *h / (*h + *m);
    }

private:
    double m_minimum;
    CounterDelta m_hits;
    CounterDelta m_misses;
};

} // namespace Pitwall

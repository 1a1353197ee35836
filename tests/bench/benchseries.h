#pragma once

// Series shaped like the ones Pitwall stores, shared by the benchmarks.

#include <QRandomGenerator>

#include <algorithm>
#include <vector>

namespace Pitwall::Bench {

/// Values like the ones Pitwall stores: a pool's share of twenty connections,
/// a counter, a hit ratio computed each poll, a lag that is mostly zero.
inline std::vector<double> generatedValues(int series, int perSeries)
{
    QRandomGenerator random{quint32(series)};
    std::vector<double> values(perSeries);
    double state = 5;
    for (int i = 0; i < perSeries; ++i) {
        switch (series % 4) {
        case 0:
            if (random.bounded(10) == 0)
                state = std::clamp(state + random.bounded(-1, 2), 0.0, 20.0);
            values[size_t(i)] = state / 20.0;
            break;
        case 1:
            state += random.bounded(500);
            values[size_t(i)] = state;
            break;
        case 2: {
            const double hits = 900 + random.bounded(100);
            values[size_t(i)] = hits / (hits + random.bounded(1, 60));
            break;
        }
        default:
            values[size_t(i)] = random.bounded(20) == 0 ? random.bounded(1, 4000) / 1000.0 : 0.0;
        }
    }
    return values;
}

} // namespace Pitwall::Bench

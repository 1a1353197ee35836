#include "sample.h"

#include <QHashFunctions>
#include <QStringList>

#include <tuple>

namespace Pitwall {

QString SeriesKey::toString() const
{
    QString text = source + QLatin1Char('/') + metric;
    if (!labels.isEmpty()) {
        QStringList parts;
        for (auto it = labels.cbegin(); it != labels.cend(); ++it)
            parts << it.key() + QLatin1String("=\"") + it.value() + QLatin1Char('"');
        text += QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
    }
    return text;
}

bool operator<(const SeriesKey &a, const SeriesKey &b)
{
    if (a.source != b.source)
        return a.source < b.source;
    if (a.metric != b.metric)
        return a.metric < b.metric;
    const auto la = a.labels.toStdMap();
    const auto lb = b.labels.toStdMap();
    return la < lb;
}

size_t qHash(const SeriesKey &key, size_t seed) noexcept
{
    size_t hash = qHashMulti(seed, key.source, key.metric);
    for (auto it = key.labels.cbegin(); it != key.labels.cend(); ++it)
        hash = qHashMulti(hash, it.key(), it.value());
    return hash;
}

} // namespace Pitwall

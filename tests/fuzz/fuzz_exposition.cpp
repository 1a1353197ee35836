// libFuzzer target: Prometheus text exposition, as any /metrics endpoint may serve it.

#include "exposition.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto text = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto exposition = Pitwall::Exposition::parse(text);
    QList<QPair<double, double>> buckets;
    for (const auto &series : exposition.series) {
        if (series.name.endsWith(QLatin1String("_bucket")))
            buckets.append({series.labels.value(QStringLiteral("le")).toDouble(), series.value});
    }
    (void)Pitwall::histogramQuantile(0.99, buckets);
    return 0;
}

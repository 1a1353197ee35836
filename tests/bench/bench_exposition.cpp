// The /metrics parser as a whole process, the way scripts/bench/exposition.sh
// times it beside `promtool check metrics` on the same file.
//   bench_exposition --generate FILE MEGABYTES   writes a payload like a busy
//       service's: counters over many label sets, histograms, summaries,
//       HELP and TYPE lines, an escaped label now and then;
//   bench_exposition FILE                        reads FILE and parses it, and
//       prints the samples, names and errors, and what the collector reads.

#include "exposition.h"

#include <QFile>

#include <cstdio>

using namespace Pitwall;

namespace {

int generate(const char *path, qint64 megabytes)
{
    QFile file(QString::fromLocal8Bit(path));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", path);
        return 1;
    }
    const char *methods[] = {"GET", "POST", "PUT", "DELETE"};
    const char *codes[] = {"200", "201", "204", "400", "404", "500", "503"};
    const char *buckets[] = {"0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "10", "+Inf"};
    quint32 state = 12345;
    const auto next = [&state] {
        return state = state * 1664525u + 1013904223u;
    };
    const qint64 limit = megabytes * 1024 * 1024;
    QByteArray chunk;
    for (int family = 0; file.size() < limit; ++family) {
        chunk.clear();
        const QByteArray name = "service_" + QByteArray::number(family % 97);
        switch (family % 4) {
        case 0: {
            const QByteArray counter = name + "_http_requests_" + QByteArray::number(family) + "_total";
            chunk += "# HELP " + counter + " Requests by method, path and code.\n# TYPE " + counter + " counter\n";
            for (int i = 0; i < 2000; ++i)
                chunk += counter + "{method=\"" + methods[next() % 4] + "\",path=\"/api/v1/items/"
                    + QByteArray::number(i) + "\",code=\"" + codes[next() % 7] + "\",instance=\"10.0.0."
                    + QByteArray::number(next() % 250) + ":9100\"} " + QByteArray::number(next() % 10'000'000) + '\n';
            break;
        }
        case 1: {
            const QByteArray histogram = name + "_request_duration_" + QByteArray::number(family) + "_seconds";
            chunk += "# HELP " + histogram + " Latency.\n# TYPE " + histogram + " histogram\n";
            for (int route = 0; route < 150; ++route) {
                const QByteArray labels
                    = "handler=\"/route/" + QByteArray::number(route) + "\",method=\"" + methods[route % 4] + '"';
                quint64 count = 0;
                for (const char *le : buckets) {
                    count += next() % 1000;
                    chunk
                        += histogram + "_bucket{" + labels + ",le=\"" + le + "\"} " + QByteArray::number(count) + '\n';
                }
                chunk += histogram + "_sum{" + labels + "} " + QByteArray::number(double(count) * 0.137, 'g', 17) + '\n'
                    + histogram + "_count{" + labels + "} " + QByteArray::number(count) + '\n';
            }
            break;
        }
        case 2: {
            const QByteArray summary = name + "_rpc_" + QByteArray::number(family) + "_seconds";
            chunk += "# HELP " + summary + " Calls.\n# TYPE " + summary + " summary\n";
            for (int rpc = 0; rpc < 300; ++rpc) {
                const QByteArray labels = "rpc=\"Call" + QByteArray::number(rpc) + "\"";
                for (const char *q : {"0.5", "0.9", "0.99"})
                    chunk += summary + '{' + labels + ",quantile=\"" + q + "\"} "
                        + QByteArray::number((next() % 100000) / 1e6, 'g', 17) + '\n';
                chunk += summary + "_sum{" + labels + "} " + QByteArray::number(next() % 100000) + '\n';
                chunk += summary + "_count{" + labels + "} " + QByteArray::number(next() % 1000) + '\n';
            }
            break;
        }
        default: {
            const QByteArray gauge = name + "_queue_depth_" + QByteArray::number(family);
            chunk += "# HELP " + gauge + " Items waiting.\n# TYPE " + gauge + " gauge\n";
            for (int i = 0; i < 500; ++i)
                chunk += gauge + "{queue=\"q" + QByteArray::number(i) + "\",note=\"say \\\"hi\\\"\\n\"} "
                    + QByteArray::number(next() % 5000) + ' ' + QByteArray::number(1'700'000'000'000 + i) + '\n';
        }
        }
        file.write(chunk);
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--generate") == 0)
        return generate(argv[2], QByteArray(argv[3]).toLongLong());
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s FILE | --generate FILE MEGABYTES\n", argv[0]);
        return 64;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 1;
    }
    const Exposition exposition = Exposition::parse(file.readAll());
    // What a collector reads of it: a few families, labels and all.
    qsizetype read = 0;
    for (auto type = exposition.types.cbegin(); type != exposition.types.cend() && read < 5000; ++type)
        read += exposition.named(type.key() + QLatin1String("_bucket")).size();
    std::printf("%lld samples, %lld families, %lld lines not understood, %lld samples read out\n",
                qlonglong(exposition.series.size()), qlonglong(exposition.types.size()),
                qlonglong(exposition.errorCount), qlonglong(read));
    return 0;
}

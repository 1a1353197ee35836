// The session file at the size a busy profile writes: series × hours at one
// poll a second, written the way the window writes it (one batch a poll,
// through Recorder) and read back the way reopening the profile reads it.
// Reports, side by side in one run, the file per sample and the time to write
// and to read it back, for the recorder's chunks and for the rows the
// recorder of an older Pitwall wrote (the same batches, its schema, inserted
// as it inserted them), both pruned once a minute of polls. PITWALL_BENCH_SERIES (200) and PITWALL_BENCH_HOURS (2)
// set the size. Run: scripts/bench/recorder.sh

#include "benchseries.h"
#include "recorder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace Pitwall;

namespace {

struct Result
{
    double bytesPerSample = 0;
    qint64 writeMs = 0;
    qint64 readMs = 0;
};

qint64 fileBytes(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

/// The schema and the inserts of the recorder before chunks: a row per sample.
void writeRows(const QString &path, const std::vector<QList<Sample>> &polls, int seriesCount)
{
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rows"));
    db.setDatabaseName(path);
    db.open();
    QSqlQuery query(db);
    for (const char *statement : {
             "PRAGMA journal_mode=WAL",
             "PRAGMA synchronous=NORMAL",
             "CREATE TABLE series (id INTEGER PRIMARY KEY, source TEXT NOT NULL, "
             "metric TEXT NOT NULL, labels TEXT NOT NULL, UNIQUE (source, metric, labels))",
             "CREATE TABLE samples (series INTEGER NOT NULL, t INTEGER NOT NULL, v REAL NOT NULL)",
             "CREATE INDEX samples_by_time ON samples (t)",
         })
        query.exec(QLatin1String(statement));
    QHash<SeriesKey, qint64> ids; // looked up per sample, as the older recorder did
    for (int s = 0; s < seriesCount; ++s) {
        query.exec(
            QStringLiteral("INSERT INTO series VALUES (%1, 'db', 'pool_utilisation', '{\"pool\":\"p%1\"}')").arg(s));
        ids.insert(polls.front()[s].key, s);
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO samples (series, t, v) VALUES (?, ?, ?)"));
    const qint64 weekAgo = QDateTime::currentMSecsSinceEpoch() - 7 * 24 * 3600'000LL;
    for (size_t i = 0; i < polls.size(); ++i) {
        const auto &poll = polls[i];
        if (i % 60 == 59) { // its pruning, as it ran once a minute
            query.exec(QStringLiteral("DELETE FROM samples WHERE t < %1").arg(weekAgo));
            query.exec(QStringLiteral("SELECT (page_count - freelist_count) * page_size FROM pragma_page_count, "
                                      "pragma_freelist_count, pragma_page_size"));
            query.exec(QStringLiteral("DELETE FROM series WHERE id NOT IN (SELECT DISTINCT series FROM samples)"));
            query.exec(QStringLiteral("PRAGMA page_count"));
            query.exec(QStringLiteral("PRAGMA freelist_count"));
            query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        db.transaction();
        for (const auto &sample : poll) {
            insert.addBindValue(ids.value(sample.key));
            insert.addBindValue(sample.timeMs);
            insert.addBindValue(sample.value);
            insert.exec();
        }
        db.commit();
    }
    db.close();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int seriesCount = qEnvironmentVariableIntValue("PITWALL_BENCH_SERIES") > 0
        ? qEnvironmentVariableIntValue("PITWALL_BENCH_SERIES")
        : 200;
    const int hours = qEnvironmentVariableIntValue("PITWALL_BENCH_HOURS") > 0
        ? qEnvironmentVariableIntValue("PITWALL_BENCH_HOURS")
        : 2;
    const int perSeries = hours * 3600;
    // Recent enough to be inside the default retention.
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch() - qint64(perSeries) * 1000;
    std::vector<std::vector<double>> values;
    for (int s = 0; s < seriesCount; ++s)
        values.push_back(Bench::generatedValues(s, perSeries));
    std::vector<SeriesKey> keys;
    for (int s = 0; s < seriesCount; ++s)
        keys.push_back(SeriesKey{QStringLiteral("db"),
                                 QStringLiteral("pool_utilisation"),
                                 {{QStringLiteral("pool"), QStringLiteral("p%1").arg(s)}}});
    QRandomGenerator jitter(99);
    std::vector<QList<Sample>> polls(static_cast<size_t>(perSeries));
    for (int i = 0; i < perSeries; ++i) {
        const qint64 timeMs = startMs + i * 1000LL + jitter.bounded(4);
        for (int s = 0; s < seriesCount; ++s)
            polls[size_t(i)].append(Sample{keys[size_t(s)], timeMs, values[size_t(s)][size_t(i)]});
    }
    const double samples = double(seriesCount) * perSeries;
    QTemporaryDir dir;

    const auto measure = [&](const QString &path, const std::function<void()> &write) {
        Result result;
        QElapsedTimer timer;
        timer.start();
        write();
        result.writeMs = timer.elapsed();
        result.bytesPerSample = double(fileBytes(path)) / samples;
        timer.restart();
        const auto read = Recorder::read(path, 0);
        result.readMs = timer.elapsed();
        if (read.size() != qsizetype(samples))
            std::fprintf(stderr, "%s: read %lld samples of %.0f\n", qPrintable(path),
                         static_cast<long long>(read.size()), samples);
        return result;
    };

    const QString chunkPath = dir.filePath(QStringLiteral("chunks.sqlite"));
    const Result chunks = measure(chunkPath, [&] {
        Recorder recorder(chunkPath);
        // The window prunes once a minute; the bench's minutes pass faster, so it asks
        // after every 60 polls.
        for (size_t i = 0; i < polls.size(); ++i) {
            recorder.append(polls[i]);
            if (i % 60 == 59)
                recorder.prune();
        }
        recorder.flush();
    });
    const QString rowPath = dir.filePath(QStringLiteral("rows.sqlite"));
    const Result rows = measure(rowPath, [&] { writeRows(rowPath, polls, seriesCount); });
    QSqlDatabase::removeDatabase(QStringLiteral("rows"));

    std::printf("session file, %d series x %d h x 1 s (%.2f M samples), one batch a poll\n", seriesCount, hours,
                samples / 1e6);
    std::printf("%-28s %14s %12s %12s\n", "", "bytes/sample", "write ms", "read ms");
    std::printf("%-28s %14.2f %12lld %12lld\n", "chunks (this recorder)", chunks.bytesPerSample,
                static_cast<long long>(chunks.writeMs), static_cast<long long>(chunks.readMs));
    std::printf("%-28s %14.2f %12lld %12lld\n", "rows (the older recorder)", rows.bytesPerSample,
                static_cast<long long>(rows.writeMs), static_cast<long long>(rows.readMs));
    std::printf("%-28s %14.2f %12.2f %12.2f\n", "chunks / rows", chunks.bytesPerSample / rows.bytesPerSample,
                double(chunks.writeMs) / double(rows.writeMs), double(chunks.readMs) / double(rows.readMs));
    return 0;
}

#include "collectorprobe.h"
#include "sqlitefixture.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace Pitwall;
using namespace Pitwall::Test;

namespace {
Profile sqliteProfile(const QString &path)
{
    return profileFrom(
        QStringLiteral("interval: 1s\nsources:\n  - {name: app, kind: sqlite, url: %1}\n").arg(sqliteUrlYaml(path)));
}
} // namespace

/// The sqlite source against real files the test writes as an application
/// would; every expectation is read from the file by the test's own connection.
class TestSqliteCollector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsTheFilesOwnNumbers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("app.db"));
        SqliteApp app(path);
        app.insert(400, 2000);
        const qint64 walOnDisk = QFileInfo(path + QLatin1String("-wal")).size();
        QVERIFY2(walOnDisk > 0, "the application's writes are in the WAL");

        CollectorProbe probe(sqliteProfile(path), QStringLiteral("app"));
        const PollOutcome outcome = probe.poll();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        const double pages = double(app.integer("PRAGMA page_count"));
        const double pageSize = double(app.integer("PRAGMA page_size"));
        const double free = double(app.integer("PRAGMA freelist_count"));
        qInfo("page_count %.0f x %.0f B, freelist %.0f, WAL %lld B", pages, pageSize, free, walOnDisk);
        QCOMPARE(outcome.value(QStringLiteral("sqlite_db_bytes")), pages * pageSize);
        QCOMPARE(outcome.value(QStringLiteral("sqlite_freelist_ratio")), free / pages);
        QCOMPARE(outcome.value(QStringLiteral("sqlite_wal_bytes")), double(walOnDisk));
        QVERIFY2(outcome.result.remark.isEmpty(), qPrintable(outcome.result.remark));
    }

    void reportsFreePagesAfterALargeDelete()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("app.db"));
        SqliteApp app(path);
        app.insert(3000, 1500);
        app.exec("DELETE FROM t WHERE id % 5 <> 0");
        const double pages = double(app.integer("PRAGMA page_count"));
        const double free = double(app.integer("PRAGMA freelist_count"));
        const Profile profile = sqliteProfile(path);
        const ThresholdRule rule = profile.thresholds.value(QStringLiteral("sqlite_freelist_ratio"));
        QVERIFY2(free / pages > *rule.warning, "the delete freed more than the warning's share");

        CollectorProbe probe(profile, QStringLiteral("app"));
        const PollOutcome outcome = probe.poll();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        const auto ratio = outcome.value(QStringLiteral("sqlite_freelist_ratio"));
        qInfo("freelist %.0f of %.0f pages: Pitwall %.4f", free, pages, ratio.value_or(-1));
        QCOMPARE(ratio, free / pages);
        QCOMPARE(rule.levelOf(*ratio), Level::Warning);
    }

    void leavesTheFileByteIdentical_data()
    {
        QTest::addColumn<bool>("appOpen");
        QTest::newRow("application closed, no -wal") << false;
        QTest::newRow("application open, writes in the -wal") << true;
    }

    void leavesTheFileByteIdentical()
    {
        QFETCH(bool, appOpen);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("app.db"));
        const QString wal = path + QLatin1String("-wal");
        auto app = std::make_unique<SqliteApp>(path);
        app->insert(500, 1000);
        app->exec("DELETE FROM t WHERE id % 3 = 0");
        if (!appOpen) {
            app.reset();
            QVERIFY2(!QFileInfo::exists(wal), "the last connection's close removed the WAL");
        }
        const QByteArray before = checksum(path);
        const QByteArray walBefore = checksum(wal);
        const QStringList filesBefore = entries(dir.path());

        CollectorProbe probe(sqliteProfile(path), QStringLiteral("app"));
        constexpr int polls = 200;
        for (int i = 0; i < polls; ++i) {
            const PollOutcome outcome = probe.poll();
            QVERIFY2(outcome.ok, qPrintable(outcome.error));
        }
        qInfo("after %d polls: %s %s", polls, before.constData(), checksum(path).constData());
        QCOMPARE(checksum(path), before);
        QCOMPARE(checksum(wal), walBefore);
        QCOMPARE(entries(dir.path()), filesBefore);

        if (appOpen) {
            // No connection of Pitwall's is left to hold the application back:
            // its checkpoint completes, and its close removes the WAL.
            sqlite3_stmt *statement = nullptr;
            QCOMPARE(sqlite3_prepare_v2(app->handle(), "PRAGMA wal_checkpoint(TRUNCATE)", -1, &statement, nullptr),
                     SQLITE_OK);
            QCOMPARE(sqlite3_step(statement), SQLITE_ROW);
            QCOMPARE(sqlite3_column_int(statement, 0), 0); // not busy
            sqlite3_finalize(statement);
            QCOMPARE(QFileInfo(wal).size(), 0);
            app.reset();
            QVERIFY(!QFileInfo::exists(wal));
        }
    }

    void readsAPathWithSpacesAndQuotes()
    {
        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("it's a \"quoted\" dir"));
        QVERIFY(QDir().mkpath(dir));
        const QString path = dir + QStringLiteral("/app \"db\" it's #1.db");
        SqliteApp app(path);
        app.insert(50, 100);
        CollectorProbe probe(sqliteProfile(path), QStringLiteral("app"));
        const PollOutcome outcome = probe.poll();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.value(QStringLiteral("sqlite_db_bytes")),
                 double(app.integer("PRAGMA page_count") * app.integer("PRAGMA page_size")));
    }

    void aMissingFileIsAnErrorAndIsNeverCreated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("absent.db"));
        CollectorProbe probe(sqliteProfile(path), QStringLiteral("app"));
        const PollOutcome outcome = probe.poll();
        QVERIFY(!outcome.ok);
        qInfo("%s", qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(QLatin1String("no such file")), qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(path), qPrintable(outcome.error));
        QCOMPARE(entries(dir.path()), QStringList());
    }

    void aFileThatIsNoDatabaseSaysSo_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << QByteArray("name,value\nfoo,1\n").repeated(20)
                              << QStringLiteral("not a SQLite database");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("the file is empty");
        QByteArray garbage("SQLite format 3");
        garbage.append('\0');
        garbage.append(QByteArray(4080, '\xff'));
        QTest::newRow("header then garbage") << garbage << QStringLiteral("not a database");
    }

    void aFileThatIsNoDatabaseSaysSo()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const QByteArray before = checksum(path);
        CollectorProbe probe(sqliteProfile(path), QStringLiteral("app"));
        const PollOutcome outcome = probe.poll();
        QVERIFY(!outcome.ok);
        qInfo("%s", qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(expected), qPrintable(outcome.error));
        QCOMPARE(checksum(path), before);
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("notes.db")});
    }

    void remarksWhenTheFileIsNotInWalMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("app.db"));
        SqliteApp app(path, false);
        app.insert(10, 100);
        CollectorProbe probe(sqliteProfile(path), QStringLiteral("app"));
        const PollOutcome outcome = probe.poll();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY2(outcome.result.remark.contains(QLatin1String("not WAL")), qPrintable(outcome.result.remark));
        QCOMPARE(outcome.value(QStringLiteral("sqlite_wal_bytes")), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestSqliteCollector)
#include "tst_sqlitecollector.moc"

#include "csv.h"
#include "labenvironment.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace Pitwall;

class TestReportLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportBundleReferencesOnlyFilesItWrote()
    {
        PITWALL_REQUIRE_LAB(lab);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("report"));
        QProcess pitwall;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSFILE"), lab.value(QStringLiteral("PGPASSFILE")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // report must go offscreen by itself
        environment.remove(QStringLiteral("DISPLAY"));
        pitwall.setProcessEnvironment(environment);
        pitwall.start(QStringLiteral(PITWALL_BINARY),
                      {QStringLiteral("report"), QStringLiteral("--profile"), lab.profilePath(),
                       QStringLiteral("--window"), QStringLiteral("12s"), QStringLiteral("--out"), out});
        QVERIFY(pitwall.waitForFinished(120'000));
        QVERIFY2(pitwall.exitCode() == 0, pitwall.readAllStandardError().constData());
        QCOMPARE(QString::fromUtf8(pitwall.readAllStandardOutput()).trimmed(),
                 QDir(out).absoluteFilePath(QStringLiteral("index.html")));

        QFile index(QDir(out).filePath(QStringLiteral("index.html")));
        QVERIFY(index.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(index.readAll());
        QVERIFY(html.contains(QLatin1String("<h2>Alerts</h2>")));
        QVERIFY(html.contains(QLatin1String("<h2>Slow queries</h2>")));
        QVERIFY(html.contains(QLatin1String("lab-pgbouncer")));
        // No secret of the lab may reach the report.
        QFile pgpass(lab.value(QStringLiteral("PGPASSFILE")));
        QVERIFY(pgpass.open(QIODevice::ReadOnly));
        for (const auto &line : QString::fromUtf8(pgpass.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            QVERIFY(!html.contains(line.section(QLatin1Char(':'), 4)));

        static const QRegularExpression reference(QStringLiteral("(?:src|href)=\"([^\"]+)\""));
        int images = 0;
        QSet<int> heights;
        auto it = reference.globalMatch(html);
        QStringList referenced;
        while (it.hasNext())
            referenced << it.next().captured(1);
        QVERIFY(referenced.size() >= 4 * 3 + 3);
        for (const auto &file : referenced) {
            QVERIFY2(!file.contains(QLatin1Char('/')) && QFile::exists(QDir(out).filePath(file)), qPrintable(file));
            if (file.endsWith(QLatin1String(".png"))) {
                const QImage image(QDir(out).filePath(file));
                QCOMPARE(image.width(), 1600);
                heights.insert(image.height());
                ++images;
            }
            if (file.endsWith(QLatin1String(".csv"))) {
                QFile csv(QDir(out).filePath(file));
                QVERIFY(csv.open(QIODevice::ReadOnly));
                QVERIFY2(!Csv::parse(csv.readAll()).isEmpty(), qPrintable(file));
            }
        }
        QVERIFY(images >= 4);
        // Every chart at one size, whatever the window would have shown.
        QCOMPARE(heights.size(), 1);
        // The pool chart's data has rows: the lab's pool is busy.
        QFile pool(QDir(out).filePath(QStringLiteral("pool_utilisation.csv")));
        QVERIFY(pool.open(QIODevice::ReadOnly));
        QVERIFY(Csv::parse(pool.readAll()).size() >= 2);
    }

    void aSessionFileThatCannotBeWrittenIsNamedAndPollingGoesOn()
    {
        PITWALL_REQUIRE_LAB(lab);
        QTemporaryDir dir;
        // The data directory is a regular file: nothing can be created under it (even by root).
        const QString notADirectory = dir.filePath(QStringLiteral("data"));
        QFile blocker(notADirectory);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString out = dir.filePath(QStringLiteral("report"));
        QProcess pitwall;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSFILE"), lab.value(QStringLiteral("PGPASSFILE")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), notADirectory);
        environment.remove(QStringLiteral("HOME"));
        pitwall.setProcessEnvironment(environment);
        pitwall.start(QStringLiteral(PITWALL_BINARY),
                      {QStringLiteral("report"), QStringLiteral("--profile"), lab.profilePath(),
                       QStringLiteral("--window"), QStringLiteral("6s"), QStringLiteral("--out"), out});
        QVERIFY(pitwall.waitForFinished(120'000));
        const QString errors = QString::fromUtf8(pitwall.readAllStandardError());
        QVERIFY2(pitwall.exitCode() == 0, qPrintable(errors));
        // stderr says what failed and where.
        QVERIFY2(errors.contains(QLatin1String("session file")) && errors.contains(notADirectory), qPrintable(errors));
        // The sources were polled all the same: the pool chart's data has rows.
        QFile pool(QDir(out).filePath(QStringLiteral("pool_utilisation.csv")));
        QVERIFY(pool.open(QIODevice::ReadOnly));
        QVERIFY2(Csv::parse(pool.readAll()).size() >= 2, "only the header: nothing was polled");
        QVERIFY(!QFileInfo(notADirectory).isDir());
    }
};

QTEST_MAIN(TestReportLab)
#include "tst_report_lab.moc"

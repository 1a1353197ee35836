#include "workerhost.h"

#include <QPointer>
#include <QProcess>
#include <QSemaphore>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace Pitwall;

namespace {
class Worker : public QObject
{
    Q_OBJECT

public:
    ~Worker() override { Q_EMIT gone(QThread::currentThread()); }

Q_SIGNALS:
    void gone(QThread *thread);
};
} // namespace

class TestWorkerHost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWorkerWhoseThreadNeverStartedGoesWithItsHost()
    {
        QPointer<Worker> worker;
        {
            WorkerHost host(QStringLiteral("never-started"));
            worker = host.adopt(std::make_unique<Worker>());
            QVERIFY(worker);
        }
        // No thread ever ran to delete it on: the host did.
        QVERIFY(worker.isNull());
    }

    void aWorkerIsDeletedOnItsOwnThreadWhenTheHostStops()
    {
        QThread *deletedOn = nullptr;
        QPointer<Worker> worker;
        WorkerHost host(QStringLiteral("stops"));
        worker = host.adopt(std::make_unique<Worker>());
        connect(
            worker, &Worker::gone, this, [&](QThread *thread) { deletedOn = thread; }, Qt::DirectConnection);
        host.start();
        QVERIFY(host.isRunning());
        QVERIFY(host.stop());
        QVERIFY(!host.isRunning());
        QTRY_VERIFY(worker.isNull());
        QVERIFY(deletedOn != nullptr);
        QVERIFY(deletedOn != QThread::currentThread());
    }

    void aHungWorkerIsAbandonedAndEndsOnItsOwn()
    {
        QSemaphore entered;
        QSemaphore release;
        QPointer<Worker> worker;
        {
            WorkerHost host(QStringLiteral("hung"));
            worker = host.adopt(std::make_unique<Worker>());
            host.start();
            // The worker blocks as a read from a server that stopped answering does.
            QMetaObject::invokeMethod(
                worker,
                [&] {
                    entered.release();
                    release.acquire();
                },
                Qt::QueuedConnection);
            entered.acquire();
            QVERIFY(!host.stop(std::chrono::milliseconds(50)));
            QVERIFY(worker); // abandoned, not terminated: still there
        }
        QCOMPARE(WorkerHost::reapAbandoned(), 1); // still blocked: kept, not deleted
        release.release();
        QTRY_VERIFY(worker.isNull()); // ended once its blocking call returned
        QCOMPARE(WorkerHost::reapAbandoned(std::chrono::milliseconds(5000)), 0);
    }

    // A thread that wakes just as the process exits (a hung server that
    // closes its sockets when it goes) is waited for by the application's
    // teardown, and never races it. Run in a child process that exits while
    // its worker wakes; it must end cleanly.
    void anAbandonedThreadThatWakesAtExitIsReaped()
    {
        // The worker stays busy 0 to 9 ms after it wakes, so that its thread
        // ends at every point of the teardown.
        for (int run = 0; run < 30; ++run) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("-exitWhileAWorkerWakes"), QString::number(run % 10)});
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::NormalExit);
            QCOMPARE(child.exitCode(), 0);
        }
    }
};

namespace {
/// The child's run: abandons a worker that wakes only once the process has
/// begun to exit, as QCoreApplication's destructor runs its post routines,
/// and stays busy @p argv[2] ms. Exits 0 when the worker ended while the
/// application still existed, 3 when it ran on into the teardown.
int exitWhileAWorkerWakes(int argc, char **argv)
{
    static int busyMs = 0;
    static QSemaphore release;
    static QSemaphore entered;
    static std::atomic<int> outcome{-1};
    busyMs = argc > 2 ? atoi(argv[2]) : 0;
    {
        QCoreApplication app(argc, argv);
        auto host = std::make_unique<WorkerHost>(QStringLiteral("wakes-at-exit"));
        Worker *worker = host->adopt(std::make_unique<Worker>());
        host->start();
        QMetaObject::invokeMethod(
            worker,
            [] {
                entered.release();
                release.acquire();
                QThread::msleep(busyMs);
                outcome = QCoreApplication::instance() ? 0 : 3;
            },
            Qt::QueuedConnection);
        entered.acquire();
        host->stop(std::chrono::milliseconds(10));
        host.reset();
        // Registered after the host's: post routines run last-registered first.
        qAddPostRoutine([] { release.release(); });
    }
    QDeadlineTimer deadline(2000);
    while (outcome < 0 && !deadline.hasExpired())
        QThread::msleep(1);
    return outcome;
}
} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "-exitWhileAWorkerWakes") == 0)
        return exitWhileAWorkerWakes(argc, argv);
    QCoreApplication app(argc, argv);
    TestWorkerHost test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_workerhost.moc"

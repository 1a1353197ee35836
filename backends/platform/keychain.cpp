#include "keychain.h"

#include "collectorerror.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QMutex>
#include <QThread>
#include <QTimer>
#include <QWaitCondition>
#include <qt6keychain/keychain.h>

#include <memory>

namespace Pitwall {

namespace {
/// What a read job answered, handed from the application's thread to the caller's.
struct KeychainAnswer
{
    QMutex mutex;
    QWaitCondition answered;
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text;
};

QKeychain::ReadPasswordJob *startRead(const QString &key, const std::shared_ptr<KeychainAnswer> &answer)
{
    auto *job = new QKeychain::ReadPasswordJob(QStringLiteral("pitwall"));
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [answer](QKeychain::Job *done) {
        QMutexLocker locker(&answer->mutex);
        answer->finished = true;
        answer->error = done->error();
        answer->errorString = done->errorString();
        answer->text = static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
        answer->answered.wakeAll();
    });
    job->start();
    return job;
}
} // namespace

QString readKeychainPassword(const QString &where, const QString &source, std::chrono::milliseconds timeout)
{
    // QtKeychain queues every job on one executor object, which lives on the
    // thread that first used it; jobs started from several threads corrupt
    // that queue (a finished job's pointer outlives it). So every job runs on
    // the application's thread, and a collector's thread waits for its answer.
    auto answer = std::make_shared<KeychainAnswer>();
    const QDeadlineTimer deadline(timeout);
    QCoreApplication *application = QCoreApplication::instance();
    if (!application || application->thread() == QThread::currentThread()) {
        // On the application's thread itself: its events run while it waits.
        QEventLoop loop;
        QObject::connect(startRead(source, answer), &QKeychain::Job::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
        if (QMutexLocker locker(&answer->mutex); !answer->finished) {
            locker.unlock();
            loop.exec();
        }
    } else {
        QMetaObject::invokeMethod(
            application, [source, answer] { startRead(source, answer); }, Qt::QueuedConnection);
    }
    QMutexLocker locker(&answer->mutex);
    while (!answer->finished && answer->answered.wait(&answer->mutex, deadline)) { }
    if (!answer->finished)
        throw CollectorError(where
                             + QCoreApplication::translate(
                                 "Pitwall::Keychain", ": the system keychain did not answer — is a keyring running?"));
    if (answer->error == QKeychain::EntryNotFound)
        throw CollectorError(where
                             + QStringLiteral(": no password in the system keychain for service 'pitwall', "
                                              "key '%1' — store it there, or use a ${VAR} reference")
                                   .arg(source));
    if (answer->error != QKeychain::NoError)
        throw CollectorError(where + QStringLiteral(": the system keychain refused: %1").arg(answer->errorString));
    return answer->text;
}

QString sourcePassword(const SourceConfig &source, const QString &where, std::chrono::milliseconds timeout)
{
    if (!source.password.isEmpty())
        return source.password;
    if (source.passwordInKeychain)
        return readKeychainPassword(where, source.keychainKey(), timeout);
    if (source.passwordEnv.isEmpty())
        return {};
    const QByteArray variable = source.passwordEnv.toUtf8();
    if (!qEnvironmentVariableIsSet(variable.constData()))
        throw CollectorError(QStringLiteral("%1: the profile takes the password from ${%2}, which is not set")
                                 .arg(where, source.passwordEnv));
    return qEnvironmentVariable(variable.constData());
}

} // namespace Pitwall

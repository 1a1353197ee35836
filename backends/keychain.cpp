#include "keychain.h"

#include "collectorerror.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace Pitwall {

QString readKeychainPassword(const QString &where, const QString &source, std::chrono::milliseconds timeout)
{
    QKeychain::ReadPasswordJob job(QStringLiteral("pitwall"));
    job.setAutoDelete(false);
    job.setKey(source);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (!finished)
        throw CollectorError(where + QStringLiteral(": the system keychain did not answer — is a keyring running?"));
    if (job.error() == QKeychain::EntryNotFound)
        throw CollectorError(where
                             + QStringLiteral(": no password in the system keychain for service 'pitwall', "
                                              "key '%1' — store it there, or use a ${VAR} reference")
                                   .arg(source));
    if (job.error() != QKeychain::NoError)
        throw CollectorError(where + QStringLiteral(": the system keychain refused: %1").arg(job.errorString()));
    return job.textData();
}

QString sourcePassword(const SourceConfig &source, const QString &where, std::chrono::milliseconds timeout)
{
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

#include "connectiontest.h"

#include "collector.h"
#include "collectorfactory.h"
#include "sourcerunner.h"

#include <qt6keychain/keychain.h>

namespace Pitwall {

ConnectionTest::ConnectionTest(const SourceConfig &source, const Profile &profile, QObject *parent)
    : QObject(parent)
    , m_runner(std::make_unique<SourceRunner>(createCollector(source, profile), profile.interval))
{
    connect(m_runner.get(), &SourceRunner::pollFinished, this, [this] {
        if (m_done)
            return;
        m_done = true;
        const SourceStatus status = m_runner->status();
        const bool ok = status.state == SourceStatus::State::Ok;
        m_runner->beginStop();
        Q_EMIT finished(
            ok,
            ok ? tr("Connected: it answered in %1 ms.").arg(QString::number(status.lastPollMs.value_or(0), 'f', 0))
               : status.message);
    });
}

ConnectionTest::~ConnectionTest() = default;

void ConnectionTest::start()
{
    m_runner->start();
}

void storeKeyringPassword(const QString &key, const QString &password, QObject *context,
                          std::function<void(const QString &error)> done)
{
    auto *job = new QKeychain::WritePasswordJob(QStringLiteral("pitwall"));
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(password);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *finished) {
        done(finished->error() == QKeychain::NoError ? QString() : finished->errorString());
    });
    job->start();
}

} // namespace Pitwall

#include "collector.h"

#include "collectorerror.h"
#include "keychain.h"
#include "logging.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QScopeGuard>

#include <algorithm>

namespace Pitwall {

namespace {
constexpr qint64 maxBackoffMs = 30'000;
}

Collector::Collector(SourceConfig source, const Profile &profile, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_profile(profile)
    , m_pollTimeout(std::min<std::chrono::milliseconds>(profile.interval / 2, std::chrono::seconds(10)))
{ }

Collector::~Collector() = default;

QString Collector::describe() const
{
    return QStringLiteral("%1 `%2` (%3:%4)")
        .arg(sourceKindName(m_source.kind), m_source.name, m_source.url.host())
        .arg(m_source.url.port(-1) == -1 ? QStringLiteral("default port") : QString::number(m_source.url.port()));
}

QString Collector::password() const
{
    return sourcePassword(m_source, describe(), m_pollTimeout);
}

void Collector::pollOnce()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!m_open && now < m_retryAtMs) {
        Q_EMIT deferred(m_source.name, m_retryAtMs);
        return;
    }
    QElapsedTimer timer;
    timer.start();
    // A poll may wait in a nested event loop (HTTP); a shutdown that arrives
    // meanwhile is carried out once the poll is over.
    m_polling = true;
    const auto finishPoll = qScopeGuard([this] {
        m_polling = false;
        if (m_shutdownRequested)
            shutdown();
    });
    try {
        if (!m_open) {
            open();
            m_open = true;
        }
        PollResult result = poll();
        result.source = m_source.name;
        if (result.timeMs == 0)
            result.timeMs = now;
        result.latencyMs = double(timer.nsecsElapsed()) / 1e6;
        m_failures = 0;
        Q_EMIT polled(result);
    } catch (const CollectorError &error) {
        fail(error.message());
    } catch (const std::exception &error) {
        fail(QStringLiteral("%1: unexpected error: %2").arg(describe(), QString::fromLocal8Bit(error.what())));
    }
}

void Collector::fail(const QString &message)
{
    close();
    m_open = false;
    ++m_failures;
    const qint64 backoff = std::min<qint64>(maxBackoffMs, 1000LL << std::min(m_failures - 1, 5));
    m_retryAtMs = QDateTime::currentMSecsSinceEpoch() + backoff;
    qCInfo(lcCollector).noquote() << message << "- retrying in" << backoff << "ms";
    Q_EMIT failed(m_source.name, message);
}

void Collector::shutdown()
{
    if (m_polling) {
        m_shutdownRequested = true;
        return;
    }
    if (m_open)
        close();
    m_open = false;
}

} // namespace Pitwall

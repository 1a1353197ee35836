#include "collector.h"

#include "collectorerror.h"
#include "keychain.h"
#include "logging.h"
#include "peertext.h"

#include <QCoreApplication>
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
    if (m_source.kind == SourceKind::Sqlite)
        return QStringLiteral("sqlite `%1` (%2)").arg(m_source.name, m_source.databasePath());
    return QStringLiteral("%1 `%2` (%3)").arg(sourceKindName(m_source.kind), m_source.name, m_source.address());
}

QString Collector::password() const
{
    return sourcePassword(m_source, describe(), m_pollTimeout);
}

QList<Sample> Collector::history(const TimeRange &range)
{
    Q_UNUSED(range)
    return {};
}

void Collector::pollOnce()
{
    // A poll or backfill may wait in a nested event loop (HTTP), where the next
    // queued call would run inside it: it waits its turn instead.
    if (m_polling) {
        m_pollPending = true;
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!m_open && now < m_retryAtMs) {
        Q_EMIT deferred(m_source.name, m_retryAtMs);
        return;
    }
    QElapsedTimer timer;
    timer.start();
    m_polling = true;
    const auto finishPoll = qScopeGuard([this] {
        m_polling = false;
        runPending();
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
        fail(error.message(), error.kind());
    } catch (const std::exception &error) {
        fail(QCoreApplication::translate("Pitwall::Collector", "%1: unexpected error: %2")
                 .arg(describe(), peerText(error.what())));
    }
}

void Collector::backfill(const TimeRange &range)
{
    if (m_polling || !m_open) {
        m_backfillPending = range;
        return;
    }
    m_polling = true;
    const auto finish = qScopeGuard([this] {
        m_polling = false;
        runPending();
    });
    Q_EMIT backfillStarted(m_source.name);
    try {
        const QList<Sample> samples = history(range);
        Q_EMIT backfilled(m_source.name, samples, QString());
    } catch (const CollectorError &error) {
        Q_EMIT backfilled(m_source.name, {}, error.message());
    } catch (const std::exception &error) {
        Q_EMIT backfilled(m_source.name, {},
                          QCoreApplication::translate("Pitwall::Collector", "%1: unexpected error: %2")
                              .arg(describe(), peerText(error.what())));
    }
}

void Collector::runPending()
{
    if (m_shutdownRequested) {
        shutdown();
        return;
    }
    if (m_backfillPending && m_open) {
        const TimeRange pending = *m_backfillPending;
        m_backfillPending.reset();
        QMetaObject::invokeMethod(
            this, [this, pending] { backfill(pending); }, Qt::QueuedConnection);
    }
    if (m_pollPending) {
        m_pollPending = false;
        QMetaObject::invokeMethod(this, &Collector::pollOnce, Qt::QueuedConnection);
    }
}

void Collector::fail(const QString &message, CollectorError::Kind kind)
{
    close();
    m_open = false;
    ++m_failures;
    const qint64 backoff = std::min<qint64>(maxBackoffMs, 1000LL << std::min(m_failures - 1, 5));
    m_retryAtMs = QDateTime::currentMSecsSinceEpoch() + backoff;
    qCInfo(lcCollector).noquote() << message << "- retrying in" << backoff << "ms";
    Q_EMIT failed(m_source.name, message, kind == CollectorError::Kind::Authentication);
}

void Collector::shutdown()
{
    if (m_polling) {
        m_shutdownRequested = true;
        return;
    }
    m_pollPending = false;
    m_backfillPending.reset();
    if (m_open)
        close();
    m_open = false;
}

} // namespace Pitwall

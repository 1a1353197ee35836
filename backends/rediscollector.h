#pragma once

#include "collector.h"
#include "counterdelta.h"

#include <QMap>

#include <memory>

struct redisContext;

namespace Pitwall {

struct RedisInfo;

/// Polls one Redis server with INFO and SLOWLOG (hiredis, on the collector's
/// thread). Hit rate and event rates are windowed over the poll interval from
/// counter deltas: Redis' counters are lifetime totals, and a lifetime ratio
/// hides an incident.
class RedisCollector : public Collector
{
    Q_OBJECT

public:
    RedisCollector(SourceConfig source, const Profile &profile, QObject *parent = nullptr);
    ~RedisCollector() override;

protected:
    void open() override;
    PollResult poll() override;
    void close() override;

private:
    struct ContextDeleter
    {
        void operator()(redisContext *context) const;
    };
    /// Sends one command given as separate arguments; throws on any error.
    QByteArray command(const QList<QByteArray> &arguments, const char *what);
    [[noreturn]] void failWithContextError(const char *what);
    void addRate(PollResult &result, const RedisInfo &info, const char *field, const QString &metric, double seconds);
    void readSlowlog(PollResult &result);

    std::unique_ptr<redisContext, ContextDeleter> m_context;
    WindowedRatio m_hitRate;
    QMap<QString, CounterDelta> m_counters;
    qint64 m_lastPollMs = 0;
    std::optional<qint64> m_lastSlowlogId;
};

} // namespace Pitwall

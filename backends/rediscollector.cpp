#include "rediscollector.h"

#include "collectorerror.h"
#include "logging.h"
#include "redisinfo.h"

#include <QDateTime>
#include <QStringList>

#include <hiredis/hiredis.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace Pitwall {

namespace {

timeval toTimeval(std::chrono::milliseconds duration)
{
    return timeval{time_t(duration.count() / 1000), suseconds_t((duration.count() % 1000) * 1000)};
}

struct ReplyDeleter
{
    void operator()(redisReply *reply) const { freeReplyObject(reply); }
};
using Reply = std::unique_ptr<redisReply, ReplyDeleter>;

QString shortened(const QByteArray &argument)
{
    constexpr int maxLength = 64;
    QString text = QString::fromUtf8(argument);
    if (text.size() > maxLength)
        text = text.left(maxLength) + QStringLiteral("…");
    return text;
}

} // namespace

void RedisCollector::ContextDeleter::operator()(redisContext *context) const
{
    redisFree(context);
}

RedisCollector::RedisCollector(SourceConfig source, const Profile &profile, QObject *parent)
    : Collector(std::move(source), profile, parent)
{ }

RedisCollector::~RedisCollector() = default;

void RedisCollector::failWithContextError(const char *what)
{
    QString reason;
    if (!m_context) {
        reason = QStringLiteral("out of memory");
    } else if (m_context->err == REDIS_ERR_IO && (errno == EAGAIN || errno == EWOULDBLOCK || errno == ETIMEDOUT)) {
        reason = QStringLiteral("no answer within %1 s — is the server hung or overloaded?")
                     .arg(double(pollTimeout().count()) / 1000.0);
    } else if (m_context->err == REDIS_ERR_IO && errno == ECONNREFUSED) {
        reason = QStringLiteral("connection refused — is the server running?");
    } else if (m_context->err == REDIS_ERR_EOF) {
        reason = QStringLiteral("the server closed the connection");
    } else if (m_context->err == REDIS_ERR_PROTOCOL) {
        reason = QStringLiteral("the reply is not Redis protocol — is this port a Redis server?");
    } else {
        reason = QString::fromLocal8Bit(m_context->errstr);
    }
    throw CollectorError(QStringLiteral("%1: %2: %3").arg(describe(), QLatin1String(what), reason));
}

void RedisCollector::open()
{
    const QByteArray host = source().url.host().toUtf8();
    const int port = source().url.port(6379);
    errno = 0;
    m_context.reset(redisConnectWithTimeout(host.constData(), port, toTimeval(pollTimeout())));
    if (!m_context || m_context->err) {
        if (m_context && m_context->err == REDIS_ERR_IO && errno == 0 && std::strstr(m_context->errstr, "refused"))
            errno = ECONNREFUSED;
        failWithContextError("cannot connect");
    }
    redisSetTimeout(m_context.get(), toTimeval(pollTimeout()));

    const QString secret = password();
    const QByteArray user = source().url.userName().toUtf8();
    if (!secret.isEmpty()) {
        if (user.isEmpty())
            command({"AUTH", secret.toUtf8()}, "AUTH");
        else
            command({"AUTH", user, secret.toUtf8()}, "AUTH");
    }
    const QString db = source().url.path().mid(1);
    if (!db.isEmpty() && db != QLatin1String("0"))
        command({"SELECT", db.toUtf8()}, "SELECT");
    qCDebug(lcRedis) << "connected to" << source().name;
}

void RedisCollector::close()
{
    m_context.reset();
}

QByteArray RedisCollector::command(const QList<QByteArray> &arguments, const char *what)
{
    std::vector<const char *> argv;
    std::vector<size_t> lengths;
    for (const auto &argument : arguments) {
        argv.push_back(argument.constData());
        lengths.push_back(size_t(argument.size()));
    }
    errno = 0;
    Reply reply(
        static_cast<redisReply *>(redisCommandArgv(m_context.get(), int(argv.size()), argv.data(), lengths.data())));
    if (!reply)
        failWithContextError(what);
    if (reply->type == REDIS_REPLY_ERROR) {
        const QString error = QString::fromUtf8(reply->str, int(reply->len));
        QString hint;
        if (error.startsWith(QLatin1String("NOAUTH")))
            hint = QStringLiteral(" — the server needs a password: name its environment variable in the profile "
                                  "(url: redis://user:${VAR}@host:port)");
        else if (error.startsWith(QLatin1String("WRONGPASS")))
            hint = QStringLiteral(" — the user or password is wrong");
        else if (error.startsWith(QLatin1String("NOPERM")))
            hint = QStringLiteral(" — the ACL user lacks a permission Pitwall needs (INFO, SLOWLOG)");
        throw CollectorError(QStringLiteral("%1: %2 failed: %3%4").arg(describe(), QLatin1String(what), error, hint));
    }
    if (reply->type == REDIS_REPLY_STRING || reply->type == REDIS_REPLY_STATUS)
        return QByteArray(reply->str, qsizetype(reply->len));
    return {};
}

void RedisCollector::addRate(PollResult &result, const RedisInfo &info, const char *field, const QString &metric,
                             double seconds)
{
    const auto value = info.number(QLatin1String(field));
    if (!value)
        return;
    const auto delta = m_counters[QLatin1String(field)].update(*value);
    if (delta && seconds > 0)
        result.samples.append(Sample{{source().name, metric, {}}, result.timeMs, *delta / seconds});
}

PollResult RedisCollector::poll()
{
    PollResult result;
    result.timeMs = QDateTime::currentMSecsSinceEpoch();
    const RedisInfo info = RedisInfo::parse(command({"INFO"}, "INFO"));
    const double seconds = m_lastPollMs > 0 ? double(result.timeMs - m_lastPollMs) / 1000.0 : 0;
    m_lastPollMs = result.timeMs;

    const auto add = [&](const QString &metric, double value, const Labels &labels = {}) {
        result.samples.append(Sample{{source().name, metric, labels}, result.timeMs, value});
    };

    const auto hits = info.number(QStringLiteral("keyspace_hits"));
    const auto misses = info.number(QStringLiteral("keyspace_misses"));
    if (hits && misses) {
        if (const auto ratio = m_hitRate.update(*hits, *misses))
            add(QStringLiteral("cache_hit_rate"), *ratio);
    }

    QStringList remarks;
    const auto used = info.number(QStringLiteral("used_memory"));
    const auto maxmemory = info.number(QStringLiteral("maxmemory"));
    const auto system = info.number(QStringLiteral("total_system_memory"));
    if (used) {
        add(QStringLiteral("memory_used_bytes"), *used);
        if (maxmemory && *maxmemory > 0) {
            add(QStringLiteral("memory_utilisation"), *used / *maxmemory);
        } else {
            if (system && *system > 0)
                add(QStringLiteral("memory_utilisation"), *used / *system);
            remarks << QStringLiteral("no maxmemory set: the cache can grow until the machine runs out of memory "
                                      "(utilisation is against the machine's memory)");
        }
    }
    addRate(result, info, "evicted_keys", QStringLiteral("evicted_keys_rate"), seconds);
    addRate(result, info, "expired_keys", QStringLiteral("expired_keys_rate"), seconds);
    addRate(result, info, "rejected_connections", QStringLiteral("rejected_connections_rate"), seconds);

    if (const auto clients = info.number(QStringLiteral("connected_clients"))) {
        add(QStringLiteral("clients_connected"), *clients);
        if (const auto maxclients = info.number(QStringLiteral("maxclients")); maxclients && *maxclients > 0)
            add(QStringLiteral("client_utilisation"), *clients / *maxclients);
    }
    if (const auto blocked = info.number(QStringLiteral("blocked_clients")))
        add(QStringLiteral("clients_blocked"), *blocked);
    if (const auto ops = info.number(QStringLiteral("instantaneous_ops_per_sec")))
        add(QStringLiteral("ops_per_sec"), *ops);
    for (auto it = info.keyspace.cbegin(); it != info.keyspace.cend(); ++it)
        add(QStringLiteral("keys"), double(it->keys), {{QStringLiteral("db"), QString::number(it.key())}});

    // Replication: on a primary, each replica's offset behind ours.
    const auto &replication = info.sections.value(QStringLiteral("replication"));
    if (const auto masterOffset = info.number(QStringLiteral("master_repl_offset"))) {
        for (auto it = replication.cbegin(); it != replication.cend(); ++it) {
            if (!it.key().startsWith(QLatin1String("slave")) || !it.value().contains(QLatin1String("offset=")))
                continue;
            const auto replica = parseRedisPairs(it.value().toUtf8());
            const QString name
                = replica.value(QStringLiteral("ip")) + QLatin1Char(':') + replica.value(QStringLiteral("port"));
            add(QStringLiteral("replication_lag_bytes"),
                std::max(0.0, *masterOffset - replica.value(QStringLiteral("offset")).toDouble()),
                {{QStringLiteral("replica"), name}});
        }
    }
    if (info.value(QStringLiteral("role")) == QLatin1String("slave")) {
        const QString link = info.value(QStringLiteral("master_link_status"));
        if (link != QLatin1String("up"))
            remarks << QStringLiteral("replica: link to the primary is %1").arg(link);
    }

    readSlowlog(result);
    result.remark = remarks.join(QLatin1String("; "));
    return result;
}

void RedisCollector::readSlowlog(PollResult &result)
{
    std::vector<const char *> argv{"SLOWLOG", "GET", "128"};
    errno = 0;
    Reply reply(static_cast<redisReply *>(redisCommandArgv(m_context.get(), int(argv.size()), argv.data(), nullptr)));
    if (!reply)
        failWithContextError("SLOWLOG GET");
    if (reply->type != REDIS_REPLY_ARRAY)
        return; // SLOWLOG may be renamed or forbidden; the rest still works
    const auto previous = m_lastSlowlogId;
    for (size_t i = 0; i < reply->elements; ++i) {
        const redisReply *entry = reply->element[i];
        if (entry->type != REDIS_REPLY_ARRAY || entry->elements < 4)
            continue;
        const qint64 id = entry->element[0]->integer;
        if (!m_lastSlowlogId || id > *m_lastSlowlogId)
            m_lastSlowlogId = id;
        if (!previous || id <= *previous)
            continue; // the first poll only learns where the log stands
        SlowQuery row;
        row.source = source().name;
        row.id = QStringLiteral("slowlog-%1").arg(id);
        row.timeMs = entry->element[1]->integer * 1000;
        row.meanMs = double(entry->element[2]->integer) / 1000.0;
        row.calls = 1;
        QStringList words;
        const redisReply *args = entry->element[3];
        for (size_t a = 0; a < args->elements && a < 8; ++a)
            words << shortened(QByteArray(args->element[a]->str, qsizetype(args->element[a]->len)));
        if (args->elements > 8)
            words << QStringLiteral("… (%1 more arguments)").arg(args->elements - 8);
        row.query = words.join(QLatin1Char(' '));
        if (entry->elements > 4 && entry->element[4]->type == REDIS_REPLY_STRING)
            row.user = QString::fromUtf8(entry->element[4]->str);
        result.slowQueries.append(row);
    }
}

} // namespace Pitwall

#include "redisnode.h"

#include "collectorerror.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace Pitwall {

namespace {

constexpr int maxSlowlogArguments = 8;

QString shortened(const QByteArray &argument)
{
    constexpr int maxLength = 64;
    QString text = QString::fromUtf8(argument);
    if (text.size() > maxLength)
        text = text.left(maxLength) + QStringLiteral("…");
    return text;
}

} // namespace

RedisNode::RedisNode(QByteArray host, int port, std::chrono::milliseconds timeout)
    : m_host(std::move(host))
    , m_port(port)
    , m_address(QString::fromUtf8(m_host) + QLatin1Char(':') + QString::number(port))
    , m_connection(timeout)
{ }

void RedisNode::send(const Login &login, bool askClusterNodes)
{
    if (!m_connection.isOpen()) {
        m_pending.clear();
        m_connection.open(m_host, m_port);
        if (!login.password.isEmpty()) {
            m_connection.send(login.user.isEmpty() ? QList<QByteArray>{"AUTH", login.password}
                                                   : QList<QByteArray>{"AUTH", login.user, login.password});
            m_pending.append("AUTH");
        }
        if (!login.database.isEmpty() && login.database != "0") {
            m_connection.send({"SELECT", login.database});
            m_pending.append("SELECT");
        }
    }
    m_connection.send({"INFO"});
    m_pending.append("INFO");
    m_connection.send({"SLOWLOG", "GET", "128"});
    m_pending.append("SLOWLOG GET");
    if (askClusterNodes) {
        m_connection.send({"CLUSTER", "NODES"});
        m_pending.append("CLUSTER NODES");
    }
    m_connection.flush(m_pending.constFirst());
}

RedisNode::Reading RedisNode::receive(const QDeadlineTimer &deadline)
{
    Reading reading;
    try {
        while (!m_pending.isEmpty()) {
            const char *what = m_pending.constFirst();
            const QByteArray step(what);
            RedisReply reply = m_connection.receive(deadline, what);
            m_pending.removeFirst();
            const bool error = reply.type == RedisReply::Type::Error;
            if (error && (step == "AUTH" || step == "SELECT" || step == "INFO"))
                throw CollectorError(QLatin1String(what) + QLatin1String(" failed: ") + QString::fromUtf8(reply.text)
                                         + redisErrorHint(reply.text),
                                     redisErrorKind(reply.text));
            if (step == "INFO")
                reading.info = RedisInfo::parse(std::move(reply.text));
            else if (step == "SLOWLOG GET")
                reading.slowlog = std::move(reply); // may be refused by an ACL: the rest still works
            else if (step == "CLUSTER NODES" && !error)
                reading.clusterNodes = reply.text;
        }
    } catch (...) {
        m_pending.clear();
        m_connection.close();
        throw;
    }
    reading.timeMs = QDateTime::currentMSecsSinceEpoch();
    return reading;
}

RedisReply RedisNode::call(const QList<QByteArray> &arguments, const char *what)
{
    try {
        return m_connection.call(arguments, what);
    } catch (...) {
        m_connection.close();
        throw;
    }
}

std::optional<double> RedisNode::delta(const RedisInfo &info, const char *field)
{
    const auto value = info.number(field);
    if (!value)
        return std::nullopt;
    return m_counters[QLatin1String(field)].update(*value);
}

RedisNode::Findings RedisNode::addTo(PollResult &result, const Reading &reading, const QString &source,
                                     const Labels &labels)
{
    const RedisInfo &info = reading.info;
    Findings findings;
    const auto add = [&](const QString &metric, double value, const Labels &extra = {}) {
        Labels all = labels;
        all.insert(extra);
        result.samples.append(Sample{{source, metric, all}, result.timeMs, value});
    };

    // A server that restarted counts from zero again: so must its windows.
    const QString runId = info.value("run_id");
    if (!m_runId.isEmpty() && runId != m_runId) {
        m_counters.clear();
        m_lastSlowlogId = -1; // every entry in the new server's log is new
    }
    m_runId = runId;
    const double seconds = m_lastReadingMs > 0 ? double(reading.timeMs - m_lastReadingMs) / 1000.0 : 0;
    m_lastReadingMs = reading.timeMs;

    findings.primary = info.raw("role") == "master";
    findings.hits = delta(info, "keyspace_hits");
    findings.misses = delta(info, "keyspace_misses");
    if (findings.hits && findings.misses && *findings.hits + *findings.misses > 0)
        add(QStringLiteral("cache_hit_rate"), *findings.hits / (*findings.hits + *findings.misses));

    const auto used = info.number("used_memory");
    const auto maxmemory = info.number("maxmemory");
    const auto system = info.number("total_system_memory");
    if (used) {
        add(QStringLiteral("memory_used_bytes"), *used);
        if (maxmemory && *maxmemory > 0) {
            add(QStringLiteral("memory_utilisation"), *used / *maxmemory);
        } else {
            // An unbounded cache is a finding of its own: the status says so.
            findings.noMaxmemory = true;
            if (system && *system > 0)
                add(QStringLiteral("memory_utilisation"), *used / *system);
        }
    }
    const auto addRate = [&](const char *field, const QString &metric) {
        if (const auto increase = delta(info, field); increase && seconds > 0)
            add(metric, *increase / seconds);
    };
    addRate("evicted_keys", QStringLiteral("evicted_keys_rate"));
    addRate("expired_keys", QStringLiteral("expired_keys_rate"));
    addRate("rejected_connections", QStringLiteral("rejected_connections_rate"));

    if (const auto clients = info.number("connected_clients")) {
        add(QStringLiteral("clients_connected"), *clients);
        if (const auto maxclients = info.number("maxclients"); maxclients && *maxclients > 0)
            add(QStringLiteral("client_utilisation"), *clients / *maxclients);
    }
    if (const auto blocked = info.number("blocked_clients"))
        add(QStringLiteral("clients_blocked"), *blocked);
    if (const auto ops = info.number("instantaneous_ops_per_sec"))
        add(QStringLiteral("ops_per_sec"), *ops);
    for (auto it = info.keyspace().cbegin(); it != info.keyspace().cend(); ++it)
        add(QStringLiteral("keys"), double(it->keys), {{QStringLiteral("db"), QString::number(it.key())}});

    // Replication: on a primary, its replicas and how far each is behind.
    if (findings.primary) {
        if (const auto replicas = info.number("connected_slaves"))
            add(QStringLiteral("replicas_connected"), *replicas);
        if (const auto primaryOffset = info.number("master_repl_offset")) {
            for (const auto &[field, value] : info.fields("replication")) {
                if (!field.startsWith("slave") || !value.contains(QByteArrayView("offset=")))
                    continue;
                const auto replica = parseRedisPairs(value);
                const QString name
                    = replica.value(QStringLiteral("ip")) + QLatin1Char(':') + replica.value(QStringLiteral("port"));
                add(QStringLiteral("replication_lag_bytes"),
                    std::max(0.0, *primaryOffset - replica.value(QStringLiteral("offset")).toDouble()),
                    {{QStringLiteral("replica"), name}});
            }
        }
    } else if (info.raw("role") == "slave") {
        const QString link = info.value("master_link_status");
        if (link != QLatin1String("up"))
            findings.replicaProblem
                = QCoreApplication::translate("Pitwall::RedisCollector", "a replica of %1:%2 whose link to it is %3")
                      .arg(info.value("master_host"), info.value("master_port"),
                           link.isEmpty() ? QStringLiteral("unknown") : link);
    }

    addSlowlog(result, reading.slowlog, source, !labels.isEmpty());
    return findings;
}

void RedisNode::addSlowlog(PollResult &result, const RedisReply &slowlog, const QString &source, bool labelled)
{
    if (slowlog.type != RedisReply::Type::Array)
        return; // SLOWLOG may be renamed or forbidden; the rest still works
    const auto previous = m_lastSlowlogId;
    if (!m_lastSlowlogId)
        m_lastSlowlogId = -1; // an empty log: its first entry, id 0, will be new
    for (const RedisReply &entry : slowlog.elements) {
        // id, unix time, microseconds, arguments, client address, client name
        if (entry.type != RedisReply::Type::Array || entry.elements.size() < 4)
            continue;
        const qint64 id = entry.elements[0].integer;
        m_lastSlowlogId = std::max(*m_lastSlowlogId, id);
        if (!previous || id <= *previous)
            continue; // the first poll only learns where the log stands
        SlowQuery row;
        row.source = source;
        row.id
            = labelled ? QStringLiteral("slowlog-%1-%2").arg(m_address).arg(id) : QStringLiteral("slowlog-%1").arg(id);
        row.timeMs = entry.elements[1].integer * 1000;
        row.meanMs = double(entry.elements[2].integer) / 1000.0;
        row.calls = 1;
        QStringList words;
        const auto &arguments = entry.elements[3].elements;
        for (qsizetype a = 0; a < arguments.size() && a < maxSlowlogArguments; ++a)
            words << shortened(arguments[a].text);
        if (arguments.size() > maxSlowlogArguments)
            words << QStringLiteral("… (%1 more arguments)").arg(arguments.size() - maxSlowlogArguments);
        row.query = words.join(QLatin1Char(' '));
        // The client that sent it: its address (and its name, when it set one).
        if (entry.elements.size() > 4)
            row.user = QString::fromUtf8(entry.elements[4].text);
        if (entry.elements.size() > 5 && !entry.elements[5].text.isEmpty())
            row.user += QStringLiteral(" (%1)").arg(QString::fromUtf8(entry.elements[5].text));
        if (labelled)
            row.state = QStringLiteral("node %1").arg(m_address);
        result.slowQueries.append(row);
    }
}

} // namespace Pitwall

#include "flushcacheaction.h"

#include "collectorerror.h"
#include "redistarget.h"

#include <QDeadlineTimer>

namespace Pitwall {

namespace {
constexpr int sampleSize = 10;

QString count(qint64 n)
{
    return QString::number(n);
}

/// A pattern that matches every key: made of '*' only.
bool matchesEverything(const QString &pattern)
{
    return !pattern.isEmpty() && pattern.count(QLatin1Char('*')) == pattern.size();
}
} // namespace

FlushCacheAction::FlushCacheAction(ActionRequest request, const Profile &profile, SourceConfig source)
    : Action(std::move(request), profile, std::move(source))
{ }

FlushCacheAction::~FlushCacheAction() = default;

RedisTarget &FlushCacheAction::target()
{
    if (!m_target) {
        const SourceConfig config = actionSource();
        auto target = std::make_unique<RedisTarget>(config, passwordOf(config).toUtf8(), describe(), timeout());
        target->open();
        m_target = std::move(target);
    }
    return *m_target;
}

template<typename Visit> void FlushCacheAction::scan(const QString &address, Visit &&visit)
{
    QByteArray cursor = "0";
    const QByteArray pattern = request().pattern.toUtf8();
    do {
        const RedisReply reply = target().call(
            address, {"SCAN", cursor, "MATCH", pattern, "COUNT", QByteArray::number(batchSize)}, "SCAN");
        if (reply.elements.size() != 2)
            throw CollectorError(describe() + tr(": SCAN answered something else than a cursor and keys"));
        cursor = reply.elements[0].text;
        QList<QByteArray> keys;
        keys.reserve(reply.elements[1].elements.size());
        for (const RedisReply &key : reply.elements[1].elements)
            keys << key.text;
        if (!visit(keys))
            return;
    } while (cursor != "0");
}

ActionPlan FlushCacheAction::plan()
{
    return request().flushDb ? planFlushDb() : planPattern();
}

ActionPlan FlushCacheAction::planPattern()
{
    RedisTarget &redis = target();
    const QString pattern = RedisTarget::quoted(request().pattern.toUtf8());
    ActionPlan plan = newPlan(tr("Flush the keys matching %1 on %2").arg(pattern, source().name));
    qint64 matched = 0;
    qint64 total = 0;
    for (const QString &address : redis.addresses()) {
        qint64 onNode = 0;
        scan(address, [&](const QList<QByteArray> &keys) {
            onNode += keys.size();
            for (const QByteArray &key : keys) {
                if (plan.sample.size() < sampleSize)
                    plan.sample << RedisTarget::quoted(key);
            }
            return true;
        });
        const qint64 size = redis.call(address, {"DBSIZE"}, "DBSIZE").integer;
        matched += onNode;
        total += size;
        plan.touches << tr("%1: %2 of %3 keys in db %4").arg(address, count(onNode), count(size)).arg(redis.database());
        const QString prompt = redis.prompt(address);
        plan.statements << prompt + QStringLiteral("SCAN <cursor> MATCH %1 COUNT %2").arg(pattern).arg(batchSize);
        plan.statements << prompt
                + (redis.isCluster()
                       ? QStringLiteral("UNLINK <key>   (each key of each SCAN batch, pipelined: keys on one "
                                        "node span many slots)")
                       : QStringLiteral("UNLINK <the keys of each SCAN batch, up to %1>").arg(batchSize));
    }
    m_planned = matched;
    plan.estimate
        = tr("%1 keys match, of %2 on %3 node(s)").arg(count(matched), count(total)).arg(redis.addresses().size());
    plan.notes << tr("keys are found again with SCAN when it runs: a matching key written meanwhile is "
                     "removed too, one removed meanwhile is skipped");
    if (matched == 0)
        plan.nothingToDo = true;
    if (matchesEverything(request().pattern)) {
        plan.confirmWord = source().name;
        plan.notes << tr("the pattern matches every key");
    }
    return plan;
}

ActionPlan FlushCacheAction::planFlushDb()
{
    RedisTarget &redis = target();
    ActionPlan plan = newPlan(tr("Flush database %1 of %2 (FLUSHDB ASYNC)").arg(redis.database()).arg(source().name));
    qint64 total = 0;
    for (const QString &address : redis.addresses()) {
        const qint64 size = redis.call(address, {"DBSIZE"}, "DBSIZE").integer;
        total += size;
        plan.touches << tr("%1: every key of db %2 (%3 keys)").arg(address).arg(redis.database()).arg(count(size));
        plan.statements << redis.prompt(address) + QStringLiteral("FLUSHDB ASYNC");
    }
    plan.estimate = tr("%1 keys on %2 node(s)").arg(count(total)).arg(redis.addresses().size());
    plan.confirmWord = source().name;
    plan.notes << tr("ASYNC: the server frees the memory in the background and keeps answering");
    if (total == 0)
        plan.nothingToDo = true;
    return plan;
}

ActionOutcome FlushCacheAction::execute(ActionContext &context)
{
    return request().flushDb ? runFlushDb(context) : runPattern(context);
}

ActionOutcome FlushCacheAction::runPattern(ActionContext &context)
{
    RedisTarget &redis = target();
    ActionOutcome outcome;
    qint64 removed = 0;
    bool cancelled = false;
    for (const QString &address : redis.addresses()) {
        qint64 onNode = 0;
        scan(address, [&](const QList<QByteArray> &keys) {
            if (context.isCancelled()) {
                cancelled = true;
                return false;
            }
            if (keys.isEmpty())
                return true;
            if (!redis.isCluster()) {
                QList<QByteArray> command{"UNLINK"};
                command += keys;
                onNode += redis.call(address, command, "UNLINK").integer;
            } else {
                RedisConnection &node = redis.connection(address);
                for (const QByteArray &key : keys)
                    node.send({"UNLINK", key});
                node.flush("UNLINK");
                const QDeadlineTimer deadline(timeout());
                for (qsizetype i = 0; i < keys.size(); ++i) {
                    const RedisReply reply = node.receive(deadline, "UNLINK");
                    if (reply.type == RedisReply::Type::Error)
                        throw CollectorError(tr("%1, node %2: UNLINK failed: %3")
                                                 .arg(describe(), address, QString::fromUtf8(reply.text)));
                    onNode += reply.integer;
                }
            }
            const qint64 sofar = removed + onNode;
            context.progress(m_planned > 0 ? int(std::min<qint64>(99, sofar * 100 / m_planned)) : -1,
                             tr("%1 keys unlinked").arg(count(sofar)));
            return true;
        });
        removed += onNode;
        outcome.details << tr("%1: %2 keys unlinked").arg(address, count(onNode));
        if (cancelled)
            break;
    }
    outcome.status = cancelled ? ActionOutcome::Status::Cancelled : ActionOutcome::Status::Done;
    outcome.message = tr("%1 keys matching %2 unlinked on %3 node(s)%4")
                          .arg(count(removed), RedisTarget::quoted(request().pattern.toUtf8()))
                          .arg(redis.addresses().size())
                          .arg(cancelled ? tr(" before it was cancelled") : QString());
    return outcome;
}

ActionOutcome FlushCacheAction::runFlushDb(ActionContext &context)
{
    RedisTarget &redis = target();
    ActionOutcome outcome;
    const QStringList addresses = redis.addresses();
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        if (context.isCancelled()) {
            outcome.status = ActionOutcome::Status::Cancelled;
            outcome.message = tr("cancelled after %1 of %2 node(s)").arg(i).arg(addresses.size());
            return outcome;
        }
        context.progress(int(i * 100 / addresses.size()), tr("FLUSHDB ASYNC on %1").arg(addresses[i]));
        const qint64 before = redis.call(addresses[i], {"DBSIZE"}, "DBSIZE").integer;
        redis.call(addresses[i], {"FLUSHDB", "ASYNC"}, "FLUSHDB ASYNC");
        outcome.details << tr("%1: db %2 flushed (%3 keys)").arg(addresses[i]).arg(redis.database()).arg(count(before));
    }
    outcome.status = ActionOutcome::Status::Done;
    outcome.message = tr("database %1 flushed on %2 node(s)").arg(redis.database()).arg(addresses.size());
    return outcome;
}

} // namespace Pitwall

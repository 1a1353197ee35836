#include "redisconnection.h"

#include "collectorerror.h"
#include "connectionhints.h"

#include <QCoreApplication>

#include <hiredis/hiredis.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <vector>

namespace Pitwall {

namespace {

timeval toTimeval(std::chrono::milliseconds duration)
{
    // A zero timeval means "wait forever" to the socket: never hand one over.
    const qint64 ms = std::max<qint64>(1, duration.count());
    return timeval{time_t(ms / 1000), suseconds_t((ms % 1000) * 1000)};
}

struct ReplyDeleter
{
    void operator()(redisReply *reply) const { freeReplyObject(reply); }
};

RedisReply copied(const redisReply *reply)
{
    RedisReply copy;
    switch (reply->type) {
    case REDIS_REPLY_STRING:
        copy.type = RedisReply::Type::String;
        break;
    case REDIS_REPLY_STATUS:
        copy.type = RedisReply::Type::Status;
        break;
    case REDIS_REPLY_ERROR:
        copy.type = RedisReply::Type::Error;
        break;
    case REDIS_REPLY_INTEGER:
        copy.type = RedisReply::Type::Integer;
        copy.integer = reply->integer;
        return copy;
    case REDIS_REPLY_ARRAY:
        copy.type = RedisReply::Type::Array;
        copy.elements.reserve(qsizetype(reply->elements));
        for (size_t i = 0; i < reply->elements; ++i)
            copy.elements.append(copied(reply->element[i]));
        return copy;
    default:
        return copy;
    }
    copy.text = QByteArray(reply->str, qsizetype(reply->len));
    return copy;
}

} // namespace

void RedisConnection::ContextDeleter::operator()(redisContext *context) const
{
    redisFree(context);
}

RedisConnection::RedisConnection(std::chrono::milliseconds timeout)
    : m_timeout(timeout)
{ }

RedisConnection::~RedisConnection() = default;

void RedisConnection::fail(const char *what)
{
    fail(QLatin1String(what));
}

void RedisConnection::fail(const QString &what)
{
    const int error = errno;
    QString reason;
    if (!m_context) {
        reason = QStringLiteral("out of memory");
    } else if (m_context->err == REDIS_ERR_IO
               && (error == EAGAIN || error == EWOULDBLOCK || error == ETIMEDOUT
                   || std::strstr(m_context->errstr, "temporarily unavailable")
                   || std::strstr(m_context->errstr, "timed out"))) {
        reason = ConnectionHints::noAnswer(m_timeout);
    } else if (m_context->err == REDIS_ERR_IO && (error == ECONNREFUSED || std::strstr(m_context->errstr, "refused"))) {
        reason = ConnectionHints::refused();
    } else if (m_context->err == REDIS_ERR_EOF) {
        reason = QCoreApplication::translate("Pitwall::RedisConnection", "the server closed the connection");
    } else if (m_context->err == REDIS_ERR_PROTOCOL) {
        reason = QCoreApplication::translate("Pitwall::RedisConnection",
                                             "the reply is not Redis protocol — is this port a Redis server?");
    } else {
        reason = QString::fromLocal8Bit(m_context->errstr);
    }
    m_context.reset();
    throw CollectorError(what + QLatin1String(": ") + reason);
}

void RedisConnection::open(const QByteArray &host, int port)
{
    errno = 0;
    m_context.reset(redisConnectWithTimeout(host.constData(), port, toTimeval(m_timeout)));
    if (!m_context || m_context->err)
        fail(QCoreApplication::translate("Pitwall::RedisConnection", "cannot connect"));
}

void RedisConnection::close()
{
    m_context.reset();
}

void RedisConnection::send(const QList<QByteArray> &arguments)
{
    std::vector<const char *> argv;
    std::vector<size_t> lengths;
    for (const auto &argument : arguments) {
        argv.push_back(argument.constData());
        lengths.push_back(size_t(argument.size()));
    }
    if (redisAppendCommandArgv(m_context.get(), int(argv.size()), argv.data(), lengths.data()) != REDIS_OK)
        fail(arguments.isEmpty() ? "command" : arguments.first().constData());
}

void RedisConnection::flush(const char *what)
{
    redisSetTimeout(m_context.get(), toTimeval(m_timeout));
    int done = 0;
    while (!done) {
        errno = 0;
        if (redisBufferWrite(m_context.get(), &done) != REDIS_OK)
            fail(what);
    }
}

RedisReply RedisConnection::receive(const QDeadlineTimer &deadline, const char *what)
{
    redisSetTimeout(m_context.get(), toTimeval(std::chrono::milliseconds(deadline.remainingTime())));
    void *raw = nullptr;
    errno = 0;
    if (redisGetReply(m_context.get(), &raw) != REDIS_OK || !raw)
        fail(what);
    const std::unique_ptr<redisReply, ReplyDeleter> reply(static_cast<redisReply *>(raw));
    return copied(reply.get());
}

RedisReply RedisConnection::call(const QList<QByteArray> &arguments, const char *what)
{
    send(arguments);
    flush(what);
    RedisReply reply = receive(QDeadlineTimer(m_timeout), what);
    if (reply.type == RedisReply::Type::Error)
        throw CollectorError(QLatin1String(what) + QLatin1String(" failed: ") + QString::fromUtf8(reply.text)
                                 + redisErrorHint(reply.text),
                             redisErrorKind(reply.text));
    return reply;
}

CollectorError::Kind redisErrorKind(const QByteArray &error)
{
    return error.startsWith("NOAUTH") || error.startsWith("WRONGPASS") ? CollectorError::Kind::Authentication
                                                                       : CollectorError::Kind::Other;
}

QString redisErrorHint(const QByteArray &error)
{
    if (error.startsWith("NOAUTH"))
        return QCoreApplication::translate(
            "Pitwall::RedisConnection",
            " — the server needs a password: name its environment variable in the profile "
            "(url: redis://user@host:port/0 and password: ${VAR}, or password: keychain)");
    if (error.startsWith("WRONGPASS"))
        return QCoreApplication::translate("Pitwall::RedisConnection", " — the user or password is wrong");
    if (error.startsWith("NOPERM"))
        return QCoreApplication::translate(
            "Pitwall::RedisConnection",
            " — the ACL user lacks a permission Pitwall needs (INFO, SLOWLOG, CLUSTER NODES)");
    return {};
}

} // namespace Pitwall

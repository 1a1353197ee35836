#pragma once

#include "collectorerror.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QList>

#include <chrono>
#include <memory>

struct redisContext;

namespace Pitwall {

/// One reply of a Redis server, copied out of hiredis.
struct RedisReply
{
    enum class Type { Nil, String, Status, Integer, Array, Error };
    Type type = Type::Nil;
    /// String, Status and Error replies.
    QByteArray text;
    qint64 integer = 0;
    QList<RedisReply> elements;
};

/// A blocking connection to one Redis server (hiredis), used on one thread
/// only. Commands are queued with send() and their replies read with
/// receive(), so that several servers can be asked at once and a hung one
/// costs no more than the deadline. Failures throw CollectorError with a
/// message that names the step and the reason, not the source: the caller
/// puts that in front.
class RedisConnection
{
public:
    /// @p timeout: the longest a connect or a round of replies may take.
    explicit RedisConnection(std::chrono::milliseconds timeout);
    ~RedisConnection();
    RedisConnection(const RedisConnection &) = delete;
    RedisConnection &operator=(const RedisConnection &) = delete;

    bool isOpen() const { return bool(m_context); }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    /// Connects over TCP (the server's answers come later, with the replies).
    void open(const QByteArray &host, int port);
    void close();

    /// Queues one command, given as separate arguments (no quoting, binary safe).
    void send(const QList<QByteArray> &arguments);
    /// Writes what send() queued.
    void flush(const char *what);
    /// The next reply, read before @p deadline. An error reply is returned, not thrown.
    RedisReply receive(const QDeadlineTimer &deadline, const char *what);
    /// send(), flush() and receive() within the timeout; an error reply throws.
    RedisReply call(const QList<QByteArray> &arguments, const char *what);

private:
    struct ContextDeleter
    {
        void operator()(redisContext *context) const;
    };
    /// Throws what went wrong with @p what (a command's name, or what was being done).
    [[noreturn]] void fail(const char *what);
    [[noreturn]] void fail(const QString &what);

    std::chrono::milliseconds m_timeout;
    std::unique_ptr<redisContext, ContextDeleter> m_context;
};

/// The action a person can take on an error reply: NOAUTH, WRONGPASS, NOPERM…
/// explained; empty for other errors.
QString redisErrorHint(const QByteArray &error);
/// Kind::Authentication for NOAUTH and WRONGPASS.
CollectorError::Kind redisErrorKind(const QByteArray &error);

} // namespace Pitwall

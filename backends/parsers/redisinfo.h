#pragma once

#include <QByteArrayView>
#include <QMap>
#include <QString>

#include <optional>

namespace Pitwall {

/// The reply to Redis' INFO, parsed. Knows no hiredis type: it reads text, so
/// it can be tested and fuzzed on its own.
struct RedisInfo
{
    struct Keyspace
    {
        qint64 keys = 0;
        qint64 expires = 0;
        qint64 avgTtl = 0;
    };

    /// Section name in lower case ("stats", "memory", …) → field → value.
    QMap<QString, QMap<QString, QString>> sections;
    /// db index → the keyspace line of that database.
    QMap<int, Keyspace> keyspace;

    /// The value of @p field in whichever section holds it; empty if none does.
    QString value(const QString &field) const;
    std::optional<double> number(const QString &field) const;

    /// Reads INFO text: "# Section" headers, "field:value" lines, CRLF or LF.
    /// Lines it does not understand are skipped; it never fails.
    static RedisInfo parse(QByteArrayView text);
};

/// Splits "a=1,b=x" into its pairs (keyspace lines, replica lines).
QMap<QString, QString> parseRedisPairs(QByteArrayView text);

} // namespace Pitwall

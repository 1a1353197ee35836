#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace Pitwall {

/// The reply to Redis' INFO, parsed. Knows no hiredis type: it reads text, so
/// it can be tested and fuzzed on its own. The text is kept and each field is
/// where it stands in it: a poll allocates for the reply, not for each field.
class RedisInfo
{
public:
    struct Keyspace
    {
        qint64 keys = 0;
        qint64 expires = 0;
        qint64 avgTtl = 0;
    };

    /// Reads INFO text: "# Section" headers, "field:value" lines, CRLF or LF.
    /// Lines it does not understand are skipped; it never fails.
    static RedisInfo parse(QByteArray text);

    /// The value of @p field in whichever section holds it first; empty if none does.
    QByteArrayView raw(QByteArrayView field) const;
    QString value(QByteArrayView field) const { return QString::fromUtf8(raw(field)); }
    std::optional<double> number(QByteArrayView field) const;

    /// Whether the reply has section @p name (any case), even an empty one.
    bool hasSection(QByteArrayView name) const;
    /// The fields of section @p name (any case) and their values, in the reply's order.
    QList<std::pair<QByteArrayView, QByteArrayView>> fields(QByteArrayView section) const;
    /// db index → the keyspace line of that database.
    const QMap<int, Keyspace> &keyspace() const { return m_keyspace; }

private:
    struct Span
    {
        qsizetype from = 0;
        qsizetype size = 0;
    };
    struct Field
    {
        int section; // index into m_sections
        Span name;
        Span value;
    };
    QByteArrayView at(Span span) const { return QByteArrayView(m_text).sliced(span.from, span.size); }

    QByteArray m_text;
    std::vector<Span> m_sections;
    std::vector<Field> m_fields;
    QMap<int, Keyspace> m_keyspace;
};

/// Splits "a=1,b=x" into its pairs (keyspace lines, replica lines).
QMap<QString, QString> parseRedisPairs(QByteArrayView text);

} // namespace Pitwall

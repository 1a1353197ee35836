#include "redisinfo.h"

namespace Pitwall {

namespace {
QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\r'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.chop(1);
    return text;
}
} // namespace

QMap<QString, QString> parseRedisPairs(QByteArrayView text)
{
    QMap<QString, QString> pairs;
    while (!text.isEmpty()) {
        const qsizetype comma = text.indexOf(',');
        const QByteArrayView pair = comma < 0 ? text : text.first(comma);
        text = comma < 0 ? QByteArrayView() : text.sliced(comma + 1);
        const qsizetype eq = pair.indexOf('=');
        if (eq <= 0)
            continue;
        pairs.insert(QString::fromUtf8(pair.first(eq)), QString::fromUtf8(pair.sliced(eq + 1)));
    }
    return pairs;
}

RedisInfo RedisInfo::parse(QByteArrayView text)
{
    RedisInfo info;
    QString section;
    while (!text.isEmpty()) {
        const qsizetype newline = text.indexOf('\n');
        const QByteArrayView line = trimmed(newline < 0 ? text : text.first(newline));
        text = newline < 0 ? QByteArrayView() : text.sliced(newline + 1);
        if (line.isEmpty())
            continue;
        if (line.front() == '#') {
            section = QString::fromUtf8(trimmed(line.sliced(1))).toLower();
            info.sections[section];
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArrayView field = line.first(colon);
        const QByteArrayView value = line.sliced(colon + 1);
        info.sections[section].insert(QString::fromUtf8(field), QString::fromUtf8(value));

        if (field.size() > 2 && field.startsWith("db")) {
            bool ok = false;
            const int db = QByteArrayView(field.sliced(2)).toInt(&ok);
            if (!ok || db < 0)
                continue;
            const auto pairs = parseRedisPairs(value);
            Keyspace keyspace;
            keyspace.keys = pairs.value(QStringLiteral("keys")).toLongLong();
            keyspace.expires = pairs.value(QStringLiteral("expires")).toLongLong();
            keyspace.avgTtl = pairs.value(QStringLiteral("avg_ttl")).toLongLong();
            info.keyspace.insert(db, keyspace);
        }
    }
    return info;
}

QString RedisInfo::value(const QString &field) const
{
    for (const auto &fields : sections) {
        const auto it = fields.constFind(field);
        if (it != fields.cend())
            return *it;
    }
    return {};
}

std::optional<double> RedisInfo::number(const QString &field) const
{
    bool ok = false;
    const double parsed = value(field).toDouble(&ok);
    return ok ? std::optional<double>(parsed) : std::nullopt;
}

} // namespace Pitwall

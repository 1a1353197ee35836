#include "redisinfo.h"

#include <charconv>

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

/// The value of @p key in "a=1,b=x", or nothing.
std::optional<qint64> pairNumber(QByteArrayView pairs, QByteArrayView key)
{
    while (!pairs.isEmpty()) {
        const qsizetype comma = pairs.indexOf(',');
        const QByteArrayView pair = comma < 0 ? pairs : pairs.first(comma);
        pairs = comma < 0 ? QByteArrayView() : pairs.sliced(comma + 1);
        if (pair.size() > key.size() && pair.startsWith(key) && pair.at(key.size()) == '=') {
            bool ok = false;
            const qint64 value = pair.sliced(key.size() + 1).toLongLong(&ok);
            return ok ? std::optional<qint64>(value) : std::nullopt;
        }
    }
    return std::nullopt;
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

RedisInfo RedisInfo::parse(QByteArray text)
{
    RedisInfo info;
    info.m_text = std::move(text);
    const QByteArrayView whole(info.m_text);
    const auto spanOf = [&whole](QByteArrayView part) {
        return Span{qsizetype(part.data() - whole.data()), part.size()};
    };
    info.m_sections.push_back(Span{}); // fields before any header
    QByteArrayView rest = whole;
    while (!rest.isEmpty()) {
        const qsizetype newline = rest.indexOf('\n');
        const QByteArrayView line = trimmed(newline < 0 ? rest : rest.first(newline));
        rest = newline < 0 ? QByteArrayView() : rest.sliced(newline + 1);
        if (line.isEmpty())
            continue;
        if (line.front() == '#') {
            info.m_sections.push_back(spanOf(trimmed(line.sliced(1))));
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArrayView field = line.first(colon);
        const QByteArrayView value = line.sliced(colon + 1);
        info.m_fields.push_back(Field{int(info.m_sections.size()) - 1, spanOf(field), spanOf(value)});

        if (field.size() > 2 && field.startsWith("db")) {
            bool ok = false;
            const int db = field.sliced(2).toInt(&ok);
            if (!ok || db < 0)
                continue;
            Keyspace keyspace;
            keyspace.keys = pairNumber(value, "keys").value_or(0);
            keyspace.expires = pairNumber(value, "expires").value_or(0);
            keyspace.avgTtl = pairNumber(value, "avg_ttl").value_or(0);
            info.m_keyspace.insert(db, keyspace);
        }
    }
    return info;
}

QByteArrayView RedisInfo::raw(QByteArrayView field) const
{
    for (const Field &candidate : m_fields) {
        if (at(candidate.name) == field)
            return at(candidate.value);
    }
    return {};
}

std::optional<double> RedisInfo::number(QByteArrayView field) const
{
    const QByteArrayView text = raw(field);
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (!text.isEmpty() && error == std::errc() && end == text.data() + text.size())
        return value;
    // What from_chars does not take (a leading '+', an overflow) Qt decides.
    bool ok = false;
    value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

bool RedisInfo::hasSection(QByteArrayView name) const
{
    for (std::size_t i = 1; i < m_sections.size(); ++i) {
        if (at(m_sections[i]).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QList<std::pair<QByteArrayView, QByteArrayView>> RedisInfo::fields(QByteArrayView section) const
{
    QList<std::pair<QByteArrayView, QByteArrayView>> found;
    for (const Field &field : m_fields) {
        if (field.section > 0 && at(m_sections[std::size_t(field.section)]).compare(section, Qt::CaseInsensitive) == 0)
            found.append({at(field.name), at(field.value)});
    }
    return found;
}

} // namespace Pitwall

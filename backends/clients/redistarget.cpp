#include "redistarget.h"

#include "collectorerror.h"
#include "redisclusternode.h"
#include "redisinfo.h"

#include <QCoreApplication>

namespace Pitwall {

namespace {
constexpr int slotCount = 16384;

quint16 crc16(QByteArrayView data)
{
    // CRC-16/XMODEM, as Redis Cluster hashes keys.
    quint16 crc = 0;
    for (const char byte : data) {
        crc ^= quint16(quint8(byte)) << 8;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x8000) ? quint16((crc << 1) ^ 0x1021) : quint16(crc << 1);
    }
    return crc;
}
} // namespace

RedisTarget::RedisTarget(const SourceConfig &source, QByteArray password, QString where,
                         std::chrono::milliseconds timeout)
    : m_source(source)
    , m_password(std::move(password))
    , m_where(std::move(where))
    , m_timeout(timeout)
{ }

RedisTarget::~RedisTarget() = default;

RedisConnection &RedisTarget::connect(const QString &address)
{
    auto &slot = m_connections[address];
    if (slot && slot->isOpen())
        return *slot;
    slot = std::make_unique<RedisConnection>(m_timeout);
    const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
    try {
        slot->open(address.left(colon).toUtf8(), address.mid(colon + 1).toInt());
        if (!m_password.isEmpty()) {
            const QByteArray user = m_source.url.userName().toUtf8();
            slot->call(user.isEmpty() ? QList<QByteArray>{"AUTH", m_password}
                                      : QList<QByteArray>{"AUTH", user, m_password},
                       "AUTH");
        }
        if (!m_cluster && m_database != 0)
            slot->call({"SELECT", QByteArray::number(m_database)}, "SELECT");
    } catch (const CollectorError &error) {
        slot.reset();
        throw CollectorError(QStringLiteral("%1, node %2: %3").arg(m_where, address, error.message()));
    }
    return *slot;
}

RedisConnection &RedisTarget::connection(const QString &address)
{
    return connect(address);
}

void RedisTarget::open()
{
    if (m_source.url.scheme() != QLatin1String("redis"))
        throw CollectorError(QCoreApplication::translate("Pitwall::RedisTarget",
                                                         "%1: only redis:// is supported (no TLS in this build's "
                                                         "hiredis); %2:// is refused so that nothing is sent in the "
                                                         "clear")
                                 .arg(m_where, m_source.url.scheme()));
    const QString seed = m_source.url.host() + QLatin1Char(':') + QString::number(m_source.url.port(6379));
    m_database = m_source.url.path().mid(1).toInt();
    m_cluster = false;
    m_addresses = {seed};
    RedisConnection &first = connect(seed);
    const RedisInfo info = RedisInfo::parse(call(seed, {"INFO", "cluster"}, "INFO").text);
    if (info.raw("cluster_enabled") != "1")
        return;

    m_cluster = true;
    if (m_database != 0)
        throw CollectorError(QCoreApplication::translate("Pitwall::RedisTarget",
                                                         "%1: a Redis Cluster has only database 0, the URL names %2")
                                 .arg(m_where)
                                 .arg(m_database));
    const QByteArray nodes = call(seed, {"CLUSTER", "NODES"}, "CLUSTER NODES").text;
    const QString seedHost = m_source.url.host();
    m_addresses.clear();
    for (const RedisClusterNode &node : RedisClusterNode::parse(nodes)) {
        if (!node.isPrimary() || !node.isPollable() || node.hasFlag("fail"))
            continue;
        m_addresses << (node.host.isEmpty() ? seedHost : node.host) + QLatin1Char(':') + QString::number(node.port);
    }
    m_addresses.sort();
    Q_UNUSED(first)
    readSlots(seed);
    for (const QString &address : std::as_const(m_addresses))
        connect(address);
}

void RedisTarget::readSlots(const QString &address)
{
    m_slots.clear();
    const RedisReply reply = call(address, {"CLUSTER", "SLOTS"}, "CLUSTER SLOTS");
    for (const RedisReply &range : reply.elements) {
        if (range.elements.size() < 3 || range.elements[2].elements.size() < 2)
            continue;
        QString host = QString::fromUtf8(range.elements[2].elements[0].text);
        if (host.isEmpty())
            host = m_source.url.host();
        const QString owner = host + QLatin1Char(':') + QString::number(range.elements[2].elements[1].integer);
        m_slots.insert(int(range.elements[0].integer), {int(range.elements[1].integer), owner});
    }
}

QString RedisTarget::addressFor(QByteArrayView key) const
{
    if (!m_cluster)
        return m_addresses.constFirst();
    const int slot = keySlot(key);
    auto it = m_slots.upperBound(slot);
    if (it != m_slots.cbegin()) {
        --it;
        if (slot <= it->first)
            return it->second;
    }
    throw CollectorError(
        QCoreApplication::translate("Pitwall::RedisTarget", "%1: no node serves hash slot %2 — is the cluster healthy?")
            .arg(m_where)
            .arg(slot));
}

RedisReply RedisTarget::call(const QString &address, const QList<QByteArray> &arguments, const char *what)
{
    RedisConnection &node = connect(address);
    try {
        return node.call(arguments, what);
    } catch (const CollectorError &error) {
        if (!node.isOpen())
            m_connections.erase(address);
        throw CollectorError(QStringLiteral("%1, node %2: %3").arg(m_where, address, error.message()));
    }
}

QString RedisTarget::prompt(const QString &address) const
{
    return m_database != 0 ? QStringLiteral("%1[%2]> ").arg(address).arg(m_database) : address + QLatin1String("> ");
}

int RedisTarget::keySlot(QByteArrayView key)
{
    // Only the part between the first '{' and the next '}' is hashed, when it is not empty.
    const qsizetype open = key.indexOf('{');
    if (open >= 0) {
        const qsizetype close = key.sliced(open + 1).indexOf('}');
        if (close > 0)
            key = key.sliced(open + 1, close);
    }
    return crc16(key) % slotCount;
}

QString RedisTarget::quoted(QByteArrayView argument)
{
    bool plain = !argument.isEmpty();
    for (const char c : argument) {
        const auto u = quint8(c);
        if (u <= 0x20 || u == 0x7f || c == '"' || c == '\'' || c == '\\')
            plain = false;
    }
    const QString text = QString::fromUtf8(argument);
    if (plain && text.toUtf8() == argument)
        return text;
    QString out = QStringLiteral("\"");
    // Valid UTF-8 stays readable; anything else is escaped byte by byte.
    const bool utf8 = text.toUtf8() == argument;
    if (utf8) {
        for (const QChar c : text) {
            switch (c.unicode()) {
            case '"':
                out += QLatin1String("\\\"");
                break;
            case '\\':
                out += QLatin1String("\\\\");
                break;
            case '\n':
                out += QLatin1String("\\n");
                break;
            case '\r':
                out += QLatin1String("\\r");
                break;
            case '\t':
                out += QLatin1String("\\t");
                break;
            default:
                if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                    out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
                else
                    out += c;
            }
        }
    } else {
        for (const char c : argument) {
            const auto u = quint8(c);
            if (u >= 0x20 && u < 0x7f && c != '"' && c != '\\')
                out += QLatin1Char(c);
            else
                out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        }
    }
    return out + QLatin1Char('"');
}

} // namespace Pitwall

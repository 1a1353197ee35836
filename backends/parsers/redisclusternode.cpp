#include "redisclusternode.h"

namespace Pitwall {

QList<RedisClusterNode> RedisClusterNode::parse(QByteArrayView text)
{
    QList<RedisClusterNode> nodes;
    const QList<QByteArray> lines = text.toByteArray().split('\n');
    for (const QByteArray &rawLine : lines) {
        const QList<QByteArray> fields = rawLine.trimmed().simplified().split(' ');
        if (fields.size() < 8)
            continue;
        RedisClusterNode node;
        node.id = QString::fromUtf8(fields[0]);
        // ip:port@cport[,hostname]; IPv6 addresses hold colons, the port follows the last one.
        QByteArray address = fields[1];
        if (const qsizetype at = address.indexOf('@'); at >= 0)
            address.truncate(at);
        else if (const qsizetype comma = address.indexOf(','); comma >= 0)
            address.truncate(comma);
        const qsizetype colon = address.lastIndexOf(':');
        if (colon < 0)
            continue;
        bool ok = false;
        node.port = address.mid(colon + 1).toInt(&ok);
        if (!ok || node.port < 0 || node.port > 65535)
            continue;
        node.host = QString::fromUtf8(address.left(colon));
        if (node.host.startsWith(QLatin1Char('[')) && node.host.endsWith(QLatin1Char(']')))
            node.host = node.host.mid(1, node.host.size() - 2);
        for (const QByteArray &flag : fields[2].split(','))
            if (!flag.isEmpty())
                node.flags << QString::fromUtf8(flag);
        if (fields[3] != "-")
            node.primaryId = QString::fromUtf8(fields[3]);
        node.connected = fields[7] == "connected";
        nodes.append(node);
    }
    return nodes;
}

} // namespace Pitwall

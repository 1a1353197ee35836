// libFuzzer target: Redis INFO and CLUSTER NODES text, as a server (or something
// pretending to be one) may send it.

#include "redisclusternode.h"
#include "redisinfo.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto info = Pitwall::RedisInfo::parse(text.toByteArray());
    // Touch what the collector reads, so the lookups are exercised too.
    (void)info.number("keyspace_hits");
    (void)info.value("role");
    for (const auto &keyspace : info.keyspace())
        (void)keyspace.keys;
    (void)info.fields("replication");
    (void)Pitwall::parseRedisPairs(text);
    for (const auto &node : Pitwall::RedisClusterNode::parse(text))
        (void)node.isPollable();
    return 0;
}

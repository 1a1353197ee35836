#include "collectorfactory.h"

#include "collectorerror.h"
#include "postgrescollector.h"
#include "rediscollector.h"

namespace Pitwall {

namespace {
/// Stands in for a kind this build cannot poll, and says so in the source's status.
class UnsupportedCollector : public Collector
{
public:
    using Collector::Collector;

protected:
    void open() override
    {
        throw CollectorError(QStringLiteral("%1: this version of Pitwall cannot poll %2 sources yet")
                                 .arg(describe(), sourceKindName(source().kind)));
    }
    PollResult poll() override { return {}; }
    void close() override { }
};
} // namespace

std::unique_ptr<Collector> createCollector(const SourceConfig &source, const Profile &profile)
{
    switch (source.kind) {
    case SourceKind::Postgres:
        return std::make_unique<PostgresCollector>(source, profile);
    case SourceKind::Redis:
        return std::make_unique<RedisCollector>(source, profile);
    case SourceKind::PgBouncer:
    case SourceKind::ClickHouse:
    case SourceKind::Prometheus:
    case SourceKind::Metrics:
        break;
    }
    return std::make_unique<UnsupportedCollector>(source, profile);
}

} // namespace Pitwall

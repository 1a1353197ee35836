#include "collectorfactory.h"

#include "clickhousecollector.h"
#include "metricscollector.h"
#include "pgbouncercollector.h"
#include "postgrescollector.h"
#include "prometheuscollector.h"
#include "rediscollector.h"
#include "sqlitecollector.h"

namespace Pitwall {

std::unique_ptr<Collector> createCollector(const SourceConfig &source, const Profile &profile)
{
    switch (source.kind) {
    case SourceKind::Postgres:
        return std::make_unique<PostgresCollector>(source, profile);
    case SourceKind::Redis:
        return std::make_unique<RedisCollector>(source, profile);
    case SourceKind::PgBouncer:
        return std::make_unique<PgBouncerCollector>(source, profile);
    case SourceKind::ClickHouse:
        return std::make_unique<ClickHouseCollector>(source, profile);
    case SourceKind::Prometheus:
        return std::make_unique<PrometheusCollector>(source, profile);
    case SourceKind::Metrics:
        return std::make_unique<MetricsCollector>(source, profile);
    case SourceKind::Sqlite:
        return std::make_unique<SqliteCollector>(source, profile);
    }
    Q_UNREACHABLE();
}

} // namespace Pitwall

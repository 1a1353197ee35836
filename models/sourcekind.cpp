#include "sourcekind.h"

#include <QStringList>

#include <array>
#include <utility>

namespace Pitwall {

namespace {
constexpr std::array<std::pair<SourceKind, const char *>, 7> kinds{{
    {SourceKind::Postgres, "postgres"},
    {SourceKind::PgBouncer, "pgbouncer"},
    {SourceKind::Redis, "redis"},
    {SourceKind::ClickHouse, "clickhouse"},
    {SourceKind::Prometheus, "prometheus"},
    {SourceKind::Metrics, "metrics"},
    {SourceKind::Sqlite, "sqlite"},
}};
} // namespace

QString sourceKindName(SourceKind kind)
{
    for (const auto &[k, name] : kinds) {
        if (k == kind)
            return QLatin1String(name);
    }
    Q_UNREACHABLE();
}

std::optional<SourceKind> sourceKindFromName(const QString &name)
{
    for (const auto &[k, kindName] : kinds) {
        if (name == QLatin1String(kindName))
            return k;
    }
    return std::nullopt;
}

QString sourceKindNames()
{
    QStringList names;
    for (const auto &[k, name] : kinds)
        names << QLatin1String(name);
    return names.join(QLatin1String(" | "));
}

} // namespace Pitwall

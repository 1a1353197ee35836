#pragma once

#include <QString>

#include <optional>

namespace Pitwall {

/// The kinds of source a profile can name (DESIGN.md, profile).
enum class SourceKind { Postgres, PgBouncer, Redis, ClickHouse, Prometheus, Metrics, Sqlite };

QString sourceKindName(SourceKind kind);
std::optional<SourceKind> sourceKindFromName(const QString &name);
/// Every kind's name, for messages that list what is accepted.
QString sourceKindNames();

} // namespace Pitwall

#pragma once

#include <QString>
#include <QStringList>

namespace Pitwall {

/// The names apply-index gives the indexes it builds, and how Pitwall knows
/// its own: a deterministic name (`pitwall_<table>_<columns>_idx`, cut to
/// PostgreSQL's 63 bytes with a hash of the whole) and a comment on the index.
namespace IndexName {

/// The prefix of every index Pitwall builds.
inline QString prefix()
{
    return QStringLiteral("pitwall_");
}

/// The comment apply-index puts on an index it built; drop-index drops only those.
inline QString marker()
{
    return QStringLiteral("pitwall apply-index");
}

/// `pitwall_<table>_<a>_<b>_idx` (`_key` for a unique index); longer than
/// 63 bytes, cut on a character boundary and ended with 8 hex digits of a
/// hash of the schema, table and columns.
QString forColumns(const QString &schema, const QString &table, const QStringList &columns, bool unique = false);

} // namespace IndexName
} // namespace Pitwall

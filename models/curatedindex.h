#pragma once

#include <QString>
#include <QStringList>

namespace Pitwall {

/// An index a profile asks to ensure on a postgres source (`indexes:` of the
/// source), as the platforms' performance guides list them for known schemas:
/// `{table: public.transactions, columns: [user_id, created_at]}`. The index
/// advisor shows a missing one beside its own recommendations, marked curated.
struct CuratedIndex
{
    /// The table in SQL spelling (`public.transactions`, `"My Table"`).
    QString table;
    /// Column names as the catalog spells them, leading column first.
    QStringList columns;

    bool operator==(const CuratedIndex &other) const { return table == other.table && columns == other.columns; }
};

} // namespace Pitwall

#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <string>

namespace pqxx {
class transaction_base;
}

namespace Pitwall {

/// A PostgreSQL relation an action works on, as the catalog names it.
struct PgRelation
{
    quint32 oid = 0;
    QString schema;
    QString name;
    /// pg_class.relkind: r table, i index, m materialized view, p partitioned table, t TOAST…
    QString kind;
    qint64 bytes = 0;

    /// `schema.name` for a person (not for SQL).
    QString display() const { return schema + QLatin1Char('.') + name; }
    /// `"schema"."name"`, quoted by libpqxx for SQL.
    std::string quoted(pqxx::transaction_base &tx) const;

    /// The relation @p text names in SQL spelling (`public.orders`,
    /// `"My Table"`), resolved by the server's to_regclass() from a bound
    /// parameter; nothing when there is none.
    static std::optional<PgRelation> resolve(pqxx::transaction_base &tx, const QString &text);
    /// pg_index.indkey as text (an int2vector, `2 5`): the indexed columns' numbers.
    static QList<int> indexKeys(const QString &indkey);
};

} // namespace Pitwall

#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <pqxx/connection>
#include <pqxx/field>

#include <optional>
#include <string>

namespace Pitwall::Advisor {

inline QString text(const pqxx::field &field)
{
    return field.is_null() ? QString() : QString::fromUtf8(field.c_str());
}

inline bool isSystemSchema(const QString &schema)
{
    return schema == QLatin1String("pg_catalog") || schema == QLatin1String("information_schema")
        || schema.startsWith(QLatin1String("pg_toast")) || schema.startsWith(QLatin1String("pg_temp"));
}

struct Table
{
    quint32 oid = 0;
    QString schema;
    QString name;
    QString kind;
    /// Named unqualified, and found in a schema the advisor's search path does not reach (the workload's
    /// clients set theirs): its statements are planned with that schema on the path.
    bool offSearchPath = false;
};

struct ColumnInfo
{
    int attnum = 0;
    QString name;
    QString type;
    bool btree = false;
};

struct ExistingIndex
{
    QString name;
    QList<int> keys;
    bool valid = false;
    bool plain = false; ///< no predicate, no expression
    bool pitwalls = false;
    quint32 oid = 0;
};

/// The catalog of the database the advisor is in, cached for one database's advice.
class AdvisorCatalog
{
public:
    /// The schemas (quoted) of the extensions the advisor uses; empty when one is not installed.
    struct Extensions
    {
        std::string hypopg;
        std::string qualstats;
    };

    explicit AdvisorCatalog(pqxx::connection &connection)
        : m_connection(connection)
    { }

    Extensions extensions();
    /// The table @p schema.@p name names. With @p schema empty: the search path's, else the one table of that
    /// name in any other schema (offSearchPath); nothing when none is, or several are (schemasHolding()).
    std::optional<Table> resolve(const QString &schema, const QString &name);
    /// The schemas outside the system ones with a table, view or materialised view named @p name.
    QStringList schemasHolding(const QString &name);
    std::optional<Table> resolveOid(quint32 oid);
    /// The table a qualified or unqualified name such as a profile's curated index names.
    std::optional<Table> resolveName(const QString &name);
    /// A table known from another query.
    void remember(const Table &table) { m_tablesByOid.insert(table.oid, table); }
    bool knows(quint32 oid) const { return m_tablesByOid.contains(oid); }
    /// A table resolved before; an empty one if none was.
    Table table(quint32 oid) const { return m_tablesByOid.value(oid); }
    /// The column @p attnum of @p table, or (attnum 0) the one named @p name.
    std::optional<ColumnInfo> column(quint32 table, int attnum, const QString &name);
    QList<ExistingIndex> existingIndexes(quint32 table);
    /// Whether a valid plain btree of @p table leads with @p attnums.
    bool covered(quint32 table, const QList<int> &attnums);
    std::string quotedTable(quint32 table);
    /// A table's updates since the statistics were reset, and how many of them were HOT.
    struct Updates
    {
        double total = 0;
        double hot = 0;
    };
    Updates updates(quint32 table);

private:
    pqxx::connection &m_connection;
    QHash<QString, std::optional<Table>> m_tables;
    QHash<quint32, Table> m_tablesByOid;
    QHash<QString, std::optional<ColumnInfo>> m_columns;
    QHash<quint32, QList<ExistingIndex>> m_indexes;
};

} // namespace Pitwall::Advisor

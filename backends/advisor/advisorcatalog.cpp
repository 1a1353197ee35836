#include "advisorcatalog.h"

#include "indexname.h"
#include "pgrelation.h"

#include <pqxx/nontransaction>
#include <pqxx/result>

namespace Pitwall::Advisor {

namespace {

/// Whether a column's type has a btree operator class (its own, a binary-coercible one's, or a polymorphic one's).
const char *const btreeTypeSql
    = "EXISTS (SELECT 1 FROM pg_opclass oc JOIN pg_am am ON am.oid = oc.opcmethod "
      "  WHERE am.amname = 'btree' AND oc.opcdefault AND ("
      "    oc.opcintype = coalesce(nullif(t.typbasetype, 0), t.oid) "
      "    OR oc.opcintype IN (SELECT c.casttarget FROM pg_cast c "
      "      WHERE c.castsource = coalesce(nullif(t.typbasetype, 0), t.oid) AND c.castmethod = 'b') "
      "    OR (oc.opcintype = 'anyarray'::regtype AND t.typcategory = 'A') "
      "    OR (oc.opcintype = 'anyenum'::regtype AND t.typtype = 'e') "
      "    OR (oc.opcintype = 'anyrange'::regtype AND t.typtype = 'r')))";

Table tableOf(const pqxx::row &row)
{
    return Table{row[0].as<quint32>(), text(row[1]), text(row[2]), text(row[3])};
}

} // namespace

AdvisorCatalog::Extensions AdvisorCatalog::extensions()
{
    pqxx::nontransaction tx(m_connection);
    const auto rows = tx.exec("SELECT e.extname, quote_ident(n.nspname) FROM pg_extension e "
                              "JOIN pg_namespace n ON n.oid = e.extnamespace "
                              "WHERE e.extname IN ('hypopg', 'pg_qualstats')");
    Extensions found;
    for (const auto &row : rows) {
        if (text(row[0]) == QLatin1String("hypopg"))
            found.hypopg = row[1].c_str();
        else
            found.qualstats = row[1].c_str();
    }
    return found;
}

std::optional<Table> AdvisorCatalog::resolve(const QString &schema, const QString &name)
{
    const QString cacheKey = schema + QLatin1Char('\x1f') + name;
    if (const auto found = m_tables.constFind(cacheKey); found != m_tables.cend())
        return *found;
    pqxx::result rows;
    {
        pqxx::nontransaction tx(m_connection);
        rows = tx.exec_params("SELECT c.oid, n.nspname, c.relname, c.relkind FROM pg_class c "
                              "JOIN pg_namespace n ON n.oid = c.relnamespace "
                              "WHERE c.oid = to_regclass(CASE WHEN $1 = '' THEN quote_ident($2) "
                              "ELSE quote_ident($1) || '.' || quote_ident($2) END)",
                              schema.toStdString(), name.toStdString());
    }
    std::optional<Table> table;
    if (!rows.empty()) {
        table = tableOf(rows[0]);
    } else if (schema.isEmpty()) {
        const QStringList schemas = schemasHolding(name);
        if (schemas.size() == 1) {
            table = resolve(schemas.first(), name);
            if (table)
                table->offSearchPath = true;
        }
    }
    if (table)
        remember(*table);
    m_tables.insert(cacheKey, table);
    return table;
}

QStringList AdvisorCatalog::schemasHolding(const QString &name)
{
    pqxx::nontransaction tx(m_connection);
    const auto rows = tx.exec_params("SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                     "WHERE c.relname = $1 AND c.relkind IN ('r', 'm', 'p', 'v', 'f') "
                                     "AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
                                     "AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%' "
                                     "ORDER BY 1",
                                     name.toStdString());
    QStringList schemas;
    for (const auto &row : rows)
        schemas << text(row[0]);
    return schemas;
}

std::optional<Table> AdvisorCatalog::resolveOid(quint32 oid)
{
    pqxx::nontransaction tx(m_connection);
    const auto rows = tx.exec_params("SELECT c.oid, n.nspname, c.relname, c.relkind FROM pg_class c "
                                     "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = $1",
                                     oid);
    if (rows.empty())
        return std::nullopt;
    const Table table = tableOf(rows[0]);
    remember(table);
    return table;
}

std::optional<Table> AdvisorCatalog::resolveName(const QString &name)
{
    pqxx::nontransaction tx(m_connection);
    const auto rows = tx.exec_params("SELECT c.oid, n.nspname, c.relname, c.relkind FROM pg_class c "
                                     "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = to_regclass($1)",
                                     name.toStdString());
    if (rows.empty())
        return std::nullopt;
    const Table table = tableOf(rows[0]);
    remember(table);
    return table;
}

std::optional<ColumnInfo> AdvisorCatalog::column(quint32 table, int attnum, const QString &name)
{
    const QString cacheKey = QStringLiteral("%1/%2/%3").arg(table).arg(attnum).arg(name);
    if (const auto found = m_columns.constFind(cacheKey); found != m_columns.cend())
        return *found;
    pqxx::nontransaction tx(m_connection);
    const auto rows = tx.exec_params(std::string("SELECT a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), ")
                                         + btreeTypeSql
                                         + " FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid "
                                           "WHERE a.attrelid = $1 AND a.attnum > 0 AND NOT a.attisdropped "
                                           "AND (a.attnum = $2 OR ($2 = 0 AND a.attname = $3))",
                                     table, attnum, name.toStdString());
    std::optional<ColumnInfo> info;
    if (!rows.empty()) {
        // The conversions that may throw come before the aggregate (see Sample).
        const auto number = rows[0][0].as<int>();
        const bool btree = rows[0][3].as<bool>(false);
        info = ColumnInfo{number, text(rows[0][1]), text(rows[0][2]), btree};
    }
    m_columns.insert(cacheKey, info);
    return info;
}

QList<ExistingIndex> AdvisorCatalog::existingIndexes(quint32 table)
{
    if (const auto found = m_indexes.constFind(table); found != m_indexes.cend())
        return *found;
    pqxx::nontransaction tx(m_connection);
    QList<ExistingIndex> indexes;
    const auto rows = tx.exec_params(
        "SELECT ic.relname, i.indkey::text, i.indisvalid AND i.indisready, "
        "       i.indpred IS NULL AND i.indexprs IS NULL, coalesce(obj_description(i.indexrelid, 'pg_class'), ''), "
        "       i.indnkeyatts, i.indexrelid "
        "FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam "
        "WHERE i.indrelid = $1 AND am.amname = 'btree'",
        table);
    for (const auto &row : rows) {
        ExistingIndex index;
        index.name = text(row[0]);
        index.keys = PgRelation::indexKeys(text(row[1])).mid(0, row[5].as<int>(0));
        index.valid = row[2].as<bool>(false);
        index.plain = row[3].as<bool>(false);
        index.pitwalls = text(row[4]).startsWith(IndexName::marker());
        index.oid = row[6].as<quint32>(0);
        indexes << index;
    }
    m_indexes.insert(table, indexes);
    return indexes;
}

bool AdvisorCatalog::covered(quint32 table, const QList<int> &attnums)
{
    for (const ExistingIndex &index : existingIndexes(table)) {
        if (index.valid && index.plain && index.keys.size() >= attnums.size()
            && index.keys.mid(0, attnums.size()) == attnums)
            return true;
    }
    return false;
}

std::string AdvisorCatalog::quotedTable(quint32 table)
{
    const Table &known = m_tablesByOid[table];
    pqxx::nontransaction tx(m_connection);
    return tx.quote_name(known.schema.toStdString()) + '.' + tx.quote_name(known.name.toStdString());
}

AdvisorCatalog::Updates AdvisorCatalog::updates(quint32 table)
{
    pqxx::nontransaction tx(m_connection);
    const auto rows = tx.exec_params("SELECT n_tup_upd, n_tup_hot_upd FROM pg_stat_all_tables WHERE relid = $1", table);
    if (rows.empty())
        return {};
    return Updates{rows[0][0].as<double>(0), rows[0][1].as<double>(0)};
}

} // namespace Pitwall::Advisor

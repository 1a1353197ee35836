#include "unusedindexes.h"

#include "advisorcatalog.h"
#include "pgrelation.h"

#include <pqxx/result>
#include <pqxx/transaction_base>

namespace Pitwall::Advisor {

namespace {

struct Index
{
    IndexAdvice::Droppable droppable;
    quint32 table = 0;
    quint32 oid = 0;
    QList<int> keys;
    QStringList classes;
    bool valid = false;
    bool kept = false; ///< backs a constraint, a primary key, or is a valid unique index
    bool plainBtree = false;
};

/// Whether @p index's key columns (and operator classes) lead @p other's.
bool ledBy(const Index &index, const Index &other)
{
    return other.keys.size() >= index.keys.size() && other.keys.mid(0, index.keys.size()) == index.keys
        && other.classes.mid(0, index.classes.size()) == index.classes;
}

/// Whether @p index repeats the leading columns of another valid plain btree of its table; that one's name.
QString coveringIndex(const Index &index, const QList<Index> &all)
{
    if (!index.valid || !index.plainBtree)
        return {};
    for (const Index &other : all) {
        if (other.oid == index.oid || other.table != index.table || !other.valid || !other.plainBtree
            || !ledBy(index, other))
            continue;
        // Two with the same columns: the one a constraint needs stays, else the older one.
        if (other.keys.size() == index.keys.size() && !other.kept && other.oid > index.oid)
            continue;
        return other.droppable.schema + QLatin1Char('.') + other.droppable.index;
    }
    return {};
}

} // namespace

QList<IndexAdvice::Droppable> UnusedIndexes::find(pqxx::transaction_base &tx, const QString &database)
{
    const auto age = tx.exec("SELECT extract(epoch FROM now() - coalesce(stats_reset, pg_postmaster_start_time())), "
                             "stats_reset IS NULL FROM pg_stat_database WHERE datname = current_database()");
    const double statsAge = age.empty() ? 0 : age[0][0].as<double>(0);
    const bool neverReset = age.empty() || age[0][1].as<bool>(true);
    const auto rows
        = tx.exec("SELECT n.nspname, t.relname, ic.relname, i.indexrelid, i.indrelid, pg_relation_size(i.indexrelid), "
                  "       coalesce(s.idx_scan, 0), i.indisvalid, "
                  "       i.indisprimary OR i.indisexclusion OR (i.indisunique AND i.indisvalid) "
                  "         OR EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid), "
                  "       i.indkey::text, i.indclass::text, i.indnkeyatts, "
                  "       am.amname = 'btree' AND i.indpred IS NULL AND i.indexprs IS NULL, "
                  "       coalesce(st.n_tup_ins + st.n_tup_upd + st.n_tup_del, 0), pg_get_indexdef(i.indexrelid) "
                  "FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid "
                  "JOIN pg_namespace n ON n.oid = t.relnamespace JOIN pg_am am ON am.oid = ic.relam "
                  "LEFT JOIN pg_stat_all_indexes s ON s.indexrelid = i.indexrelid "
                  "LEFT JOIN pg_stat_all_tables st ON st.relid = i.indrelid "
                  "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' "
                  "AND n.nspname NOT LIKE 'pg\\_temp%' ORDER BY i.indrelid, i.indexrelid");
    QList<Index> all;
    for (const auto &row : rows) {
        Index index;
        IndexAdvice::Droppable &d = index.droppable;
        d.database = database;
        d.schema = text(row[0]);
        d.table = text(row[1]);
        d.index = text(row[2]);
        index.oid = row[3].as<quint32>(0);
        index.table = row[4].as<quint32>(0);
        d.sizeBytes = row[5].as<qint64>(0);
        d.scans = row[6].as<qint64>(0);
        index.valid = row[7].as<bool>(false);
        index.kept = row[8].as<bool>(true);
        const int keyCount = row[11].as<int>(0);
        index.keys = PgRelation::indexKeys(text(row[9])).mid(0, keyCount);
        index.classes = text(row[10]).split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(0, keyCount);
        index.plainBtree = row[12].as<bool>(false);
        d.tableWrites = row[13].as<double>(0);
        d.definition = text(row[14]);
        d.statsAgeSeconds = statsAge;
        d.statsNeverReset = neverReset;
        all << index;
    }
    QList<IndexAdvice::Droppable> found;
    for (const Index &index : std::as_const(all)) {
        if (index.kept)
            continue;
        IndexAdvice::Droppable droppable = index.droppable;
        if (!index.valid) {
            droppable.reason = IndexAdvice::Droppable::Reason::Invalid;
        } else if (const QString covering = coveringIndex(index, all); !covering.isEmpty()) {
            droppable.reason = IndexAdvice::Droppable::Reason::Duplicate;
            droppable.coveredBy = covering;
        } else if (index.droppable.scans == 0) {
            droppable.reason = IndexAdvice::Droppable::Reason::Unused;
        } else {
            continue;
        }
        found << droppable;
    }
    return found;
}

} // namespace Pitwall::Advisor

#pragma once

// The parts of one run of the index advisor, shared by indexadvisor.cpp (the
// workload and the proof), indexadvisorcatalog.cpp (the catalog and HypoPG)
// and indexadvisorresults.cpp (what becomes a recommendation). Not a public API.

#include "genericplan.h"
#include "indexadvisor.h"
#include "statementshape.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <pqxx/connection>
#include <pqxx/field>

#include <memory>
#include <optional>
#include <string>

namespace Pitwall {

namespace Advisor {

inline QString text(const pqxx::field &field)
{
    return field.is_null() ? QString() : QString::fromUtf8(field.c_str());
}

inline bool isSystemSchema(const QString &schema)
{
    return schema == QLatin1String("pg_catalog") || schema == QLatin1String("information_schema")
        || schema.startsWith(QLatin1String("pg_toast")) || schema.startsWith(QLatin1String("pg_temp"));
}

/// Whether a column's type has a btree operator class (its own, a binary-coercible one's, or a polymorphic one's).
inline const char *const btreeTypeSql
    = "EXISTS (SELECT 1 FROM pg_opclass oc JOIN pg_am am ON am.oid = oc.opcmethod "
      "  WHERE am.amname = 'btree' AND oc.opcdefault AND ("
      "    oc.opcintype = coalesce(nullif(t.typbasetype, 0), t.oid) "
      "    OR oc.opcintype IN (SELECT c.casttarget FROM pg_cast c "
      "      WHERE c.castsource = coalesce(nullif(t.typbasetype, 0), t.oid) AND c.castmethod = 'b') "
      "    OR (oc.opcintype = 'anyarray'::regtype AND t.typcategory = 'A') "
      "    OR (oc.opcintype = 'anyenum'::regtype AND t.typtype = 'e') "
      "    OR (oc.opcintype = 'anyrange'::regtype AND t.typtype = 'r')))";

struct Table
{
    quint32 oid = 0;
    QString schema;
    QString name;
    QString kind;
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

/// One workload statement of a database.
struct Workload
{
    QString database;
    QString queryId;
    QString query;
    double calls = 0;
    double totalMs = 0;
    double windowCalls = 0;
    double windowMeanMs = 0;
    StatementShape shape;
};

struct Candidate
{
    quint32 table = 0;
    int attnum = 0;
    QString column;
    StatementShape::Use use = StatementShape::Use::Equality;
};

struct Hypothetical
{
    quint32 table = 0;
    QList<int> attnums;
    QStringList columns;
};

/// A plan with hypothetical indexes in place, and those of them it uses: named
/// while they exist, for HypoPG hands the same OIDs out again after hypopg_reset().
struct Proof
{
    GenericPlan plan;
    QList<Hypothetical> used;
};

/// A statement being judged: its tables, candidate columns and plans.
struct Judged
{
    const Workload *workload = nullptr;
    QList<Candidate> candidates;
    GenericPlan base;
    std::optional<Proof> single;
    std::optional<Proof> pair;
};

/// An index some statements proved, before filtering.
struct Proven
{
    quint32 table = 0;
    QList<int> attnums;
    QStringList columns;
    QList<IndexRecommendation::Statement> statements;
    double savingMs = 0;
};

/// A statement an index helps: its window numbers and its plans @p before and @p after.
inline IndexRecommendation::Statement helped(const Workload &statement, const GenericPlan &before,
                                             const GenericPlan &after)
{
    IndexRecommendation::Statement benefit;
    benefit.queryId = statement.queryId;
    benefit.query = statement.query;
    benefit.calls = statement.windowCalls;
    benefit.meanMs = statement.windowMeanMs;
    benefit.costBefore = before.cost;
    benefit.costAfter = after.cost;
    benefit.planBefore = before.json;
    benefit.planAfter = after.json;
    return benefit;
}

/// The key of a statement in the advisor's memory across runs.
inline QString key(const QString &database, const QString &queryId)
{
    return database + QLatin1Char('/') + queryId;
}

} // namespace Advisor

using namespace Advisor;

/// One run of the advisor: the connections, the caches and the advice being built.
class IndexAdvisorRun
{
public:
    IndexAdvisorRun(IndexAdvisor &advisor, IndexAdvice &advice)
        : m_advisor(advisor)
        , m_options(advisor.m_options)
        , m_advice(advice)
    { }

    void run();

private:
    std::unique_ptr<pqxx::connection> connect(const QString &database);
    QString describe() const
    {
        const SourceConfig &source = m_advisor.m_source;
        return QStringLiteral("postgres `%1` (%2:%3)")
            .arg(source.name, source.url.host())
            .arg(source.url.port(-1) == -1 ? QStringLiteral("default port") : QString::number(source.url.port()));
    }
    QString missingPrivilege(const QString &role, const QString &what) const;

    void adviseDatabase(const QString &database, const QList<Workload> &workload, bool isSourceDatabase);

    // The results of adviseDatabase (indexadvisorresults.cpp).
    /// A recommendation of @p columns on @p table, with the table's reads and writes.
    IndexRecommendation newRecommendation(quint32 table, const QStringList &columns) const;
    /// hypopg_relation_size of the index; 0 if HypoPG cannot tell.
    qint64 hypotheticalSize(quint32 table, const QList<int> &attnums, const QStringList &columns);
    /// The proven indexes not covered by one that exists, as recommendations.
    void recommendProven(const QList<Proven> &proven);
    /// The profile's curated indexes that are missing, with what they would do for @p judged.
    void recommendCurated(const QList<Judged> &judged);
    /// The indexes Pitwall built: their scans, and the window mean of the statements that use them now.
    void followApplied(const QList<Judged> &judged);

    // Within adviseDatabase, on m_connection (indexadvisorcatalog.cpp):
    std::optional<Table> resolve(const QString &schema, const QString &name);
    std::optional<Table> resolveOid(quint32 oid);
    std::optional<ColumnInfo> column(quint32 table, int attnum, const QString &name);
    QList<ExistingIndex> existingIndexes(quint32 table);
    bool covered(quint32 table, const QList<int> &attnums);
    std::string quotedTable(quint32 table);
    quint32 createHypothetical(const Hypothetical &index);
    void resetHypothetical();
    GenericPlan explain(const QString &statement) { return GenericPlan::explain(*m_connection, statement); }

    IndexAdvisor &m_advisor;
    const IndexAdvisor::Options &m_options;
    IndexAdvice &m_advice;
    QString m_password;
    QString m_role;

    std::unique_ptr<pqxx::connection> m_connection;
    QString m_database;
    std::string m_hypopg; ///< the extension's schema, quoted
    QHash<QString, std::optional<Table>> m_tables;
    QHash<quint32, Table> m_tablesByOid;
    QHash<QString, std::optional<ColumnInfo>> m_columns;
    QHash<quint32, QList<ExistingIndex>> m_indexes;
    /// Calls in the window that write to, and that read, each table of the database.
    QHash<quint32, double> m_writes;
    QHash<quint32, double> m_reads;
};

} // namespace Pitwall

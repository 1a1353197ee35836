#pragma once

#include "qualstats.h"
#include "statementshape.h"

#include <QList>
#include <QString>

#include <optional>

namespace Pitwall {

struct IndexAdvice;

namespace Advisor {

class AdvisorCatalog;
struct ColumnInfo;
struct Table;
struct Workload;

/// A column an index could lead with, and how a statement uses it.
struct Candidate
{
    quint32 table = 0;
    int attnum = 0;
    QString column;
    StatementShape::Use use = StatementShape::Use::Equality;
};

/// The columns a statement filters, joins and sorts on that a btree index
/// could serve: pg_qualstats' predicates where it saw the statement (the sort
/// columns from the parser), else those of PostgreSQL's parser, resolved
/// through the catalog. A predicate no btree index helps goes into the
/// advice's unhelpable ones, with the reason.
class PredicateCollector
{
public:
    PredicateCollector(AdvisorCatalog &catalog, IndexAdvice &advice, QString database, QualStats::ByStatement quals)
        : m_catalog(catalog)
        , m_advice(advice)
        , m_database(std::move(database))
        , m_quals(std::move(quals))
    { }

    /// The candidate columns of @p statement; none when it reads system tables only.
    QList<Candidate> candidates(const Workload &statement);

private:
    /// The statement's tables as resolved, the system ones and those that are no table left empty; nothing when
    /// every table it names is a system one.
    std::optional<QList<std::optional<Table>>> tablesOf(const Workload &statement);
    void addQualStats(const Workload &statement, const QList<Qual> &quals, QList<Candidate> &candidates);
    void addParsed(const Workload &statement, const QList<std::optional<Table>> &tables, bool sortsOnly,
                   QList<Candidate> &candidates);
    void unhelpable(const Workload &statement, const QString &predicate, const QString &reason);
    void typeRefused(const Workload &statement, const Table &table, const ColumnInfo &info, const QString &predicate);

    AdvisorCatalog &m_catalog;
    IndexAdvice &m_advice;
    QString m_database;
    QualStats::ByStatement m_quals;
};

} // namespace Advisor
} // namespace Pitwall

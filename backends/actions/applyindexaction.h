#pragma once

#include "action.h"
#include "pgrelation.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <string>

namespace pqxx {
class connection_base;
class transaction_base;
} // namespace pqxx

namespace Pitwall {

/// Builds a recommended (or curated) btree index without blocking writes:
/// an advisory lock on its name (another Pitwall building it is refused), a
/// re-check that no equivalent index exists, `SET lock_timeout`, then
/// `CREATE INDEX CONCURRENTLY` with a deterministic name (IndexName) on a
/// connection of its own while the action reads pg_stat_progress_create_index.
/// A build that fails leaves an invalid index: it is dropped (`DROP INDEX
/// CONCURRENTLY`) and the failure explained. Then `ANALYZE`, and the
/// workload's statements on the table are explained again for real: their
/// cost before and after is the outcome. A partitioned table is built
/// partition by partition (its parent cannot be indexed concurrently).
class ApplyIndexAction : public Action
{
    Q_DECLARE_TR_FUNCTIONS(Pitwall::ApplyIndexAction)

public:
    ApplyIndexAction(ActionRequest request, const Profile &profile, SourceConfig source);
    ~ApplyIndexAction() override;

    ActionPlan plan() override;

    /// How long a step waits for a lock (and for older transactions) before it gives up.
    static constexpr int lockTimeoutSeconds = 10;

protected:
    ActionOutcome execute(ActionContext &context) override;

private:
    struct Build
    {
        PgRelation table;
        QString indexName;
        QString create; ///< the CREATE INDEX CONCURRENTLY statement
        QString comment; ///< COMMENT ON INDEX
        QString drop; ///< DROP INDEX CONCURRENTLY IF EXISTS, after a failure
        QString analyze;
        bool dropLeftoverFirst = false;
    };
    struct Judged
    {
        QString query;
        double costBefore = 0;
    };

    /// The extensions the plan reads: HypoPG's schema (quoted), the pg_stat_statements function.
    struct Extensions
    {
        QString hypopg;
        std::string statementsFunction;
    };

    // The steps of plan().
    /// The table the request names; throws CollectorError if it is none.
    PgRelation resolveTable(pqxx::transaction_base &tx, const QString &target) const;
    /// The columns' attnums, their names as the catalog spells them into m_columns; throws CollectorError.
    QList<int> resolveColumns(pqxx::transaction_base &tx, const PgRelation &relation);
    /// Refuses @p plan unless the action role owns the table; returns its estimated rows.
    qint64 checkOwner(pqxx::transaction_base &tx, const PgRelation &relation, ActionPlan &plan) const;
    /// Whether an equivalent index exists already (the plan then has nothing to do).
    bool alreadyServed(pqxx::transaction_base &tx, const PgRelation &relation, const QList<int> &attnums,
                       ActionPlan &plan) const;
    /// The tables to build on: @p relation, or its partitions (none: nothing to do).
    QList<PgRelation> buildTargets(pqxx::transaction_base &tx, const PgRelation &relation, ActionPlan &plan) const;
    /// m_columns, quoted for SQL.
    std::string quotedColumns(pqxx::transaction_base &tx) const;
    /// One build for each of @p targets, into m_builds.
    void planBuilds(pqxx::transaction_base &tx, const QList<PgRelation> &targets, ActionPlan &plan);
    /// An index of @p build's name left by a failed build is dropped first; any other refuses the plan.
    void checkSameName(pqxx::transaction_base &tx, Build &build, ActionPlan &plan) const;
    /// The exact statements the action will send.
    void addStatements(pqxx::transaction_base &tx, ActionPlan &plan) const;
    static Extensions findExtensions(pqxx::transaction_base &tx);
    /// HypoPG's estimate of the index's size, in bytes.
    double hypotheticalSize(pqxx::transaction_base &tx, const PgRelation &relation, const QString &hypopg) const;
    /// The workload's statements that filter or sort on the leading column (at most three).
    QList<QString> workloadOnLeadingColumn(pqxx::connection_base &connection, const PgRelation &relation,
                                           const std::string &statementsFunction, ActionPlan &plan) const;
    /// Those statements' cost now, and with the index (hypothetical), into the plan and m_statements.
    void judgeWorkload(pqxx::connection_base &connection, const PgRelation &relation, const Extensions &extensions,
                       ActionPlan &plan);

    /// Builds @p build; fills @p outcome on failure or cancellation and returns false.
    bool runBuild(const Build &build, int index, ActionContext &context, ActionOutcome &outcome);

    QList<Build> m_builds;
    QStringList m_columns;
    QList<Judged> m_statements;
    QString m_lockKey;
};

} // namespace Pitwall

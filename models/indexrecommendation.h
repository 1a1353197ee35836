#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Pitwall {

/// One index the advisor recommends (or a profile's curated index that is
/// missing, or one Pitwall built), with the planner's proof: the workload's
/// statements it helps, their generic-plan costs without and with it.
struct IndexRecommendation
{
    /// Recommended: proven by the planner. Curated: listed in the profile and
    /// missing. Applied: built by Pitwall (apply-index), with what it did since.
    enum class State { Recommended, Curated, Applied };

    /// A workload statement the index helps.
    struct Statement
    {
        QString queryId;
        QString query;
        /// Calls and mean over the advisor's window (since its previous run;
        /// the first run: since pg_stat_statements was reset).
        double calls = 0;
        double meanMs = 0;
        /// The generic plan's total cost without and with the index.
        double costBefore = 0;
        double costAfter = 0;
        /// EXPLAIN (FORMAT JSON) of the generic plan, before and after.
        QString planBefore;
        QString planAfter;
        /// Applied: the statement's window mean when the index was recommended.
        std::optional<double> meanBeforeMs;
    };

    State state = State::Recommended;
    QString source;
    QString database;
    QString schema;
    QString table;
    QStringList columns;
    /// The name apply-index gives it (deterministic: pitwall_<table>_<columns>_idx).
    QString indexName;
    /// Partitioned parent: built partition by partition.
    bool partitioned = false;

    QList<Statement> statements;
    /// Summed over the statements: calls × window mean × fractional cost drop.
    double estimatedSavingMs = 0;
    /// The window the saving is over, in seconds.
    double windowSeconds = 0;
    /// hypopg_relation_size() of the hypothetical index (or the real size once applied).
    qint64 sizeBytes = 0;

    /// Every write to the table also writes the index.
    bool writeHeavy = false;
    /// Writes and reads of the table in the workload, for the warning.
    double writeCalls = 0;
    double readCalls = 0;

    /// The index's columns the workload's UPDATEs set: with the index, an update of them can no longer be HOT
    /// (heap-only, no index write). The table's updates and HOT updates since the statistics' reset, for the warning.
    QStringList updatedColumns;
    double tableUpdates = 0;
    double hotUpdates = 0;
    /// hotUpdates / tableUpdates; nothing when the table has not been updated.
    std::optional<double> hotUpdateRatio() const
    {
        return tableUpdates > 0 ? std::optional(hotUpdates / tableUpdates) : std::nullopt;
    }

    /// Applied: the index's scans since it was built (pg_stat_user_indexes.idx_scan).
    qint64 indexScans = 0;

    /// `schema.table` for a person.
    QString qualifiedTable() const { return schema + QLatin1Char('.') + table; }
    /// `schema.table (a, b)` for a person.
    QString display() const
    {
        return qualifiedTable() + QStringLiteral(" (") + columns.join(QLatin1String(", ")) + QLatin1Char(')');
    }
    /// Sum of the statements' costs before / after.
    double costBefore() const;
    double costAfter() const;
    /// Identity across runs: source, database, table and columns.
    QString key() const;
    static QString stateName(State state);
};

inline double IndexRecommendation::costBefore() const
{
    double sum = 0;
    for (const auto &statement : statements)
        sum += statement.costBefore;
    return sum;
}

inline double IndexRecommendation::costAfter() const
{
    double sum = 0;
    for (const auto &statement : statements)
        sum += statement.costAfter;
    return sum;
}

inline QString IndexRecommendation::key() const
{
    return source + QLatin1Char('/') + database + QLatin1Char('/') + display();
}

inline QString IndexRecommendation::stateName(State state)
{
    switch (state) {
    case State::Recommended:
        return QStringLiteral("recommended");
    case State::Curated:
        return QStringLiteral("curated");
    case State::Applied:
        return QStringLiteral("applied");
    }
    return {};
}

} // namespace Pitwall

Q_DECLARE_METATYPE(Pitwall::IndexRecommendation)

#pragma once

#include "indexrecommendation.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Pitwall {

/// One run of the index advisor on one postgres source: its recommendations,
/// the predicates no index can help, the statements it could not judge, and
/// what kept it from judging any (a missing extension or privilege).
struct IndexAdvice
{
    /// A predicate of the workload that no btree index serves.
    struct Unhelpable
    {
        QString database;
        QString queryId;
        QString query;
        /// `cold_data.filler ~~ '%zz%'`
        QString predicate;
        /// "a leading-wildcard LIKE: no btree index can serve it"
        QString reason;
    };
    /// A workload statement the advisor has no recommendation for, and why:
    /// one it could not judge, or one the planner judged no new index helps.
    struct Skipped
    {
        QString database;
        QString queryId;
        QString query;
        QString reason;
        /// Its generic plan was read and proven with hypothetical indexes.
        bool judged = false;
    };

    /// An index the statistics say can go: never scanned since they were reset, led by columns another index
    /// already leads with, or left invalid by a failed build. Never a primary key's, a unique or exclusion
    /// constraint's, nor a valid unique index. The advice rests on the statistics, not on a plan: HypoPG 1.3
    /// cannot hide an index to show the plans without it.
    struct Droppable
    {
        enum class Reason { Unused, Duplicate, Invalid };
        Reason reason = Reason::Unused;
        QString database;
        QString schema;
        QString table;
        QString index;
        /// pg_get_indexdef()
        QString definition;
        /// Duplicate: the index whose leading columns are this one's.
        QString coveredBy;
        qint64 sizeBytes = 0;
        /// Scans since the statistics were reset.
        qint64 scans = 0;
        /// How long the statistics have been gathered (since pg_stat_database.stats_reset, or since the server
        /// started when they never were reset), in seconds.
        double statsAgeSeconds = 0;
        bool statsNeverReset = false;
        /// The table's inserts, updates and deletes in that time: each insert and non-HOT update writes the index.
        double tableWrites = 0;

        QString qualifiedIndex() const { return schema + QLatin1Char('.') + index; }
        static QString reasonName(Reason reason)
        {
            switch (reason) {
            case Reason::Unused:
                return QStringLiteral("unused");
            case Reason::Duplicate:
                return QStringLiteral("duplicate");
            case Reason::Invalid:
                return QStringLiteral("invalid");
            }
            return {};
        }
    };

    QString source;
    qint64 timeMs = 0;
    QList<IndexRecommendation> recommendations;
    QList<Unhelpable> unhelpable;
    QList<Skipped> skipped;
    /// Of the source's own database, the one drop-index acts in.
    QList<Droppable> droppable;
    /// Fallbacks taken, limits applied ("pg_qualstats cannot be read: …").
    QStringList notes;
    /// Why there is no advice at all, as a person can act on it; empty if none.
    QString problem;
    /// Workload statements judged.
    int statementsJudged = 0;
    int hypotheticalIndexes = 0;
};

} // namespace Pitwall

Q_DECLARE_METATYPE(Pitwall::IndexAdvice)

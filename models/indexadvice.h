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

    QString source;
    qint64 timeMs = 0;
    QList<IndexRecommendation> recommendations;
    QList<Unhelpable> unhelpable;
    QList<Skipped> skipped;
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

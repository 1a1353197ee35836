#pragma once

// What an advisor run found, as a test's failure message shows it.

#include "indexadvice.h"

#include <QStringList>

namespace Pitwall::Test {

inline QString describe(const IndexAdvice &advice)
{
    QStringList lines{QStringLiteral("problem: ") + advice.problem};
    for (const auto &recommendation : advice.recommendations)
        lines << IndexRecommendation::stateName(recommendation.state) + QLatin1Char(' ') + recommendation.display();
    for (const auto &unhelpable : advice.unhelpable)
        lines << QStringLiteral("unhelpable: ") + unhelpable.predicate + QStringLiteral(" — ") + unhelpable.reason;
    for (const auto &skipped : advice.skipped)
        lines << QStringLiteral("no advice: ") + skipped.query + QStringLiteral(" — ") + skipped.reason;
    for (const auto &index : advice.droppable)
        lines << IndexAdvice::Droppable::reasonName(index.reason) + QLatin1Char(' ') + index.qualifiedIndex()
                + QStringLiteral(" covered by ") + index.coveredBy;
    lines << advice.notes;
    return lines.join(QLatin1Char('\n'));
}

} // namespace Pitwall::Test

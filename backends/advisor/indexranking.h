#pragma once

#include "indexadvice.h"

#include <QList>
#include <QStringList>

namespace Pitwall::Advisor {

struct Judged;
struct Proof;

/// An index some statements proved, before filtering.
struct Proven
{
    quint32 table = 0;
    QList<int> attnums;
    QStringList columns;
    QList<IndexRecommendation::Statement> statements;
    double savingMs = 0;
};

/// The verdict on the proven plans: each statement keeps the cheaper of its
/// proofs if it cuts the cost by at least the minimum drop and uses a
/// hypothetical index; each index so used is credited with the time it would
/// save over the window (calls × window mean × fractional cost drop), and a
/// single column that leads a proven two-column index gives way to it.
class IndexRanking
{
public:
    explicit IndexRanking(double minCostDrop)
        : m_minCostDrop(minCostDrop)
    { }

    QList<Proven> rank(const QList<Judged> &judged) const;

private:
    /// The proof that wins for @p entry, or none.
    const Proof *verdict(const Judged &entry) const;
    static void credit(QList<Proven> &proven, const Judged &entry, const Proof &best);
    static void mergeIntoWider(QList<Proven> &proven);

    double m_minCostDrop;
};

} // namespace Pitwall::Advisor

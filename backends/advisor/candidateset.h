#pragma once

#include "hypotheticalindexes.h"

#include <QList>

namespace Pitwall::Advisor {

class AdvisorCatalog;
struct Judged;

/// The hypothetical indexes worth proving for the judged statements: none
/// that the leading columns of an existing btree cover.
class CandidateSet
{
public:
    /// Indexes to create, and the judged statements (by position) to explain with them.
    struct Batch
    {
        QList<Hypothetical> indexes;
        QList<int> statements;
    };

    CandidateSet(const QList<Judged> &judged, AdvisorCatalog &catalog)
        : m_judged(judged)
        , m_catalog(catalog)
    { }

    /// Every candidate column alone, for every statement.
    Batch singleColumns() const;
    /// Two columns of one table, the first an equality (or join, or null test), for the statements that have them.
    Batch twoColumns() const;

private:
    const QList<Judged> &m_judged;
    AdvisorCatalog &m_catalog;
};

} // namespace Pitwall::Advisor

#include "candidateset.h"

#include "advisorcatalog.h"
#include "hypotheticalproof.h"

#include <algorithm>

namespace Pitwall::Advisor {

namespace {

bool contains(const QList<Hypothetical> &indexes, quint32 table, const QList<int> &attnums)
{
    return std::any_of(indexes.cbegin(), indexes.cend(),
                       [&](const Hypothetical &index) { return index.table == table && index.attnums == attnums; });
}

} // namespace

CandidateSet::Batch CandidateSet::singleColumns() const
{
    Batch batch;
    for (int i = 0; i < m_judged.size(); ++i) {
        batch.statements << i;
        for (const Candidate &candidate : std::as_const(m_judged[i].candidates)) {
            if (m_catalog.covered(candidate.table, {candidate.attnum}))
                continue;
            if (!contains(batch.indexes, candidate.table, {candidate.attnum}))
                batch.indexes << Hypothetical{candidate.table, {candidate.attnum}, {candidate.column}};
        }
    }
    return batch;
}

CandidateSet::Batch CandidateSet::twoColumns() const
{
    Batch batch;
    for (int i = 0; i < m_judged.size(); ++i) {
        const auto &candidates = m_judged[i].candidates;
        bool any = false;
        for (const Candidate &first : candidates) {
            if (first.use == StatementShape::Use::Range || first.use == StatementShape::Use::Sort)
                continue;
            for (const Candidate &second : candidates) {
                if (second.table != first.table || second.attnum == first.attnum)
                    continue;
                const QList<int> attnums{first.attnum, second.attnum};
                if (m_catalog.covered(first.table, attnums))
                    continue;
                any = true;
                if (!contains(batch.indexes, first.table, attnums))
                    batch.indexes << Hypothetical{first.table, attnums, {first.column, second.column}};
            }
        }
        if (any)
            batch.statements << i;
    }
    return batch;
}

} // namespace Pitwall::Advisor

#pragma once

#include "indexadvice.h"

#include <QList>

namespace pqxx {
class transaction_base;
}

namespace Pitwall::Advisor {

/// The indexes of the connected database that the statistics say can go
/// (IndexAdvice::Droppable): unused since the statistics' reset, duplicates
/// of another index's leading columns, and invalid leftovers of a failed build.
/// An index that a primary key, a unique or exclusion constraint needs, or a
/// valid unique index, is never among them.
class UnusedIndexes
{
public:
    /// Throws the pqxx error of a failing query.
    static QList<IndexAdvice::Droppable> find(pqxx::transaction_base &tx, const QString &database);
};

} // namespace Pitwall::Advisor

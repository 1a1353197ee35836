#pragma once

#include <QString>

namespace Pitwall {

/// EXPLAIN (FORMAT JSON) as a person reads a plan: one line a node, indented
/// under its parent, with its estimated cost and rows, and below it the
/// conditions it applies (index condition, filter, join and sort keys).
class PlanText
{
public:
    /// The tree of @p json; empty when it holds no plan.
    static QString fromJson(const QString &json);
};

} // namespace Pitwall

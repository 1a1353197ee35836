#pragma once

#include <QtGlobal>

namespace Pitwall {

/// A span of time as a chart asks for it: [fromMs, toMs) in milliseconds since
/// the epoch, drawn at most @c columns points per series (one per pixel column).
struct TimeRange
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int columns = 0;

    qint64 spanMs() const { return toMs - fromMs; }
    bool isEmpty() const { return toMs <= fromMs; }
};

} // namespace Pitwall

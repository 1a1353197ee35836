#pragma once

#include <QString>

namespace Pitwall {

/// What a running action may ask of whoever runs it: whether a person asked
/// it to stop, and where to report how far it got. Called on the action's
/// worker thread.
class ActionContext
{
public:
    virtual ~ActionContext() = default;

    /// True once a person asked the action to stop: it stops at the next
    /// batch, or asks the server to cancel what it is doing.
    virtual bool isCancelled() const = 0;
    /// @p percent 0–100, or -1 while unknown; @p text says what is being done.
    virtual void progress(int percent, const QString &text) = 0;
};

} // namespace Pitwall

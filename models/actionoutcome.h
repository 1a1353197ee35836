#pragma once

#include "actionrequest.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Pitwall {

/// How an action ended, as the dialog, the command line and the audit log tell it.
struct ActionOutcome
{
    enum class Status {
        Done, ///< ran to the end
        Failed, ///< a server or connection error; the message says which
        Cancelled, ///< stopped at a person's request; the message says how far it got
        Refused, ///< not run: read_only profile, not confirmed, or the plan cannot run
        NothingToDo, ///< the plan would have changed nothing
        DryRun, ///< planned and shown, deliberately not run
        NotConfirmed, ///< planned and shown, and the person did not go ahead
    };

    Status status = Status::Failed;
    /// One line for a person: "unlinked 2,500 keys on 3 nodes".
    QString message;
    /// Per object: "partition 20240101: 5 parts → 1".
    QStringList details;
    qint64 durationMs = 0;
    /// A second step the person may take, each separately confirmed
    /// (terminating a backend whose query did not stop on cancel).
    std::optional<ActionRequest> nextStep;

    /// done, failed, cancelled, refused, nothing-to-do, dry-run, not-confirmed.
    static QString statusName(Status status);
    QString statusName() const { return statusName(status); }
    /// The command line's exit code: 0 done (and dry run, nothing to do), 1 failed or cancelled, 2 refused.
    int exitCode() const;
};

} // namespace Pitwall

Q_DECLARE_METATYPE(Pitwall::ActionOutcome)

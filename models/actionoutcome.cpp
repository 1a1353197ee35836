#include "actionoutcome.h"

namespace Pitwall {

QString ActionOutcome::statusName(Status status)
{
    switch (status) {
    case Status::Done:
        return QStringLiteral("done");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    case Status::Refused:
        return QStringLiteral("refused");
    case Status::NothingToDo:
        return QStringLiteral("nothing-to-do");
    case Status::DryRun:
        return QStringLiteral("dry-run");
    case Status::NotConfirmed:
        return QStringLiteral("not-confirmed");
    }
    return {};
}

int ActionOutcome::exitCode() const
{
    switch (status) {
    case Status::Done:
    case Status::NothingToDo:
    case Status::DryRun:
        return 0;
    case Status::Failed:
    case Status::Cancelled:
        return 1;
    case Status::Refused:
    case Status::NotConfirmed:
        return 2;
    }
    return 1;
}

} // namespace Pitwall

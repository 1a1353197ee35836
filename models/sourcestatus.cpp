#include "sourcestatus.h"

namespace Pitwall {

QString sourceStateName(SourceStatus::State state)
{
    switch (state) {
    case SourceStatus::State::NotPolled:
        return QStringLiteral("not polled");
    case SourceStatus::State::Connecting:
        return QStringLiteral("connecting");
    case SourceStatus::State::Ok:
        return QStringLiteral("ok");
    case SourceStatus::State::Error:
        return QStringLiteral("error");
    case SourceStatus::State::Stale:
        return QStringLiteral("stale");
    }
    return {};
}

} // namespace Pitwall

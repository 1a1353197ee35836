#include "sourcestatus.h"

#include <QCoreApplication>

namespace Pitwall {

QString sourceStateName(SourceStatus::State state)
{
    switch (state) {
    case SourceStatus::State::NotPolled:
        return QLatin1String(QT_TRANSLATE_NOOP("Pitwall::SourceStatus", "not polled"));
    case SourceStatus::State::Connecting:
        return QLatin1String(QT_TRANSLATE_NOOP("Pitwall::SourceStatus", "connecting"));
    case SourceStatus::State::Ok:
        return QLatin1String(QT_TRANSLATE_NOOP("Pitwall::SourceStatus", "ok"));
    case SourceStatus::State::Error:
        return QLatin1String(QT_TRANSLATE_NOOP("Pitwall::SourceStatus", "error"));
    case SourceStatus::State::Stale:
        return QLatin1String(QT_TRANSLATE_NOOP("Pitwall::SourceStatus", "stale"));
    case SourceStatus::State::NoData:
        return QLatin1String(QT_TRANSLATE_NOOP("Pitwall::SourceStatus", "no data"));
    }
    return {};
}

QString sourceNoDataMessage(const QString &source, const QString &reason)
{
    if (reason.isEmpty())
        return QCoreApplication::translate("Pitwall::SourceStatus",
                                           "%1: answered, but with no series — Pitwall sees nothing of it")
            .arg(source);
    return QCoreApplication::translate("Pitwall::SourceStatus", "%1: answered, but with no series — %2")
        .arg(source, reason);
}

} // namespace Pitwall

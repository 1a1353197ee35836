#include "actionrequest.h"

namespace Pitwall {

namespace {
struct KindName
{
    ActionRequest::Kind kind;
    const char *name;
};
constexpr KindName kindNames[] = {
    {ActionRequest::Kind::FlushCache, "flush-cache"}, {ActionRequest::Kind::WarmCache, "warm-cache"},
    {ActionRequest::Kind::Prewarm, "prewarm"},        {ActionRequest::Kind::Optimize, "optimize"},
    {ActionRequest::Kind::Vacuum, "vacuum"},          {ActionRequest::Kind::CancelQuery, "cancel-query"},
    {ActionRequest::Kind::ApplyIndex, "apply-index"}, {ActionRequest::Kind::DropIndex, "drop-index"},
    {ActionRequest::Kind::Checkpoint, "checkpoint"},
};
} // namespace

QString ActionRequest::name(Kind kind)
{
    for (const auto &entry : kindNames) {
        if (entry.kind == kind)
            return QLatin1String(entry.name);
    }
    return {};
}

std::optional<ActionRequest::Kind> ActionRequest::kindFromName(const QString &name)
{
    for (const auto &entry : kindNames) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QStringList ActionRequest::names()
{
    QStringList all;
    for (const auto &entry : kindNames)
        all << QLatin1String(entry.name);
    return all;
}

} // namespace Pitwall

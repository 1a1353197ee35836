#include "thresholdsreader.h"

#include "profileloader.h"

#include <QStringList>

namespace Pitwall {

void ThresholdsReader::rule(const YAML::Node &node, const QString &metric, bool allowUnit, ThresholdRule &rule) const
{
    const QString what = QStringLiteral("threshold '%1'").arg(metric);
    expectMap(node, what);
    if (allowUnit)
        expectKeys(node, {"unit", "direction", "warning", "critical", "emergency", "for"}, what);
    else
        expectKeys(node, {"direction", "warning", "critical", "emergency", "for"}, what);
    if (const auto unit = node["unit"])
        rule.unit = scalar(unit, what);
    if (const auto direction = node["direction"]) {
        const QString text = scalar(direction, what);
        if (text == QLatin1String("above"))
            rule.direction = ThresholdRule::Direction::Above;
        else if (text == QLatin1String("below"))
            rule.direction = ThresholdRule::Direction::Below;
        else
            fail(direction, ProfileLoader::tr("%1: direction must be above or below, got '%2'").arg(what, text));
    }
    if (const auto v = node["warning"])
        rule.warning = number(v, what);
    if (const auto v = node["critical"])
        rule.critical = number(v, what);
    if (const auto v = node["emergency"])
        rule.emergency = number(v, what);
    if (const auto v = node["for"])
        rule.holdFor = duration(v, what);
    if ((rule.warning || rule.critical || rule.emergency) && !rule.direction)
        fail(node, ProfileLoader::tr("%1: a rule with limits needs a direction (above or below)").arg(what));
}

ProfileLoader::ThresholdMap ThresholdsReader::thresholds(const YAML::Node &root) const
{
    ProfileLoader::ThresholdMap rules;
    if (!root || root.IsNull())
        return rules;
    expectMap(root, QStringLiteral("thresholds"));
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString metric = scalar(it->first, QStringLiteral("thresholds"));
        ThresholdRule parsed;
        rule(it->second, metric, true, parsed);
        if (parsed.unit.isEmpty())
            fail(it->second, ProfileLoader::tr("threshold '%1': every metric needs a unit").arg(metric));
        rules.insert(metric, parsed);
    }
    return rules;
}

void ThresholdsReader::overrides(const YAML::Node &root, ProfileLoader::ThresholdMap &known) const
{
    if (!root || root.IsNull())
        return;
    expectMap(root, QStringLiteral("thresholds"));
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString metric = scalar(it->first, QStringLiteral("thresholds"));
        auto found = known.find(metric);
        if (found == known.end())
            fail(it->first,
                 ProfileLoader::tr("thresholds: unknown metric '%1'; known metrics: %2")
                     .arg(metric, QStringList(known.keys()).join(QLatin1String(", "))));
        rule(it->second, metric, false, *found);
    }
}

} // namespace Pitwall

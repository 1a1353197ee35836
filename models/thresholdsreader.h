#pragma once

#include "yamlreader.h"

namespace Pitwall {

/// Reads threshold rules: the shipped defaults (every metric with its unit)
/// and a profile's `thresholds:` overrides of known metrics.
class ThresholdsReader : public YamlReader
{
public:
    using YamlReader::YamlReader;

    /// Reads a rule; fields that are absent keep their value in @p rule.
    void rule(const YAML::Node &node, const QString &metric, bool allowUnit, ThresholdRule &rule) const;
    /// A map of metric → rule, each with its unit (resources/thresholds.yaml).
    ProfileLoader::ThresholdMap thresholds(const YAML::Node &root) const;
    /// A profile's `thresholds:`: each names a metric of @p known and changes its limits there.
    void overrides(const YAML::Node &root, ProfileLoader::ThresholdMap &known) const;
};

} // namespace Pitwall

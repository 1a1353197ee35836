#pragma once

#include "thresholdsreader.h"

namespace Pitwall {

/// Reads Prometheus panels: the shipped ones (resources/panels.yaml) and a
/// profile's `panels:`.
class PanelsReader : public ThresholdsReader
{
public:
    using ThresholdsReader::ThresholdsReader;

    /// Reads a list of panels. A panel naming a known metric reports under it;
    /// one naming a new metric declares it (unit required, limits optional) into
    /// @p known. With @p sources, each panel may name the Prometheus source it
    /// is asked of; without (the shipped defaults), none may.
    QList<PanelConfig> panels(const YAML::Node &list, ProfileLoader::ThresholdMap &known,
                              const QList<SourceConfig> *sources) const;

private:
    /// The units the formatter knows; a panel's own metric takes one of them.
    static QStringList units();
    static bool hasPrometheus(const QList<SourceConfig> &sources);
    QString prometheusSource(const YAML::Node &node, const QList<SourceConfig> &sources, const QString &what) const;
};

} // namespace Pitwall

#include "profile.h"

namespace Pitwall {

const SourceConfig *Profile::source(const QString &name) const
{
    for (const auto &source : sources) {
        if (source.name == name)
            return &source;
    }
    return nullptr;
}

QList<PanelConfig> Profile::panelsFor(const QString &source, const QList<PanelConfig> &defaults) const
{
    QList<PanelConfig> result = defaults;
    for (const auto &panel : panels) {
        if (panel.source.isEmpty() || panel.source == source)
            result.append(panel);
    }
    return result;
}

} // namespace Pitwall

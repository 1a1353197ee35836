#include "panelsreader.h"

#include "profileloader.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace Pitwall {

QList<PanelConfig> PanelsReader::panels(const YAML::Node &list, ProfileLoader::ThresholdMap &known,
                                        const QList<SourceConfig> *sources) const
{
    QList<PanelConfig> result;
    if (!list || list.IsNull())
        return result;
    if (!list.IsSequence())
        fail(list, ProfileLoader::tr("panels: expected a list of panels"));
    for (const auto &node : list) {
        expectMap(node, QStringLiteral("panel"));
        if (sources)
            expectKeys(node, {"source", "metric", "promql", "unit", "thresholds"}, QStringLiteral("panel"));
        else
            expectKeys(node, {"metric", "promql", "unit", "thresholds"}, QStringLiteral("panel"));
        for (const char *required : {"metric", "promql"}) {
            if (!node[required])
                fail(node, ProfileLoader::tr("panel: missing key '%1'").arg(QLatin1String(required)));
        }
        PanelConfig panel;
        panel.metric = scalar(node["metric"], QStringLiteral("panel"));
        static const QRegularExpression validMetric(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
        if (!validMetric.match(panel.metric).hasMatch())
            fail(node["metric"],
                 ProfileLoader::tr("panel: metric '%1': use letters, digits and '_'").arg(panel.metric));
        const QString what = QStringLiteral("panel '%1'").arg(panel.metric);
        panel.promql = scalar(node["promql"], what).trimmed();
        if (panel.promql.isEmpty())
            fail(node["promql"], ProfileLoader::tr("%1: promql is empty").arg(what));
        if (const auto source = node["source"])
            panel.source = prometheusSource(source, *sources, what);
        else if (sources && !hasPrometheus(*sources))
            fail(node, ProfileLoader::tr("%1: the profile has no prometheus source to ask").arg(what));

        const auto unit = node["unit"];
        const auto limits = node["thresholds"];
        const auto existing = known.constFind(panel.metric);
        if (existing != known.cend()) {
            if (unit && scalar(unit, what) != existing->unit)
                fail(unit,
                     ProfileLoader::tr("%1: %2 is measured in '%3', not '%4'")
                         .arg(what, panel.metric, existing->unit, scalar(unit, what)));
            if (limits)
                fail(limits,
                     ProfileLoader::tr("%1: %2 is a known metric with limits of its own; change them under "
                                       "thresholds:")
                         .arg(what, panel.metric));
        } else {
            if (!unit)
                fail(node,
                     ProfileLoader::tr("%1: a metric of the panel's own needs a unit (one of: %2)")
                         .arg(what, units().join(QLatin1String(", "))));
            ThresholdRule declared;
            declared.unit = scalar(unit, what);
            if (!units().contains(declared.unit))
                fail(unit,
                     ProfileLoader::tr("%1: unit '%2'; expected one of: %3")
                         .arg(what, declared.unit, units().join(QLatin1String(", "))));
            if (limits)
                rule(limits, panel.metric, false, declared);
            panel.declared = declared;
            known.insert(panel.metric, declared);
        }
        result.append(panel);
    }
    return result;
}

QStringList PanelsReader::units()
{
    return {QStringLiteral("ratio"), QStringLiteral("seconds"), QStringLiteral("ms"),     QStringLiteral("bytes"),
            QStringLiteral("count"), QStringLiteral("per_s"),   QStringLiteral("per_min")};
}

bool PanelsReader::hasPrometheus(const QList<SourceConfig> &sources)
{
    return std::any_of(sources.cbegin(), sources.cend(),
                       [](const SourceConfig &source) { return source.kind == SourceKind::Prometheus; });
}

QString PanelsReader::prometheusSource(const YAML::Node &node, const QList<SourceConfig> &sources,
                                       const QString &what) const
{
    const QString name = scalar(node, what);
    const auto it = std::find_if(sources.cbegin(), sources.cend(),
                                 [&](const SourceConfig &source) { return source.name == name; });
    if (it == sources.cend())
        fail(node, ProfileLoader::tr("%1: source '%2' is not a source of this profile").arg(what, name));
    if (it->kind != SourceKind::Prometheus)
        fail(node,
             ProfileLoader::tr("%1: source '%2' is a %3 source; panels are asked of prometheus sources")
                 .arg(what, name, sourceKindName(it->kind)));
    return name;
}

} // namespace Pitwall

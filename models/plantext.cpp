#include "plantext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace Pitwall {

namespace {

/// `Index Scan using x on orders o`, `Hash Join (Left)`, `Aggregate (Hashed)`.
QString headline(const QJsonObject &node)
{
    QString line = node.value(QLatin1String("Node Type")).toString();
    const QString strategy = node.value(QLatin1String("Strategy")).toString();
    if (!strategy.isEmpty() && strategy != QLatin1String("Plain"))
        line += QStringLiteral(" (%1)").arg(strategy);
    const QString join = node.value(QLatin1String("Join Type")).toString();
    if (!join.isEmpty() && join != QLatin1String("Inner"))
        line += QStringLiteral(" (%1)").arg(join);
    if (node.value(QLatin1String("Scan Direction")).toString() == QLatin1String("Backward"))
        line += QStringLiteral(" Backward");
    const QString index = node.value(QLatin1String("Index Name")).toString();
    if (!index.isEmpty())
        line += QStringLiteral(" using ") + index;
    const QString relation = node.value(QLatin1String("Relation Name")).toString();
    if (!relation.isEmpty()) {
        const QString schema = node.value(QLatin1String("Schema")).toString();
        line += QStringLiteral(" on ") + (schema.isEmpty() ? QString() : schema + QLatin1Char('.')) + relation;
        const QString alias = node.value(QLatin1String("Alias")).toString();
        if (!alias.isEmpty() && alias != relation)
            line += QLatin1Char(' ') + alias;
    } else if (node.contains(QLatin1String("CTE Name"))) {
        line += QStringLiteral(" on ") + node.value(QLatin1String("CTE Name")).toString();
    }
    return line
        + QStringLiteral("  (cost=%1..%2 rows=%3)")
              .arg(node.value(QLatin1String("Startup Cost")).toDouble(), 0, 'f', 2)
              .arg(node.value(QLatin1String("Total Cost")).toDouble(), 0, 'f', 2)
              .arg(qint64(node.value(QLatin1String("Plan Rows")).toDouble()));
}

void describe(const QJsonObject &node, int depth, QStringList &lines)
{
    const QString indent(depth * 4, QLatin1Char(' '));
    lines << indent + (depth > 0 ? QStringLiteral("->  ") : QString()) + headline(node);
    const QString detailIndent = indent + (depth > 0 ? QStringLiteral("      ") : QStringLiteral("  "));
    static const char *const conditions[]
        = {"Index Cond", "Recheck Cond", "Hash Cond", "Merge Cond", "Join Filter", "Filter", "One-Time Filter"};
    for (const char *name : conditions) {
        const QString condition = node.value(QLatin1String(name)).toString();
        if (!condition.isEmpty())
            lines << detailIndent + QLatin1String(name) + QStringLiteral(": ") + condition;
    }
    for (const char *name : {"Sort Key", "Group Key"}) {
        QStringList keys;
        for (const QJsonValue &key : node.value(QLatin1String(name)).toArray())
            keys << key.toString();
        if (!keys.isEmpty())
            lines << detailIndent + QLatin1String(name) + QStringLiteral(": ") + keys.join(QLatin1String(", "));
    }
    for (const QJsonValue &child : node.value(QLatin1String("Plans")).toArray())
        describe(child.toObject(), depth + 1, lines);
}

} // namespace

QString PlanText::fromJson(const QString &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    const QJsonObject plan = document.array().first().toObject().value(QLatin1String("Plan")).toObject();
    if (plan.isEmpty())
        return {};
    QStringList lines;
    describe(plan, 0, lines);
    return lines.join(QLatin1Char('\n'));
}

} // namespace Pitwall

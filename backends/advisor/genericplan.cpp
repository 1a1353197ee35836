#include "genericplan.h"

#include "statementshape.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <pqxx/connection_base>
#include <pqxx/nontransaction>
#include <pqxx/result>

namespace Pitwall {

namespace {
constexpr const char *statementName = "pitwall_advisor_plan";

void collectIndexes(const QJsonObject &node, QStringList &indexes)
{
    const QString name = node.value(QLatin1String("Index Name")).toString();
    if (!name.isEmpty() && !indexes.contains(name))
        indexes << name;
    for (const QJsonValue &child : node.value(QLatin1String("Plans")).toArray())
        collectIndexes(child.toObject(), indexes);
}
} // namespace

GenericPlan GenericPlan::explain(pqxx::connection_base &connection, const QString &statement,
                                 const QStringList &searchPath)
{
    const StatementShape::Plannable plannable = StatementShape::plannableOf(statement);
    pqxx::nontransaction tx(connection);
    GenericPlan plan;
    // One transaction, rolled back: the search path and the plan cache mode end with it; the prepared
    // statement does not (prepared statements are not transactional), so it is deallocated after.
    tx.exec(std::string("BEGIN"));
    bool prepared = false;
    try {
        if (!searchPath.isEmpty())
            tx.exec("SELECT set_config('search_path', "
                    + tx.quote(QString(searchPath.join(QLatin1String(", ")) + QStringLiteral(", ")).toStdString())
                    + " || current_setting('search_path'), true)");
        tx.exec(std::string("PREPARE ") + statementName + ' ' + plannable.parameterTypes.toStdString() + " AS "
                + plannable.body.toStdString());
        prepared = true;
        const int parameters = tx.exec_params("SELECT coalesce(array_length(parameter_types, 1), 0) "
                                              "FROM pg_prepared_statements WHERE name = $1",
                                              statementName)[0][0]
                                   .as<int>(0);
        std::string execute = std::string("EXECUTE ") + statementName;
        if (parameters > 0) {
            execute += '(';
            for (int i = 0; i < parameters; ++i)
                execute += i == 0 ? "NULL" : ", NULL";
            execute += ')';
        }
        tx.exec(std::string("SET LOCAL plan_cache_mode = force_generic_plan"));
        plan.json = QString::fromUtf8(tx.exec("EXPLAIN (FORMAT JSON) " + execute)[0][0].c_str());
        tx.exec(std::string("ROLLBACK"));
    } catch (...) {
        try {
            tx.exec(std::string("ROLLBACK"));
            if (prepared)
                tx.exec(std::string("DEALLOCATE ") + statementName);
        } catch (...) { }
        throw;
    }
    tx.exec(std::string("DEALLOCATE ") + statementName);
    const QJsonObject root = QJsonDocument::fromJson(plan.json.toUtf8()).array().first().toObject();
    const QJsonObject top = root.value(QLatin1String("Plan")).toObject();
    plan.cost = top.value(QLatin1String("Total Cost")).toDouble();
    collectIndexes(top, plan.indexes);
    return plan;
}

quint32 GenericPlan::hypotheticalOid(const QString &indexName)
{
    if (!indexName.startsWith(QLatin1Char('<')))
        return 0;
    const qsizetype end = indexName.indexOf(QLatin1Char('>'));
    return end > 1 ? indexName.mid(1, end - 1).toUInt() : 0;
}

} // namespace Pitwall

#include "warmrecipesreader.h"

#include "profileloader.h"

#include <QRegularExpression>
#include <QSet>

namespace Pitwall {

QList<WarmRecipe> WarmRecipesReader::warmRecipes(const YAML::Node &list, const Profile &profile) const
{
    QList<WarmRecipe> recipes;
    if (!list || list.IsNull())
        return recipes;
    if (!list.IsSequence())
        fail(list, ProfileLoader::tr("warm_recipes: expected a list of recipes"));
    QSet<QString> names;
    for (const auto &node : list) {
        WarmRecipe recipe = warmRecipe(node, profile);
        if (names.contains(recipe.name))
            fail(node["name"], ProfileLoader::tr("warm recipe '%1' is named twice").arg(recipe.name));
        names.insert(recipe.name);
        recipes.append(recipe);
    }
    return recipes;
}

WarmRecipe WarmRecipesReader::warmRecipe(const YAML::Node &node, const Profile &profile) const
{
    QString what = QStringLiteral("warm recipe");
    expectMap(node, what);
    expectKeys(node, {"name", "source", "query", "redis", "key", "value", "ttl"}, what);
    for (const char *required : {"name", "source", "query", "redis", "key", "value", "ttl"}) {
        if (!node[required])
            fail(node, ProfileLoader::tr("warm recipe: missing key '%1'").arg(QLatin1String(required)));
    }
    WarmRecipe recipe;
    recipe.name = scalar(node["name"], what);
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
    if (!validName.match(recipe.name).hasMatch())
        fail(node["name"],
             ProfileLoader::tr("warm recipe name '%1': use letters, digits, '-', '_' and '.'").arg(recipe.name));
    what = QStringLiteral("warm recipe '%1'").arg(recipe.name);

    recipe.source = scalar(node["source"], what);
    const SourceConfig *source = profile.source(recipe.source);
    if (!source)
        fail(node["source"], ProfileLoader::tr("%1: no source is named '%2'").arg(what, recipe.source));
    if (source->kind != SourceKind::Postgres && source->kind != SourceKind::ClickHouse)
        fail(node["source"],
             ProfileLoader::tr("%1: the query runs on a postgres or clickhouse source, '%2' is %3")
                 .arg(what, recipe.source, sourceKindName(source->kind)));
    recipe.query = scalar(node["query"], what).trimmed();
    if (recipe.query.isEmpty())
        fail(node["query"], ProfileLoader::tr("%1: the query is empty").arg(what));
    recipe.redis = scalar(node["redis"], what);
    const SourceConfig *redis = profile.source(recipe.redis);
    if (!redis || redis->kind != SourceKind::Redis)
        fail(node["redis"],
             ProfileLoader::tr("%1: '%2' is not a redis source of this profile").arg(what, recipe.redis));

    recipe.keyTemplate = scalar(node["key"], what);
    if (const QString problem = WarmRecipe::checkTemplate(recipe.keyTemplate); !problem.isEmpty())
        fail(node["key"], ProfileLoader::tr("%1: key: %2").arg(what, problem));
    const QString prefix = recipe.keyPrefix();
    if (prefix.isEmpty())
        fail(node["key"], ProfileLoader::tr("%1: key: start with a fixed prefix, e.g. 'app:customer:{id}'").arg(what));
    static const QRegularExpression glob(QStringLiteral("[*?\\[\\]\\\\]"));
    if (prefix.contains(glob))
        fail(node["key"],
             ProfileLoader::tr("%1: key: the prefix '%2' holds a pattern character (* ? [ ] \\)").arg(what, prefix));
    if (WarmRecipe::placeholders(recipe.keyTemplate).isEmpty())
        fail(node["key"],
             ProfileLoader::tr("%1: key: name a column, e.g. '%2{id}', or every row writes the same key")
                 .arg(what, prefix));
    recipe.valueTemplate = scalar(node["value"], what);
    if (const QString problem = WarmRecipe::checkTemplate(recipe.valueTemplate); !problem.isEmpty())
        fail(node["value"], ProfileLoader::tr("%1: value: %2").arg(what, problem));
    const auto ttl = duration(node["ttl"], what);
    if (ttl < std::chrono::seconds(1))
        fail(node["ttl"], ProfileLoader::tr("%1: ttl: at least 1s").arg(what));
    recipe.ttl = std::chrono::duration_cast<std::chrono::seconds>(ttl);
    return recipe;
}

} // namespace Pitwall

#pragma once

#include "yamlreader.h"

namespace Pitwall {

/// Reads a profile's `warm_recipes:`, each checked against the profile's
/// sources (a postgres or clickhouse query, a redis target, a key prefix).
class WarmRecipesReader : public YamlReader
{
public:
    using YamlReader::YamlReader;

    QList<WarmRecipe> warmRecipes(const YAML::Node &list, const Profile &profile) const;

private:
    WarmRecipe warmRecipe(const YAML::Node &node, const Profile &profile) const;
};

} // namespace Pitwall

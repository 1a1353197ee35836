#include "profileloader.h"

#include "duration.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QUrlQuery>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <initializer_list>

namespace Pitwall {

QString ProfileError::toString() const
{
    if (line <= 0)
        return file + QLatin1String(": ") + message;
    return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
}

namespace {

const QString secureWays
    = QStringLiteral("write a ${ENV_VAR} reference instead, or 'password: keychain' for the system keychain, or "
                     "leave the password out and let it come from ~/.pgpass / PGPASSFILE / PGSERVICE (PostgreSQL)");

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

/// Walks a parsed YAML document; every check that fails throws a ProfileError
/// at the node it is about.
class Reader
{
public:
    explicit Reader(QString fileName)
        : m_fileName(std::move(fileName))
    { }

    [[noreturn]] void fail(const YAML::Node &node, const QString &message) const
    {
        const YAML::Mark mark = node.Mark();
        throw ProfileError{m_fileName, mark.is_null() ? 0 : mark.line + 1, mark.is_null() ? 0 : mark.column + 1,
                           message};
    }

    void expectMap(const YAML::Node &node, const QString &what) const
    {
        if (!node.IsMap())
            fail(node, QStringLiteral("%1: expected a map of keys and values").arg(what));
    }

    void expectKeys(const YAML::Node &map, std::initializer_list<const char *> allowed, const QString &what) const
    {
        QStringList names;
        for (const char *name : allowed)
            names << QLatin1String(name);
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString key = scalar(it->first, what);
            if (!names.contains(key))
                fail(it->first,
                     QStringLiteral("%1: unknown key '%2'; expected one of: %3")
                         .arg(what, key, names.join(QLatin1String(", "))));
        }
    }

    QString scalar(const YAML::Node &node, const QString &what) const
    {
        if (!node.IsScalar())
            fail(node, QStringLiteral("%1: expected a single value").arg(what));
        return fromStd(node.Scalar());
    }

    double number(const YAML::Node &node, const QString &what) const
    {
        const QString text = scalar(node, what);
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok)
            fail(node, QStringLiteral("%1: expected a number, got '%2'").arg(what, text));
        return value;
    }

    bool boolean(const YAML::Node &node, const QString &what) const
    {
        const QString text = scalar(node, what);
        if (text == QLatin1String("true"))
            return true;
        if (text == QLatin1String("false"))
            return false;
        fail(node, QStringLiteral("%1: expected true or false, got '%2'").arg(what, text));
    }

    std::chrono::milliseconds duration(const YAML::Node &node, const QString &what) const
    {
        const QString text = scalar(node, what);
        const auto parsed = parseDuration(text);
        if (!parsed)
            fail(node, QStringLiteral("%1: expected a duration such as 500ms, 5s, 2m or 1h, got '%2'").arg(what, text));
        return *parsed;
    }

    /// Reads a rule; fields that are absent keep their value in @p rule.
    void rule(const YAML::Node &node, const QString &metric, bool allowUnit, ThresholdRule &rule) const
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
                fail(direction, QStringLiteral("%1: direction must be above or below, got '%2'").arg(what, text));
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
            fail(node, QStringLiteral("%1: a rule with limits needs a direction (above or below)").arg(what));
    }

    ProfileLoader::ThresholdMap thresholds(const YAML::Node &root) const
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
                fail(it->second, QStringLiteral("threshold '%1': every metric needs a unit").arg(metric));
            rules.insert(metric, parsed);
        }
        return rules;
    }

    /// Reads a list of panels. A panel naming a known metric reports under it;
    /// one naming a new metric declares it (unit required, limits optional) into
    /// @p known. With @p sources, each panel may name the Prometheus source it
    /// is asked of; without (the shipped defaults), none may.
    QList<PanelConfig> panels(const YAML::Node &list, ProfileLoader::ThresholdMap &known,
                              const QList<SourceConfig> *sources) const
    {
        QList<PanelConfig> result;
        if (!list || list.IsNull())
            return result;
        if (!list.IsSequence())
            fail(list, QStringLiteral("panels: expected a list of panels"));
        for (const auto &node : list) {
            expectMap(node, QStringLiteral("panel"));
            if (sources)
                expectKeys(node, {"source", "metric", "promql", "unit", "thresholds"}, QStringLiteral("panel"));
            else
                expectKeys(node, {"metric", "promql", "unit", "thresholds"}, QStringLiteral("panel"));
            for (const char *required : {"metric", "promql"}) {
                if (!node[required])
                    fail(node, QStringLiteral("panel: missing key '%1'").arg(QLatin1String(required)));
            }
            PanelConfig panel;
            panel.metric = scalar(node["metric"], QStringLiteral("panel"));
            static const QRegularExpression validMetric(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
            if (!validMetric.match(panel.metric).hasMatch())
                fail(node["metric"],
                     QStringLiteral("panel: metric '%1': use letters, digits and '_'").arg(panel.metric));
            const QString what = QStringLiteral("panel '%1'").arg(panel.metric);
            panel.promql = scalar(node["promql"], what).trimmed();
            if (panel.promql.isEmpty())
                fail(node["promql"], QStringLiteral("%1: promql is empty").arg(what));
            if (const auto source = node["source"])
                panel.source = prometheusSource(source, *sources, what);
            else if (sources && !hasPrometheus(*sources))
                fail(node, QStringLiteral("%1: the profile has no prometheus source to ask").arg(what));

            const auto unit = node["unit"];
            const auto limits = node["thresholds"];
            const auto existing = known.constFind(panel.metric);
            if (existing != known.cend()) {
                if (unit && scalar(unit, what) != existing->unit)
                    fail(unit,
                         QStringLiteral("%1: %2 is measured in '%3', not '%4'")
                             .arg(what, panel.metric, existing->unit, scalar(unit, what)));
                if (limits)
                    fail(limits,
                         QStringLiteral("%1: %2 is a known metric with limits of its own; change them under "
                                        "thresholds:")
                             .arg(what, panel.metric));
            } else {
                if (!unit)
                    fail(node,
                         QStringLiteral("%1: a metric of the panel's own needs a unit (one of: %2)")
                             .arg(what, units().join(QLatin1String(", "))));
                ThresholdRule declared;
                declared.unit = scalar(unit, what);
                if (!units().contains(declared.unit))
                    fail(unit,
                         QStringLiteral("%1: unit '%2'; expected one of: %3")
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

    Profile profile(const YAML::Node &root, const ProfileLoader::ThresholdMap &defaults) const
    {
        Profile profile;
        profile.thresholds = defaults;
        const QString what = QStringLiteral("profile");
        expectMap(root, what);
        expectKeys(root, {"interval", "read_only", "sources", "panels", "thresholds", "warm_recipes"}, what);
        if (const auto interval = root["interval"]) {
            profile.interval = duration(interval, QStringLiteral("interval"));
            if (profile.interval < std::chrono::milliseconds(500))
                fail(interval, QStringLiteral("interval: at least 500ms, got '%1'").arg(scalar(interval, what)));
        }
        if (const auto readOnly = root["read_only"])
            profile.readOnly = boolean(readOnly, QStringLiteral("read_only"));

        const auto sources = root["sources"];
        if (!sources || !sources.IsSequence() || sources.size() == 0)
            fail(sources ? sources : root, QStringLiteral("sources: expected a list of at least one source"));
        QSet<QString> names;
        for (const auto &node : sources) {
            SourceConfig config = source(node);
            if (names.contains(config.name))
                fail(node["name"], QStringLiteral("source '%1' is named twice").arg(config.name));
            names.insert(config.name);
            profile.sources.append(config);
        }
        profile.warmRecipes = warmRecipes(root["warm_recipes"], profile);

        // Panels first: the thresholds below may override the limits of a metric a panel declares.
        profile.panels = panels(root["panels"], profile.thresholds, &profile.sources);

        if (const auto overrides = root["thresholds"]; overrides && !overrides.IsNull()) {
            expectMap(overrides, QStringLiteral("thresholds"));
            for (auto it = overrides.begin(); it != overrides.end(); ++it) {
                const QString metric = scalar(it->first, QStringLiteral("thresholds"));
                auto known = profile.thresholds.find(metric);
                if (known == profile.thresholds.end())
                    fail(it->first,
                         QStringLiteral("thresholds: unknown metric '%1'; known metrics: %2")
                             .arg(metric, QStringList(profile.thresholds.keys()).join(QLatin1String(", "))));
                rule(it->second, metric, false, *known);
            }
        }
        return profile;
    }

private:
    /// The units the formatter knows; a panel's own metric takes one of them.
    static QStringList units()
    {
        return {QStringLiteral("ratio"), QStringLiteral("seconds"), QStringLiteral("ms"),     QStringLiteral("bytes"),
                QStringLiteral("count"), QStringLiteral("per_s"),   QStringLiteral("per_min")};
    }

    static bool hasPrometheus(const QList<SourceConfig> &sources)
    {
        return std::any_of(sources.cbegin(), sources.cend(),
                           [](const SourceConfig &source) { return source.kind == SourceKind::Prometheus; });
    }

    QString prometheusSource(const YAML::Node &node, const QList<SourceConfig> &sources, const QString &what) const
    {
        const QString name = scalar(node, what);
        const auto it = std::find_if(sources.cbegin(), sources.cend(),
                                     [&](const SourceConfig &source) { return source.name == name; });
        if (it == sources.cend())
            fail(node, QStringLiteral("%1: source '%2' is not a source of this profile").arg(what, name));
        if (it->kind != SourceKind::Prometheus)
            fail(node,
                 QStringLiteral("%1: source '%2' is a %3 source; panels are asked of prometheus sources")
                     .arg(what, name, sourceKindName(it->kind)));
        return name;
    }

    SourceConfig source(const YAML::Node &node) const
    {
        const QString what = QStringLiteral("source");
        expectMap(node, what);
        expectKeys(node, {"name", "kind", "url", "password", "action_url", "action_password", "indexes"}, what);
        SourceConfig config;
        for (const char *required : {"name", "kind", "url"}) {
            if (!node[required])
                fail(node, QStringLiteral("source: missing key '%1'").arg(QLatin1String(required)));
        }
        config.name = scalar(node["name"], what);
        static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
        if (!validName.match(config.name).hasMatch())
            fail(node["name"],
                 QStringLiteral("source name '%1': use letters, digits, '-', '_' and '.'").arg(config.name));
        const QString sourceWhat = QStringLiteral("source '%1'").arg(config.name);

        const QString kindText = scalar(node["kind"], sourceWhat);
        const auto kind = sourceKindFromName(kindText);
        if (!kind)
            fail(node["kind"],
                 QStringLiteral("%1: unknown kind '%2'; expected one of: %3")
                     .arg(sourceWhat, kindText, sourceKindNames()));
        config.kind = *kind;

        config.url = url(node["url"], sourceWhat, &config.passwordEnv);
        if (const auto password = node["password"]) {
            if (!config.passwordEnv.isEmpty())
                fail(password, QStringLiteral("%1: the password is given twice (url and password)").arg(sourceWhat));
            const QString value = scalar(password, sourceWhat);
            if (value == QLatin1String("keychain"))
                config.passwordInKeychain = true;
            else
                config.passwordEnv = passwordReference(password, value, sourceWhat);
        }

        if (const auto actionUrl = node["action_url"]) {
            if (config.kind != SourceKind::Postgres && config.kind != SourceKind::Redis
                && config.kind != SourceKind::ClickHouse)
                fail(actionUrl,
                     QStringLiteral("%1: action_url: %2 sources have no actions")
                         .arg(sourceWhat, sourceKindName(config.kind)));
            const QString actionWhat = sourceWhat + QLatin1String(" action_url");
            config.actionUrl = url(actionUrl, actionWhat, &config.actionPasswordEnv);
            if (config.actionUrl.scheme() != config.url.scheme())
                fail(actionUrl,
                     QStringLiteral("%1: expected a %2:// URL like the source's url")
                         .arg(actionWhat, config.url.scheme()));
        }
        if (const auto password = node["action_password"]) {
            const QString actionWhat = sourceWhat + QLatin1String(" action_password");
            if (!node["action_url"])
                fail(password, QStringLiteral("%1: there is no action_url to use it with").arg(actionWhat));
            if (!config.actionPasswordEnv.isEmpty())
                fail(
                    password,
                    QStringLiteral("%1: the password is given twice (action_url and action_password)").arg(actionWhat));
            const QString value = scalar(password, actionWhat);
            if (value == QLatin1String("keychain"))
                config.actionPasswordInKeychain = true;
            else
                config.actionPasswordEnv = passwordReference(password, value, actionWhat);
        }
        if (const auto indexes = node["indexes"]) {
            if (config.kind != SourceKind::Postgres)
                fail(indexes,
                     QStringLiteral("%1: indexes: only postgres sources have indexes to ensure; this one is %2")
                         .arg(sourceWhat, sourceKindName(config.kind)));
            config.indexes = curatedIndexes(indexes, sourceWhat + QLatin1String(" indexes"));
        }
        return config;
    }

    /// `indexes: [{table: public.transactions, columns: [user_id, created_at]}]`
    QList<CuratedIndex> curatedIndexes(const YAML::Node &list, const QString &what) const
    {
        QList<CuratedIndex> indexes;
        if (list.IsNull())
            return indexes;
        if (!list.IsSequence())
            fail(list, QStringLiteral("%1: expected a list of {table: schema.table, columns: [a, b]}").arg(what));
        for (const auto &node : list) {
            expectMap(node, what);
            expectKeys(node, {"table", "columns"}, what);
            for (const char *required : {"table", "columns"}) {
                if (!node[required])
                    fail(node, QStringLiteral("%1: missing key '%2'").arg(what, QLatin1String(required)));
            }
            CuratedIndex index;
            index.table = scalar(node["table"], what).trimmed();
            if (index.table.isEmpty())
                fail(node["table"], QStringLiteral("%1: the table is empty").arg(what));
            const auto columns = node["columns"];
            if (!columns.IsSequence() || columns.size() == 0)
                fail(columns, QStringLiteral("%1: columns: expected a list of at least one column").arg(what));
            if (columns.size() > 32)
                fail(columns, QStringLiteral("%1: columns: an index has at most 32 columns").arg(what));
            for (const auto &column : columns) {
                const QString name = scalar(column, what);
                if (name.isEmpty())
                    fail(column, QStringLiteral("%1: columns: a column name is empty").arg(what));
                if (index.columns.contains(name))
                    fail(column, QStringLiteral("%1: columns: '%2' is named twice").arg(what, name));
                index.columns << name;
            }
            if (indexes.contains(index))
                fail(node,
                     QStringLiteral("%1: %2 (%3) is listed twice")
                         .arg(what, index.table, index.columns.join(QLatin1String(", "))));
            indexes << index;
        }
        return indexes;
    }

    /// A source's URL: `user:${VAR}@host` names the variable that holds the
    /// password (put in @p passwordEnv); a password written out is refused.
    QUrl url(const YAML::Node &node, const QString &what, QString *passwordEnv) const
    {
        QString urlText = scalar(node, what);
        static const QRegularExpression envPassword(
            QStringLiteral("^([^/]*//[^:@/]*):\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}@"));
        if (const auto match = envPassword.match(urlText); match.hasMatch()) {
            *passwordEnv = match.captured(2);
            urlText.replace(0, match.capturedLength(), match.captured(1) + QLatin1Char('@'));
        }
        QUrl parsed(urlText, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.scheme().isEmpty() || parsed.host().isEmpty())
            fail(node, QStringLiteral("%1: '%2' is not a URL with a scheme and a host").arg(what, urlText));
        if (!parsed.password().isEmpty() || QUrlQuery(parsed).hasQueryItem(QStringLiteral("password")))
            fail(node, QStringLiteral("%1: a password is written into the profile; %2").arg(what, secureWays));
        parsed.setPassword(QString());
        return parsed;
    }

    QList<WarmRecipe> warmRecipes(const YAML::Node &list, const Profile &profile) const
    {
        QList<WarmRecipe> recipes;
        if (!list || list.IsNull())
            return recipes;
        if (!list.IsSequence())
            fail(list, QStringLiteral("warm_recipes: expected a list of recipes"));
        QSet<QString> names;
        for (const auto &node : list) {
            WarmRecipe recipe = warmRecipe(node, profile);
            if (names.contains(recipe.name))
                fail(node["name"], QStringLiteral("warm recipe '%1' is named twice").arg(recipe.name));
            names.insert(recipe.name);
            recipes.append(recipe);
        }
        return recipes;
    }

    WarmRecipe warmRecipe(const YAML::Node &node, const Profile &profile) const
    {
        QString what = QStringLiteral("warm recipe");
        expectMap(node, what);
        expectKeys(node, {"name", "source", "query", "redis", "key", "value", "ttl"}, what);
        for (const char *required : {"name", "source", "query", "redis", "key", "value", "ttl"}) {
            if (!node[required])
                fail(node, QStringLiteral("warm recipe: missing key '%1'").arg(QLatin1String(required)));
        }
        WarmRecipe recipe;
        recipe.name = scalar(node["name"], what);
        static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
        if (!validName.match(recipe.name).hasMatch())
            fail(node["name"],
                 QStringLiteral("warm recipe name '%1': use letters, digits, '-', '_' and '.'").arg(recipe.name));
        what = QStringLiteral("warm recipe '%1'").arg(recipe.name);

        recipe.source = scalar(node["source"], what);
        const SourceConfig *source = profile.source(recipe.source);
        if (!source)
            fail(node["source"], QStringLiteral("%1: no source is named '%2'").arg(what, recipe.source));
        if (source->kind != SourceKind::Postgres && source->kind != SourceKind::ClickHouse)
            fail(node["source"],
                 QStringLiteral("%1: the query runs on a postgres or clickhouse source, '%2' is %3")
                     .arg(what, recipe.source, sourceKindName(source->kind)));
        recipe.query = scalar(node["query"], what).trimmed();
        if (recipe.query.isEmpty())
            fail(node["query"], QStringLiteral("%1: the query is empty").arg(what));
        recipe.redis = scalar(node["redis"], what);
        const SourceConfig *redis = profile.source(recipe.redis);
        if (!redis || redis->kind != SourceKind::Redis)
            fail(node["redis"],
                 QStringLiteral("%1: '%2' is not a redis source of this profile").arg(what, recipe.redis));

        recipe.keyTemplate = scalar(node["key"], what);
        if (const QString problem = WarmRecipe::checkTemplate(recipe.keyTemplate); !problem.isEmpty())
            fail(node["key"], QStringLiteral("%1: key: %2").arg(what, problem));
        const QString prefix = recipe.keyPrefix();
        if (prefix.isEmpty())
            fail(node["key"], QStringLiteral("%1: key: start with a fixed prefix, e.g. 'app:customer:{id}'").arg(what));
        static const QRegularExpression glob(QStringLiteral("[*?\\[\\]\\\\]"));
        if (prefix.contains(glob))
            fail(node["key"],
                 QStringLiteral("%1: key: the prefix '%2' holds a pattern character (* ? [ ] \\)").arg(what, prefix));
        if (WarmRecipe::placeholders(recipe.keyTemplate).isEmpty())
            fail(node["key"],
                 QStringLiteral("%1: key: name a column, e.g. '%2{id}', or every row writes the same key")
                     .arg(what, prefix));
        recipe.valueTemplate = scalar(node["value"], what);
        if (const QString problem = WarmRecipe::checkTemplate(recipe.valueTemplate); !problem.isEmpty())
            fail(node["value"], QStringLiteral("%1: value: %2").arg(what, problem));
        const auto ttl = duration(node["ttl"], what);
        if (ttl < std::chrono::seconds(1))
            fail(node["ttl"], QStringLiteral("%1: ttl: at least 1s").arg(what));
        recipe.ttl = std::chrono::duration_cast<std::chrono::seconds>(ttl);
        return recipe;
    }

    /// The variable named by a `${VAR}` reference; anything else is a
    /// password written in the clear and refused.
    QString passwordReference(const YAML::Node &node, const QString &text, const QString &what) const
    {
        if (text.isEmpty())
            return {};
        static const QRegularExpression reference(QStringLiteral("^\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}$"));
        const auto match = reference.match(text);
        if (!match.hasMatch())
            fail(node, QStringLiteral("%1: a password is written into the profile; %2").arg(what, secureWays));
        return match.captured(1);
    }

    QString m_fileName;
};

ProfileError yamlError(const QString &fileName, const YAML::Exception &e)
{
    return ProfileError{fileName, e.mark.is_null() ? 0 : e.mark.line + 1, e.mark.is_null() ? 0 : e.mark.column + 1,
                        QStringLiteral("not valid YAML: %1").arg(fromStd(e.msg))};
}

std::optional<ProfileError> readFile(const QString &path, QByteArray &contents)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ProfileError{path, 0, 0, QStringLiteral("cannot read the file: %1").arg(file.errorString())};
    contents = file.readAll();
    return std::nullopt;
}

} // namespace

ProfileLoader::ThresholdMap ProfileLoader::defaultThresholds()
{
    static const ThresholdMap defaults = [] {
        const QString path = QStringLiteral(":/pitwall/thresholds.yaml");
        QByteArray yaml;
        if (const auto error = readFile(path, yaml))
            qFatal("%s", qPrintable(error->toString()));
        auto parsed = parseThresholds(yaml, path);
        if (const auto *error = std::get_if<ProfileError>(&parsed))
            qFatal("the shipped thresholds are broken: %s", qPrintable(error->toString()));
        return std::get<ThresholdMap>(parsed);
    }();
    return defaults;
}

QList<PanelConfig> ProfileLoader::defaultPanels()
{
    static const QList<PanelConfig> defaults = [] {
        const QString path = QStringLiteral(":/pitwall/panels.yaml");
        QByteArray yaml;
        if (const auto error = readFile(path, yaml))
            qFatal("%s", qPrintable(error->toString()));
        auto parsed = parsePanels(yaml, path, defaultThresholds());
        if (const auto *error = std::get_if<ProfileError>(&parsed))
            qFatal("the shipped panels are broken: %s", qPrintable(error->toString()));
        for (const auto &panel : std::get<QList<PanelConfig>>(parsed)) {
            if (panel.declared)
                qFatal("the shipped panel %s names a metric thresholds.yaml does not declare",
                       qPrintable(panel.metric));
        }
        return std::get<QList<PanelConfig>>(parsed);
    }();
    return defaults;
}

std::variant<Profile, ProfileError> ProfileLoader::load(const QString &path)
{
    QByteArray yaml;
    if (auto error = readFile(path, yaml))
        return *error;
    return parse(yaml, path, defaultThresholds());
}

std::variant<Profile, ProfileError> ProfileLoader::parse(const QByteArray &yaml, const QString &fileName,
                                                         const ThresholdMap &defaults)
{
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        Profile profile = Reader(fileName).profile(root, defaults);
        profile.filePath = fileName;
        return profile;
    } catch (const ProfileError &error) {
        return error;
    } catch (const YAML::Exception &e) {
        return yamlError(fileName, e);
    }
}

std::variant<QList<PanelConfig>, ProfileError> ProfileLoader::parsePanels(const QByteArray &yaml,
                                                                          const QString &fileName, ThresholdMap known)
{
    try {
        return Reader(fileName).panels(YAML::Load(yaml.toStdString()), known, nullptr);
    } catch (const ProfileError &error) {
        return error;
    } catch (const YAML::Exception &e) {
        return yamlError(fileName, e);
    }
}

std::variant<ProfileLoader::ThresholdMap, ProfileError> ProfileLoader::parseThresholds(const QByteArray &yaml,
                                                                                       const QString &fileName)
{
    try {
        return Reader(fileName).thresholds(YAML::Load(yaml.toStdString()));
    } catch (const ProfileError &error) {
        return error;
    } catch (const YAML::Exception &e) {
        return yamlError(fileName, e);
    }
}

} // namespace Pitwall

#include "profileloader.h"

#include "panelsreader.h"
#include "sourcesreader.h"
#include "thresholdsreader.h"
#include "warmrecipesreader.h"

#include <QFile>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace Pitwall {

QString ProfileError::toString() const
{
    if (line <= 0)
        return file + QLatin1String(": ") + message;
    return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
}

namespace {

/// `session: {retention: 7d, max_size: 512MB}`
void readSessionFile(const YamlReader &reader, const YAML::Node &node, Profile &profile)
{
    const QString what = QStringLiteral("session");
    reader.expectMap(node, what);
    reader.expectKeys(node, {"retention", "max_size"}, what);
    if (const auto retention = node["retention"]) {
        profile.sessionRetention = reader.duration(retention, QStringLiteral("session: retention"));
        if (profile.sessionRetention < std::chrono::hours(1))
            reader.fail(
                retention,
                ProfileLoader::tr("session: retention: at least 1h, got '%1'").arg(reader.scalar(retention, what)));
    }
    if (const auto size = node["max_size"]) {
        const QString text = reader.scalar(size, what);
        static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*(kB|MB|GB)\\s*$"));
        const auto match = pattern.match(text);
        if (!match.hasMatch())
            reader.fail(
                size, ProfileLoader::tr("session: max_size: expected a size such as 200MB or 2GB, got '%1'").arg(text));
        const QString unit = match.captured(2);
        const double factor = unit == QLatin1String("kB") ? 1024.0
            : unit == QLatin1String("MB")                 ? 1024.0 * 1024
                                                          : 1024.0 * 1024 * 1024;
        // Bounded before the conversion: a double past qint64's range has no integer value.
        const double bytes = match.captured(1).toDouble() * factor;
        if (bytes < 1024.0 * 1024)
            reader.fail(size, ProfileLoader::tr("session: max_size: at least 1MB, got '%1'").arg(text));
        if (bytes > 1024.0 * 1024 * 1024 * 1024)
            reader.fail(size, ProfileLoader::tr("session: max_size: at most 1024GB, got '%1'").arg(text));
        profile.sessionMaxBytes = qint64(bytes);
    }
}

/// The whole profile: each section by its own reader, in the order the
/// sections depend on each other.
Profile readProfile(const YAML::Node &root, const QString &fileName, const ProfileLoader::ThresholdMap &defaults)
{
    const YamlReader reader(fileName);
    Profile profile;
    profile.thresholds = defaults;
    const QString what = QStringLiteral("profile");
    reader.expectMap(root, what);
    reader.expectKeys(root, {"interval", "read_only", "session", "sources", "panels", "thresholds", "warm_recipes"},
                      what);
    if (const auto interval = root["interval"]) {
        profile.interval = reader.duration(interval, QStringLiteral("interval"));
        if (profile.interval < std::chrono::milliseconds(500))
            reader.fail(interval,
                        ProfileLoader::tr("interval: at least 500ms, got '%1'").arg(reader.scalar(interval, what)));
    }
    if (const auto readOnly = root["read_only"])
        profile.readOnly = reader.boolean(readOnly, QStringLiteral("read_only"));
    if (const auto session = root["session"]; session && !session.IsNull())
        readSessionFile(reader, session, profile);

    profile.sources = SourcesReader(fileName).sources(root["sources"], root);
    profile.warmRecipes = WarmRecipesReader(fileName).warmRecipes(root["warm_recipes"], profile);
    // Panels first: the thresholds below may override the limits of a metric a panel declares.
    profile.panels = PanelsReader(fileName).panels(root["panels"], profile.thresholds, &profile.sources);
    ThresholdsReader(fileName).overrides(root["thresholds"], profile.thresholds);
    return profile;
}

ProfileError yamlError(const QString &fileName, const YAML::Exception &e)
{
    return ProfileError{fileName, e.mark.is_null() ? 0 : e.mark.line + 1, e.mark.is_null() ? 0 : e.mark.column + 1,
                        ProfileLoader::tr("not valid YAML: %1").arg(QString::fromStdString(e.msg))};
}

std::optional<ProfileError> readFile(const QString &path, QByteArray &contents)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ProfileError{path, 0, 0, ProfileLoader::tr("cannot read the file: %1").arg(file.errorString())};
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
        Profile profile = readProfile(root, fileName, defaults);
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
        return PanelsReader(fileName).panels(YAML::Load(yaml.toStdString()), known, nullptr);
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
        return ThresholdsReader(fileName).thresholds(YAML::Load(yaml.toStdString()));
    } catch (const ProfileError &error) {
        return error;
    } catch (const YAML::Exception &e) {
        return yamlError(fileName, e);
    }
}

} // namespace Pitwall

#include "yamlreader.h"

#include "duration.h"
#include "profileloader.h"

#include <QRegularExpression>
#include <QStringList>

namespace Pitwall {

const QString &YamlReader::secureWays()
{
    static const QString text = ProfileLoader::tr(
        "write a ${ENV_VAR} reference instead, or 'password: keychain' for the system keychain, or "
        "leave the password out and let it come from ~/.pgpass / PGPASSFILE / PGSERVICE (PostgreSQL)");
    return text;
}

void YamlReader::fail(const YAML::Node &node, const QString &message) const
{
    const YAML::Mark mark = node.Mark();
    throw ProfileError{m_fileName, mark.is_null() ? 0 : mark.line + 1, mark.is_null() ? 0 : mark.column + 1, message};
}

void YamlReader::expectMap(const YAML::Node &node, const QString &what) const
{
    if (!node.IsMap())
        fail(node, ProfileLoader::tr("%1: expected a map of keys and values").arg(what));
}

void YamlReader::expectKeys(const YAML::Node &map, std::initializer_list<const char *> allowed,
                            const QString &what) const
{
    QStringList names;
    for (const char *name : allowed)
        names << QLatin1String(name);
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString key = scalar(it->first, what);
        if (!names.contains(key))
            fail(it->first,
                 ProfileLoader::tr("%1: unknown key '%2'; expected one of: %3")
                     .arg(what, key, names.join(QLatin1String(", "))));
    }
}

QString YamlReader::scalar(const YAML::Node &node, const QString &what) const
{
    if (!node.IsScalar())
        fail(node, ProfileLoader::tr("%1: expected a single value").arg(what));
    return QString::fromStdString(node.Scalar());
}

double YamlReader::number(const YAML::Node &node, const QString &what) const
{
    const QString text = scalar(node, what);
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok)
        fail(node, ProfileLoader::tr("%1: expected a number, got '%2'").arg(what, text));
    return value;
}

bool YamlReader::boolean(const YAML::Node &node, const QString &what) const
{
    const QString text = scalar(node, what);
    if (text == QLatin1String("true"))
        return true;
    if (text == QLatin1String("false"))
        return false;
    fail(node, ProfileLoader::tr("%1: expected true or false, got '%2'").arg(what, text));
}

std::chrono::milliseconds YamlReader::duration(const YAML::Node &node, const QString &what) const
{
    const QString text = scalar(node, what);
    const auto parsed = parseDuration(text);
    if (!parsed)
        fail(node, ProfileLoader::tr("%1: expected a duration such as 500ms, 5s, 2m or 1h, got '%2'").arg(what, text));
    return *parsed;
}

QString YamlReader::passwordReference(const YAML::Node &node, const QString &text, const QString &what) const
{
    if (text.isEmpty())
        return {};
    static const QRegularExpression reference(QStringLiteral("^\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}$"));
    const auto match = reference.match(text);
    if (!match.hasMatch())
        fail(node, ProfileLoader::tr("%1: a password is written into the profile; %2").arg(what, secureWays()));
    return match.captured(1);
}

} // namespace Pitwall

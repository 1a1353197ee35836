#include "profilesources.h"

#include "profileloader.h"
#include "profilewriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>

#include <yaml-cpp/yaml.h>

namespace Pitwall::ProfileSources {

namespace {
/// Where the `sources:` list sits in the file's lines, and where each entry
/// starts and ends (an entry's trailing comments and blank lines belong to
/// what follows it).
struct Layout
{
    int keyLine = -1;
    int end = -1; ///< one past the list's last line
    QString indent; ///< of the entries' "- "
    QList<std::pair<int, int>> entries; ///< [first, last + 1)
};

bool isTopLevelKey(const QString &line)
{
    return !line.isEmpty() && !line.at(0).isSpace() && !line.startsWith(QLatin1Char('#'));
}

bool isFiller(const QString &line)
{
    const QString trimmed = line.trimmed();
    return trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#'));
}

Layout layoutOf(const QStringList &lines)
{
    Layout layout;
    static const QRegularExpression sourcesKey(QStringLiteral("^sources:\\s*(#.*)?$"));
    for (int i = 0; i < lines.size() && layout.keyLine < 0; ++i) {
        if (sourcesKey.match(lines[i]).hasMatch())
            layout.keyLine = i;
    }
    if (layout.keyLine < 0)
        return layout;
    int end = layout.keyLine + 1;
    while (end < lines.size() && !isTopLevelKey(lines[end]))
        ++end;
    while (end > layout.keyLine + 1 && isFiller(lines[end - 1]))
        --end;
    layout.end = end;
    static const QRegularExpression item(QStringLiteral("^(\\s*)- "));
    for (int i = layout.keyLine + 1; i < end; ++i) {
        const auto match = item.match(lines[i]);
        if (!match.hasMatch() || (!layout.indent.isNull() && match.captured(1) != layout.indent))
            continue;
        layout.indent = match.captured(1);
        if (!layout.entries.isEmpty()) {
            int last = i;
            while (last > layout.entries.last().first + 1 && isFiller(lines[last - 1]))
                --last;
            layout.entries.last().second = last;
        }
        layout.entries.append({i, end});
    }
    return layout;
}

YAML::Node entryNode(const QStringList &lines, const std::pair<int, int> &entry)
{
    try {
        const YAML::Node list
            = YAML::Load(lines.mid(entry.first, entry.second - entry.first).join(QLatin1Char('\n')).toStdString());
        if (list.IsSequence() && list.size() == 1 && list[0].IsMap())
            return list[0];
    } catch (const YAML::Exception &) { }
    return {};
}

int findEntry(const QStringList &lines, const Layout &layout, const QString &name)
{
    for (int i = 0; i < layout.entries.size(); ++i) {
        const YAML::Node node = entryNode(lines, layout.entries[i]);
        if (node && node["name"] && node["name"].IsScalar()
            && QString::fromStdString(node["name"].as<std::string>()) == name)
            return i;
    }
    return -1;
}

/// The entry as block YAML under @p indent: its name, kind, url and password
/// first, then whatever else @p kept holds, in its order.
QStringList entryLines(const SourceEntry &entry, const YAML::Node &kept, const QString &indent)
{
    YAML::Emitter out;
    out << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << entry.name.toStdString();
    out << YAML::Key << "kind" << YAML::Value << sourceKindName(entry.kind).toStdString();
    out << YAML::Key << "url" << YAML::Value << YAML::SingleQuoted << entry.url.toStdString();
    if (entry.passwordInKeychain)
        out << YAML::Key << "password" << YAML::Value << "keychain";
    if (kept && kept.IsMap()) {
        for (const auto &pair : kept) {
            const std::string key = pair.first.as<std::string>();
            if (key == "name" || key == "kind" || key == "url" || key == "password")
                continue;
            out << YAML::Key << key << YAML::Value << pair.second;
        }
    }
    out << YAML::EndMap;
    QStringList lines = QString::fromUtf8(out.c_str()).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i)
        lines[i] = indent + (i == 0 ? QStringLiteral("- ") : QStringLiteral("  ")) + lines[i];
    return lines;
}

QStringList linesOf(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QString textOf(const QStringList &lines)
{
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

/// The entry's own-line comments: they stay above the rewritten entry.
QStringList commentsIn(const QStringList &lines, const std::pair<int, int> &entry)
{
    QStringList comments;
    for (int i = entry.first + 1; i < entry.second; ++i) {
        if (lines[i].trimmed().startsWith(QLatin1Char('#')))
            comments << lines[i];
    }
    return comments;
}
} // namespace

QString add(const QString &text, const SourceEntry &entry, QString *error)
{
    QStringList lines = linesOf(text);
    Layout layout = layoutOf(lines);
    if (layout.keyLine >= 0 && findEntry(lines, layout, entry.name) >= 0) {
        *error = QCoreApplication::translate("Pitwall::ProfileSources", "a source named '%1' exists already")
                     .arg(entry.name);
        return text;
    }
    if (layout.keyLine < 0) {
        lines << QStringLiteral("sources:");
        layout.keyLine = int(lines.size()) - 1;
        layout.end = int(lines.size());
    }
    const QString indent = layout.indent.isNull() ? QStringLiteral("  ") : layout.indent;
    const QStringList added = entryLines(entry, {}, indent);
    for (int i = 0; i < added.size(); ++i)
        lines.insert(layout.end + i, added[i]);
    return textOf(lines);
}

QString replace(const QString &text, const QString &name, const SourceEntry &entry, QString *error)
{
    QStringList lines = linesOf(text);
    const Layout layout = layoutOf(lines);
    const int index = findEntry(lines, layout, name);
    if (index < 0) {
        *error
            = QCoreApplication::translate("Pitwall::ProfileSources", "the profile has no source named '%1'").arg(name);
        return text;
    }
    if (entry.name != name && findEntry(lines, layout, entry.name) >= 0) {
        *error = QCoreApplication::translate("Pitwall::ProfileSources", "a source named '%1' exists already")
                     .arg(entry.name);
        return text;
    }
    const auto span = layout.entries[index];
    const QStringList rewritten = commentsIn(lines, span) + entryLines(entry, entryNode(lines, span), layout.indent);
    lines.erase(lines.begin() + span.first, lines.begin() + span.second);
    for (int i = 0; i < rewritten.size(); ++i)
        lines.insert(span.first + i, rewritten[i]);
    return textOf(lines);
}

QString remove(const QString &text, const QString &name, QString *error)
{
    QStringList lines = linesOf(text);
    const Layout layout = layoutOf(lines);
    const int index = findEntry(lines, layout, name);
    if (index < 0) {
        *error
            = QCoreApplication::translate("Pitwall::ProfileSources", "the profile has no source named '%1'").arg(name);
        return text;
    }
    const auto span = layout.entries[index];
    lines.erase(lines.begin() + span.first, lines.begin() + span.second);
    return textOf(lines);
}

bool save(const QString &path, const QString &name, const SourceEntry *entry, QString *error)
{
    QFile original(path);
    if (!original.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Pitwall::ProfileSources", "%1: cannot read: %2")
                     .arg(path, original.errorString());
        return false;
    }
    const QString text = QString::fromUtf8(original.readAll());
    original.close();
    error->clear();
    const QString updated = !entry ? remove(text, name, error)
        : name.isEmpty()           ? add(text, *entry, error)
                                   : replace(text, name, *entry, error);
    if (!error->isEmpty())
        return false;

    // What was asked must be what the file now says.
    const auto parsed = ProfileLoader::parse(updated.toUtf8(), path, ProfileLoader::defaultThresholds());
    if (const auto *refused = std::get_if<ProfileError>(&parsed)) {
        *error = QCoreApplication::translate("Pitwall::ProfileSources", "the saved profile would be refused: %1")
                     .arg(refused->toString());
        return false;
    }
    const Profile &check = std::get<Profile>(parsed);
    if (entry) {
        const SourceConfig *source = check.source(entry->name);
        if (!source || source->kind != entry->kind || source->passwordInKeychain != entry->passwordInKeychain
            || (name != entry->name && check.source(name))) {
            *error = QCoreApplication::translate("Pitwall::ProfileSources",
                                                 "the saved profile would not read back as edited");
            return false;
        }
    } else if (check.source(name)) {
        *error = QCoreApplication::translate("Pitwall::ProfileSources", "the saved profile would still name '%1'")
                     .arg(name);
        return false;
    }

    return ProfileWriter::replaceFile(path, updated, error);
}

} // namespace Pitwall::ProfileSources

#include "profilewriter.h"

#include "duration.h"
#include "profileloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringList>

namespace Pitwall::ProfileWriter {

namespace {
QString number(double value)
{
    return QString::number(value, 'g', 12);
}

QString ruleLine(const QString &metric, const ThresholdRule &rule)
{
    QStringList fields;
    if (rule.direction)
        fields << QStringLiteral("direction: %1")
                      .arg(*rule.direction == ThresholdRule::Direction::Above ? QStringLiteral("above")
                                                                              : QStringLiteral("below"));
    if (rule.warning)
        fields << QStringLiteral("warning: ") + number(*rule.warning);
    if (rule.critical)
        fields << QStringLiteral("critical: ") + number(*rule.critical);
    if (rule.emergency)
        fields << QStringLiteral("emergency: ") + number(*rule.emergency);
    fields << QStringLiteral("for: ") + formatDuration(rule.holdFor);
    return QStringLiteral("  %1: {%2}").arg(metric, fields.join(QLatin1String(", ")));
}

bool isTopLevelKey(const QString &line)
{
    return !line.isEmpty() && !line.at(0).isSpace() && !line.startsWith(QLatin1Char('#'));
}
} // namespace

QString rewrite(const QString &text, std::chrono::milliseconds interval, const QMap<QString, ThresholdRule> &rules,
                const QMap<QString, ThresholdRule> &defaults)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();

    QStringList block;
    for (auto it = rules.cbegin(); it != rules.cend(); ++it) {
        const auto fallback = defaults.constFind(it.key());
        if (fallback == defaults.cend() || !(*fallback == *it))
            block << ruleLine(it.key(), *it);
    }

    // The thresholds block: its key line and every indented, blank or comment line after it.
    static const QRegularExpression thresholdsKey(QStringLiteral("^thresholds:"));
    int start = -1;
    for (int i = 0; i < lines.size(); ++i) {
        if (thresholdsKey.match(lines[i]).hasMatch()) {
            start = i;
            break;
        }
    }
    if (start >= 0) {
        int end = start + 1;
        while (end < lines.size() && !isTopLevelKey(lines[end]))
            ++end;
        // Trailing blank lines and comments belong to what follows.
        while (end > start + 1
               && (lines[end - 1].trimmed().isEmpty() || lines[end - 1].trimmed().startsWith(QLatin1Char('#'))))
            --end;
        lines.erase(lines.begin() + start, lines.begin() + end);
    } else {
        start = int(lines.size());
    }
    if (!block.isEmpty())
        lines.insert(start, (QStringList{QStringLiteral("thresholds:")} + block).join(QLatin1Char('\n')));

    static const QRegularExpression intervalKey(QStringLiteral("^interval:\\s*[^#\\s]*(.*)$"));
    const QString intervalLine = QStringLiteral("interval: ") + formatDuration(interval);
    bool replaced = false;
    for (auto &line : lines) {
        const auto match = intervalKey.match(line);
        if (match.hasMatch()) {
            line = intervalLine + match.captured(1);
            replaced = true;
            break;
        }
    }
    if (!replaced) {
        int at = 0;
        while (at < lines.size() && lines[at].startsWith(QLatin1Char('#')))
            ++at;
        lines.insert(at, intervalLine);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool save(const QString &path, std::chrono::milliseconds interval, const QMap<QString, ThresholdRule> &rules,
          QString *error)
{
    QFile original(path);
    if (!original.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Pitwall::ProfileWriter", "%1: cannot read: %2")
                     .arg(path, original.errorString());
        return false;
    }
    const QString text = QString::fromUtf8(original.readAll());
    original.close();
    const auto defaults = ProfileLoader::defaultThresholds();
    // A metric a panel declares has the panel's limits for defaults: they stay in the panel.
    auto unchanged = defaults;
    const auto read = ProfileLoader::parse(text.toUtf8(), path, defaults);
    if (const auto *profile = std::get_if<Profile>(&read)) {
        for (const auto &panel : profile->panels) {
            if (panel.declared)
                unchanged.insert(panel.metric, *panel.declared);
        }
    }
    const QString updated = rewrite(text, interval, rules, unchanged);

    auto parsed = ProfileLoader::parse(updated.toUtf8(), path, defaults);
    if (const auto *refused = std::get_if<ProfileError>(&parsed)) {
        *error = QCoreApplication::translate("Pitwall::ProfileWriter", "the saved profile would be refused: %1")
                     .arg(refused->toString());
        return false;
    }
    const Profile &check = std::get<Profile>(parsed);
    if (check.interval != interval || check.thresholds != rules) {
        *error
            = QCoreApplication::translate("Pitwall::ProfileWriter", "the saved profile would not read back as edited");
        return false;
    }

    return replaceFile(path, updated, error);
}

namespace {
bool writeAtomically(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        *error = QCoreApplication::translate("Pitwall::ProfileWriter", "%1: cannot write: %2")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}
} // namespace

bool replaceFile(const QString &path, const QString &text, QString *error)
{
    QFile::remove(path + QStringLiteral(".bak"));
    if (!QFile::copy(path, path + QStringLiteral(".bak"))) {
        *error = QCoreApplication::translate("Pitwall::ProfileWriter", "%1: cannot keep a backup beside it").arg(path);
        return false;
    }
    return writeAtomically(path, text, error);
}

bool createFile(const QString &path, const QString &text, QString *error)
{
    if (!QDir().mkpath(QFileInfo(path).path())) {
        *error = QCoreApplication::translate("Pitwall::ProfileWriter", "%1: cannot make its directory").arg(path);
        return false;
    }
    return writeAtomically(path, text, error);
}

} // namespace Pitwall::ProfileWriter

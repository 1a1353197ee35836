#include "recentprofiles.h"

#include <QFileInfo>
#include <QSettings>

namespace Pitwall::RecentProfiles {

namespace {
constexpr int maxRecent = 8;
const QString recentKey = QStringLiteral("recentProfiles");
} // namespace

QStringList all()
{
    return QSettings().value(recentKey).toStringList();
}

QString latest()
{
    return all().value(0);
}

void remember(const QString &path)
{
    QStringList recent = all();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    QSettings().setValue(recentKey, recent.mid(0, maxRecent));
}

} // namespace Pitwall::RecentProfiles

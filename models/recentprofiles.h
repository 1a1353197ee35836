#pragma once

#include <QString>
#include <QStringList>

namespace Pitwall {

/// The profiles opened last in the window, newest first, kept in the user's
/// settings: the window's Open recent menu, and what `check` reads when it is
/// given no profile.
namespace RecentProfiles {

QStringList all();
/// The one opened last; empty when none was.
QString latest();
/// Puts @p path (made absolute) first, keeping the newest eight.
void remember(const QString &path);

} // namespace RecentProfiles
} // namespace Pitwall

#pragma once

#include "profile.h"

#include <QMap>
#include <QString>

#include <chrono>

namespace Pitwall {

/// Saves changed limits and the poll interval into a profile file, touching
/// nothing else in it: the `interval:` line and the `thresholds:` block are
/// rewritten, every other line (sources, comments) stays as the engineer wrote
/// it. Only rules that differ from the shipped defaults are written. The new
/// text is validated before it replaces the file, and the old one is kept as
/// FILE.bak.
namespace ProfileWriter {

/// The profile's text with @p interval and @p rules in place.
QString rewrite(const QString &text, std::chrono::milliseconds interval, const QMap<QString, ThresholdRule> &rules,
                const QMap<QString, ThresholdRule> &defaults);

bool save(const QString &path, std::chrono::milliseconds interval, const QMap<QString, ThresholdRule> &rules,
          QString *error);

/// Replaces the profile at @p path with @p text, the old one kept as
/// PATH.bak, atomically (a crash leaves one or the other whole).
bool replaceFile(const QString &path, const QString &text, QString *error);

/// Writes a new profile at @p path (its directory made where missing), atomically.
bool createFile(const QString &path, const QString &text, QString *error);

} // namespace ProfileWriter
} // namespace Pitwall

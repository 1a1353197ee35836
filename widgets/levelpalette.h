#pragma once

#include "sourcestatus.h"
#include "thresholdrule.h"

#include <QColor>
#include <QPalette>

namespace Pitwall {

/// The colours of the levels, readable on the current palette (light or dark).
namespace LevelPalette {

/// The level's own colour: tile backgrounds, threshold lines, table badges.
QColor color(Level level, const QPalette &palette);
/// A translucent tint of it, for threshold bands and table rows.
QColor tint(Level level, const QPalette &palette);
/// Text that reads on color(level).
QColor textOn(Level level);
/// True when the palette is dark (text lighter than the window).
bool isDark(const QPalette &palette);
/// The palettes View → Theme picks when it overrides the system's.
QPalette darkPalette();
QPalette lightPalette();
/// The level's name as the user interface shows it, translated.
QString displayName(Level level);
/// A source state's name as the user interface shows it, translated.
QString stateDisplayName(SourceStatus::State state);

} // namespace LevelPalette
} // namespace Pitwall

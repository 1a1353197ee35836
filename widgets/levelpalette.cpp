#include "levelpalette.h"

#include <QCoreApplication>

namespace Pitwall::LevelPalette {

QString displayName(Level level)
{
    return QCoreApplication::translate("Pitwall::Level", levelName(level).toLatin1().constData());
}

QString stateDisplayName(SourceStatus::State state)
{
    return QCoreApplication::translate("Pitwall::SourceStatus", sourceStateName(state).toLatin1().constData());
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::WindowText).lightness() > palette.color(QPalette::Window).lightness();
}

QColor color(Level level, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (level) {
    case Level::Ok:
        return dark ? QColor(0x4c, 0xaf, 0x50) : QColor(0x2e, 0x7d, 0x32);
    case Level::Warning:
        return dark ? QColor(0xff, 0xc1, 0x07) : QColor(0xf5, 0xa6, 0x23);
    case Level::Critical:
        return dark ? QColor(0xff, 0x57, 0x22) : QColor(0xe6, 0x4a, 0x19);
    case Level::Emergency:
        return dark ? QColor(0xe0, 0x40, 0xfb) : QColor(0x8e, 0x24, 0xaa);
    case Level::Unknown:
        break;
    }
    return dark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x75, 0x75, 0x75);
}

QColor tint(Level level, const QPalette &palette)
{
    QColor tinted = color(level, palette);
    tinted.setAlpha(isDark(palette) ? 70 : 45);
    return tinted;
}

QColor textOn(Level level)
{
    return level == Level::Warning ? QColor(0x21, 0x21, 0x21) : QColor(Qt::white);
}

} // namespace Pitwall::LevelPalette

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

QPalette darkPalette()
{
    QPalette dark;
    const QColor text(0xe8, 0xe8, 0xe8);
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, Qt::white);
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return dark;
}

QPalette lightPalette()
{
    QPalette light;
    const QColor text(0x21, 0x21, 0x21);
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::WindowText, text);
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf5, 0xf5));
    light.setColor(QPalette::Text, text);
    light.setColor(QPalette::Button, QColor(0xe4, 0xe4, 0xe4));
    light.setColor(QPalette::ButtonText, text);
    light.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    light.setColor(QPalette::HighlightedText, Qt::white);
    light.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    light.setColor(QPalette::ToolTipText, text);
    light.setColor(QPalette::PlaceholderText, QColor(0x80, 0x80, 0x80));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        light.setColor(QPalette::Disabled, role, QColor(0xa0, 0xa0, 0xa0));
    return light;
}

} // namespace Pitwall::LevelPalette

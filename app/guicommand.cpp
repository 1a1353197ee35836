#include "commands.h"
#include "translations.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

namespace Pitwall {

int runGui(int &argc, char **argv, const QString &language)
{
    QApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Pitwall"));
    QGuiApplication::setDesktopFileName(QStringLiteral("pitwall"));
    installTranslators(language);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("profile"), QString(), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("lang"), QString(), QStringLiteral("LANG")});
    parser.parse(QCoreApplication::arguments());

    MainWindow window;
    window.show();
    if (parser.isSet(QStringLiteral("profile")) && !window.openProfile(parser.value(QStringLiteral("profile"))))
        return ExitProfile;
    return QApplication::exec();
}

} // namespace Pitwall

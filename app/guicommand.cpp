#include "commands.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>

namespace Pitwall {

int runGui(int &argc, char **argv, const QString &language)
{
    QApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Pitwall"));
    QGuiApplication::setDesktopFileName(QStringLiteral("dev.pitwall.Pitwall"));
    installTranslators(language);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("profile"), QString(), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("lang"), QString(), QStringLiteral("LANG")});
    parser.addOption(QCommandLineOption(QStringLiteral("open")));
    parser.parse(QCoreApplication::arguments());

    MainWindow window;
    window.show();
    if (parser.isSet(QStringLiteral("profile")) && !window.openProfile(parser.value(QStringLiteral("profile"))))
        return ExitProfile;
    if (parser.isSet(QStringLiteral("open")))
        QMetaObject::invokeMethod(&window, &MainWindow::chooseProfile, Qt::QueuedConnection);
    return QApplication::exec();
}

} // namespace Pitwall

#include "commands.h"
#include "localprobe.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

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
    // QApplication has taken its own options (-platform, -style, …) out; anything else unknown is a typo.
    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr)
            << QCoreApplication::translate("main", "pitwall: %1; see pitwall --help").arg(parser.errorText())
            << Qt::endl;
        return ExitUsage;
    }

    MainWindow window;
    window.show();
    if (parser.isSet(QStringLiteral("profile")) && !window.openProfile(parser.value(QStringLiteral("profile"))))
        return ExitProfile;
    if (parser.isSet(QStringLiteral("open"))) {
        QMetaObject::invokeMethod(&window, &MainWindow::chooseProfile, Qt::QueuedConnection);
    } else if (!parser.isSet(QStringLiteral("profile"))) {
        // No profile: watch whatever answers on this machine's standard ports (DESIGN.md, command line).
        auto *probe = new LocalProbe(&window);
        QObject::connect(probe, &LocalProbe::finished, &window, [&window, probe] {
            const Profile found = probe->profile();
            if (found.sources.isEmpty())
                window.showNothingToWatch(QCoreApplication::translate(
                    "main",
                    "No profile given, and no server answers on this machine's standard ports "
                    "(PostgreSQL 5432, pgbouncer 6432, Redis 6379, ClickHouse 8123, Prometheus 9090)."));
            else
                window.watchProfile(found, QCoreApplication::translate("main", "local servers"));
            probe->deleteLater();
        });
        probe->start();
    }
    return QApplication::exec();
}

} // namespace Pitwall

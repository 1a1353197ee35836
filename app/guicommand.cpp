#include "commands.h"
#include "duration.h"
#include "eventloopwatch.h"
#include "localprobe.h"
#include "mainwindow.h"
#include "timewindow.h"
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
    parser.addOption({QStringLiteral("window"), QString(), QStringLiteral("DURATION")});
    // QApplication has taken its own options (-platform, -style, …) out; anything else unknown is a typo.
    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr)
            << QCoreApplication::translate("main", "pitwall: %1; see pitwall --help").arg(parser.errorText())
            << Qt::endl;
        return ExitUsage;
    }

    std::optional<std::chrono::milliseconds> span;
    if (parser.isSet(QStringLiteral("window"))) {
        span = parseDuration(parser.value(QStringLiteral("window")));
        if (!span || span->count() < 1000) {
            QTextStream(stderr) << QCoreApplication::translate(
                "main", "pitwall: --window takes a duration of at least 1s, e.g. 24h")
                                << Qt::endl;
            return ExitUsage;
        }
    }

    EventLoopWatch watch;
    watch.start();
    MainWindow window;
    if (span)
        window.timeWindow()->setSpan(*span);
    window.show();
    if (parser.isSet(QStringLiteral("profile")) && !window.openProfile(parser.value(QStringLiteral("profile"))))
        return ExitProfile;
    if (parser.isSet(QStringLiteral("open"))) {
        QMetaObject::invokeMethod(&window, &MainWindow::chooseProfile, Qt::QueuedConnection);
    } else if (!parser.isSet(QStringLiteral("profile"))) {
        // No profile: what answers on this machine's standard ports, to watch or to add to (DESIGN.md).
        auto *probe = new LocalProbe(&window);
        QObject::connect(probe, &LocalProbe::finished, &window, [&window, probe] {
            window.showWelcome(probe->profile(),
                               QCoreApplication::translate("main",
                                                           "PostgreSQL on 5432 and its socket, pgbouncer 6432, "
                                                           "Redis 6379, ClickHouse 8123, Prometheus 9090"));
            probe->deleteLater();
        });
        probe->start();
    }
    return QApplication::exec();
}

} // namespace Pitwall

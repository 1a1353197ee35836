#include "commands.h"
#include "dashboardview.h"
#include "duration.h"
#include "profileloader.h"
#include "recorder.h"
#include "reportwriter.h"
#include "session.h"
#include "timewindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>
#include <QTimer>

namespace Pitwall {

int runReport(int &argc, char **argv, const QString &language)
{
    // Headless: the charts are drawn offscreen, no display needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    installTranslators(language);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "report",
        "Polls every source of the profile for the window and writes an incident report: index.html with "
        "the charts, the alert and slow-query tables and the profile's summary, plus CSV of all of it. "
        "History recorded for the profile before the window is included."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("profile"), QCoreApplication::translate("report", "The profile."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("window"), QCoreApplication::translate("report", "How long to watch, e.g. 60s."),
                      QStringLiteral("DURATION"), QStringLiteral("60s")});
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("report", "The directory to write into."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("lang"), QString(), QStringLiteral("LANG")});
    parser.addPositionalArgument(QStringLiteral("report"), QString(), QStringLiteral("report"));
    if (!parser.parse(QCoreApplication::arguments())) {
        err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const auto window = parseDuration(parser.value(QStringLiteral("window")));
    if (!parser.isSet(QStringLiteral("profile")) || !parser.isSet(QStringLiteral("out")) || !window
        || window->count() < 1000) {
        err << QCoreApplication::translate("report",
                                           "pitwall report: --profile FILE --out DIR [--window 60s] "
                                           "(a window of at least 1s)")
            << Qt::endl;
        return ExitUsage;
    }
    const QString path = parser.value(QStringLiteral("profile"));
    const auto profile = loadProfileForCommand(path);
    if (!profile)
        return ExitProfile;

    Session session(*profile, Recorder::sessionPath(path));
    TimeWindow range;
    range.setSpan(*window);
    DashboardView dashboard(&session, &range);
    dashboard.resize(1600, 1000);
    dashboard.show();
    session.start();

    int status = 0;
    QTimer::singleShot(*window, &app, [&] {
        range.advance();
        QString error;
        if (ReportWriter(&session, &dashboard, &range).write(parser.value(QStringLiteral("out")), &error)) {
            out << QDir(parser.value(QStringLiteral("out"))).absoluteFilePath(QStringLiteral("index.html")) << Qt::endl;
        } else {
            err << QCoreApplication::translate("report", "pitwall report: %1").arg(error) << Qt::endl;
            status = 1;
        }
        QCoreApplication::quit();
    });
    QApplication::exec();
    session.stop();
    return status;
}

} // namespace Pitwall

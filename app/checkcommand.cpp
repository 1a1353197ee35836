#include "checkreport.h"
#include "checkrun.h"
#include "commands.h"
#include "duration.h"
#include "profileloader.h"
#include "recentprofiles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace Pitwall {

int runCheck(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "check",
        "Polls every source of the profile at the start and the end of the window, judges each metric "
        "against its thresholds, and exits as a Nagios plugin: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (a "
        "source could not be read, or the command line or the profile is wrong)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("profile"), QCoreApplication::translate("check", "The profile to check."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("window"),
                      QCoreApplication::translate("check", "How long to watch, e.g. 30s (default) or 2m."),
                      QStringLiteral("DURATION"), QStringLiteral("30s")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("check", "Print one JSON object.")});
    parser.addPositionalArgument(QStringLiteral("check"), QString(), QStringLiteral("check"));
    // A Nagios plugin that cannot run says UNKNOWN: on stderr, and as the plugin's line unless JSON was asked for.
    const bool json = arguments.contains(QLatin1String("--json"));
    const auto unknown = [&](const QString &reason) {
        err << reason << Qt::endl;
        if (!json)
            out << CheckReport::unknownLine(reason);
        return CheckUnknown;
    };
    if (!parser.parse(arguments))
        return unknown(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    QString profilePath = parser.value(QStringLiteral("profile"));
    if (profilePath.isEmpty()) {
        // The profile opened last in the window: what the launcher's "Check" means.
        profilePath = RecentProfiles::latest();
        if (profilePath.isEmpty())
            return unknown(QCoreApplication::translate("check",
                                                       "pitwall check: --profile FILE is required (no profile was "
                                                       "opened in the window yet)"));
        err << QCoreApplication::translate("check", "pitwall check: checking %1").arg(profilePath) << Qt::endl;
    }
    const auto window = parseDuration(parser.value(QStringLiteral("window")));
    if (!window || window->count() < 1000)
        return unknown(
            QCoreApplication::translate("check", "pitwall check: --window takes a duration of at least 1s, e.g. 30s"));
    QString refusal;
    const auto profile = loadProfileForCommand(profilePath, &refusal);
    if (!profile) {
        if (!json)
            out << CheckReport::unknownLine(refusal);
        return CheckUnknown;
    }

    CheckRun run(*profile, *window);
    QObject::connect(&run, &CheckRun::finished, QCoreApplication::instance(), &QCoreApplication::quit,
                     Qt::QueuedConnection);
    run.start();
    QCoreApplication::exec();

    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(run.report().toJson()).toJson(QJsonDocument::Indented);
    else
        out << run.report().toText();
    out.flush();
    return run.report().exitCode();
}

} // namespace Pitwall

// pitwall: the dashboard, and its headless commands (DESIGN.md, command line).

#include "commands.h"
#include "pitwall_version.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

#include <cstring>
#include <memory>

using namespace Pitwall;

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("pitwall"));
    QCoreApplication::setOrganizationName(QStringLiteral("Pitwall"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PITWALL_VERSION));
}

/// The value of --lang in argv, if given; read before any application object exists.
QString languageArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(argv[i], "--lang=", 7) == 0)
            return QString::fromLocal8Bit(argv[i] + 7);
    }
    return {};
}

/// @p arguments without --lang and its value: the language is set before a
/// command parses its own options, so every command takes it.
QStringList withoutLanguage(QStringList arguments)
{
    for (int i = 1; i < arguments.size();) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            arguments.remove(i, 2);
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            arguments.remove(i);
        else
            ++i;
    }
    return arguments;
}

/// The first argument that is not an option (or an option's value): the command.
QString commandArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (arg[0] != '-')
            return QString::fromLocal8Bit(arg);
        if ((std::strcmp(arg, "--profile") == 0 || std::strcmp(arg, "--lang") == 0 || std::strcmp(arg, "--window") == 0
             || std::strcmp(arg, "--out") == 0 || std::strcmp(arg, "--listen") == 0)
            && i + 1 < argc)
            ++i;
    }
    return {};
}

int runTopLevel(int argc, char **argv)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Pitwall: connection pools, cache hit rates, CDC lag and slow queries against documented thresholds.\n\n"
        "Commands:\n"
        "  (none)   open the dashboard\n"
        "  check    poll every source for a window and exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN\n"
        "  report   poll for a window and write an incident report (index.html, charts, CSV)\n"
        "  action   plan, confirm and run an action: flush-cache, warm-cache, prewarm, optimize, vacuum,\n"
        "           cancel-query (pitwall action --help)\n"
        "  serve    poll without a window and serve the metrics for Prometheus to scrape\n"
        "\n"
        "pitwall COMMAND --help lists a command's options."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("profile"), QCoreApplication::translate("main", "The profile to open."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("open"), QCoreApplication::translate("main", "Start with the dialog that opens a profile.")});
    parser.addOption({QStringLiteral("window"),
                      QCoreApplication::translate("main",
                                                  "The time range the dashboard shows (5m, 1h30m, 24h); "
                                                  "default 15m."),
                      QStringLiteral("DURATION")});
    parser.addOption({QStringLiteral("lang"),
                      QCoreApplication::translate("main", "User interface language (en, de); default: the system's."),
                      QStringLiteral("LANG")});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("main", "check, report, action or serve"),
                                 QStringLiteral("[command]"));
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    out << parser.helpText();
    return 0;
}

bool wantsTopLevelOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0)
            return true;
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0)
            return commandArgument(argc, argv).isEmpty();
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    describeApplication();
    const QString language = languageArgument(argc, argv);
    const QString command = commandArgument(argc, argv);

    if (command.isEmpty() && !wantsTopLevelOnly(argc, argv))
        return runGui(argc, argv, language);
    if (command == QLatin1String("report"))
        return runReport(argc, argv, language);

    QCoreApplication app(argc, argv);
    installTranslators(language);
    if (command.isEmpty())
        return runTopLevel(argc, argv);
    const QStringList arguments = withoutLanguage(QCoreApplication::arguments());
    if (command == QLatin1String("check"))
        return runCheck(arguments);
    if (command == QLatin1String("action"))
        return runAction(arguments);
    if (command == QLatin1String("serve"))
        return runServe(arguments);
    QTextStream(stderr)
        << QCoreApplication::translate("main", "pitwall: unknown command '%1'; see pitwall --help").arg(command)
        << Qt::endl;
    return ExitUsage;
}

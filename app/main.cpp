#include "mainwindow.h"
#include "pitwall_version.h"
#include "profileloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <memory>

using namespace Pitwall;

namespace {

enum ExitCode { ExitOk = 0, ExitUsage = 64, ExitProfile = 78 };

/// Loads the translation for --lang (or the system's language) from resources.
void installTranslators(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *pitwall = new QTranslator(&app);
    if (pitwall->load(locale, QStringLiteral("pitwall"), QStringLiteral("_"), QStringLiteral(":/pitwall/translations")))
        QCoreApplication::installTranslator(pitwall);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Pitwall: connection pools, cache hit rates, CDC lag and slow queries against documented thresholds.\n\n"
        "Commands:\n"
        "  (none)   open the dashboard\n"
        "  check    poll every source for a window and exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN\n"
        "  report   export an incident window as a report bundle\n"
        "  serve    expose what Pitwall computes for Prometheus to scrape"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("profile"), QCoreApplication::translate("main", "The profile to open."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("lang"),
                      QCoreApplication::translate("main", "User interface language (en, de); default: the system's."),
                      QStringLiteral("LANG")});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("main", "check, report or serve"),
                                 QStringLiteral("[command]"));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pitwall"));
    QCoreApplication::setOrganizationName(QStringLiteral("Pitwall"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PITWALL_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Pitwall"));

    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.process(app);
    installTranslators(app, parser.value(QStringLiteral("lang")));

    QTextStream err(stderr);
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        err << QCoreApplication::translate("main", "pitwall: unknown command '%1'; see pitwall --help")
                   .arg(positional.first())
            << Qt::endl;
        return ExitUsage;
    }

    MainWindow window;
    if (parser.isSet(QStringLiteral("profile"))) {
        auto loaded = ProfileLoader::load(parser.value(QStringLiteral("profile")));
        if (const auto *error = std::get_if<ProfileError>(&loaded)) {
            err << QCoreApplication::translate("main", "pitwall: profile refused: %1").arg(error->toString())
                << Qt::endl;
            return ExitProfile;
        }
        window.setProfile(std::get<Profile>(loaded));
    }
    window.show();
    return app.exec();
}

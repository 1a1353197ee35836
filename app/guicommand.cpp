#include "commands.h"
#include "mainwindow.h"
#include "profileloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

namespace Pitwall {

int runGui(int &argc, char **argv, const QString &language)
{
    QApplication app(argc, argv);
    installTranslators(language);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Pitwall"));
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("profile"), QString(), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("lang"), QString(), QStringLiteral("LANG")});
    parser.parse(QCoreApplication::arguments());

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
    return QApplication::exec();
}

} // namespace Pitwall

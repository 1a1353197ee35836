#include "commands.h"
#include "mainwindow.h"
#include "profileloader.h"
#include "recorder.h"
#include "session.h"

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
    std::unique_ptr<Session> session;
    if (parser.isSet(QStringLiteral("profile"))) {
        const QString path = parser.value(QStringLiteral("profile"));
        auto loaded = ProfileLoader::load(path);
        if (const auto *error = std::get_if<ProfileError>(&loaded)) {
            err << QCoreApplication::translate("main", "pitwall: profile refused: %1").arg(error->toString())
                << Qt::endl;
            return ExitProfile;
        }
        session = std::make_unique<Session>(std::get<Profile>(loaded), Recorder::sessionPath(path));
        window.setSession(session.get());
        session->start();
    }
    window.show();
    const int status = QApplication::exec();
    if (session)
        session->stop();
    return status;
}

} // namespace Pitwall

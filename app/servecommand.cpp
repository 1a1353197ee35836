#include "commands.h"
#include "profileloader.h"
#include "prometheusexporter.h"
#include "session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Pitwall {

namespace {
/// SIGTERM and SIGINT write a byte here; the event loop reads it (Qt's "Calling Qt
/// Functions From Unix Signal Handlers"), so nothing wakes between polls to look.
int stopPipe[2] = {-1, -1};

void requestStop(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(stopPipe[1], &byte, 1);
}
} // namespace

int runServe(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "serve",
        "Polls every source of the profile, headless, and serves what Pitwall computes for Prometheus to scrape: "
        "one gauge per metric with its unit as suffix (pitwall_cache_hit_ratio, pitwall_cdc_lag_seconds, "
        "pitwall_pool_utilisation_ratio, ...; the latest value of each series, labels source and its own), "
        "pitwall_threshold_level{source,metric,...} (0 ok, 1 warning, 2 critical, 3 emergency) and "
        "pitwall_source_up{source,kind}."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("profile"), QCoreApplication::translate("serve", "The profile to poll."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("listen"),
         QCoreApplication::translate("serve",
                                     "Where to serve /metrics: an IP address and a port, and nothing else is listened "
                                     "on (default 127.0.0.1:9464)."),
         QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:9464")});
    parser.addPositionalArgument(QStringLiteral("serve"), QString(), QStringLiteral("serve"));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (!parser.isSet(QStringLiteral("profile"))) {
        err << QCoreApplication::translate("serve", "pitwall serve: --profile FILE is required") << Qt::endl;
        return ExitUsage;
    }
    const QString listen = parser.value(QStringLiteral("listen"));
    const auto address = PrometheusExporter::parseAddress(listen);
    if (!address) {
        err << QCoreApplication::translate("serve",
                                           "pitwall serve: --listen takes an IP address and a port, e.g. "
                                           "127.0.0.1:9464 or [::1]:9464, not '%1'")
                   .arg(listen)
            << Qt::endl;
        return ExitUsage;
    }
    auto loaded = ProfileLoader::load(parser.value(QStringLiteral("profile")));
    if (const auto *error = std::get_if<ProfileError>(&loaded)) {
        err << QCoreApplication::translate("main", "pitwall: profile refused: %1").arg(error->toString()) << Qt::endl;
        return ExitProfile;
    }
    const Profile &profile = std::get<Profile>(loaded);

    // Headless and long-running: nothing is recorded (the GUI's session file stays its own).
    Session session(profile, QString());
    PrometheusExporter exporter(&session);
    QString error;
    if (!exporter.listen(*address, &error)) {
        err << QCoreApplication::translate("serve", "pitwall serve: %1").arg(error) << Qt::endl;
        return ExitUnavailable;
    }
    QObject::connect(&session, &Session::polled, &exporter, &PrometheusExporter::update);

    // SIGTERM and SIGINT end the service cleanly: collectors close their connections.
    if (::pipe2(stopPipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        err << QCoreApplication::translate("serve", "pitwall serve: %1").arg(QString::fromLocal8Bit(strerror(errno)))
            << Qt::endl;
        return ExitUnavailable;
    }
    QSocketNotifier stopNotifier(stopPipe[0], QSocketNotifier::Read);
    QObject::connect(&stopNotifier, &QSocketNotifier::activated, QCoreApplication::instance(), &QCoreApplication::quit);
    std::signal(SIGTERM, requestStop);
    std::signal(SIGINT, requestStop);

    PrometheusExporter::Address served = *address;
    served.port = exporter.port();
    out << QCoreApplication::translate("serve", "pitwall serve: http://%1/metrics, %n source(s) from %2", nullptr,
                                       int(profile.sources.size()))
               .arg(served.bindSpec(), profile.filePath)
        << Qt::endl;
    session.start();
    QCoreApplication::exec();
    session.stop();
    return 0;
}

} // namespace Pitwall

// pitwall-lab-workload: the lab's application and traffic. See tests/lab/README.md.

#include "appmetrics.h"
#include "clickhouseinserter.h"
#include "workload.h"
#include "workloadcontrol.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace {
std::atomic<bool> terminationRequested{false};

extern "C" void requestTermination(int)
{
    terminationRequested = true;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Traffic and application metrics for Pitwall's lab."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("env"), QStringLiteral("The lab's lab.env."), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("control"), QStringLiteral("The workload.conf to follow."), QStringLiteral("FILE")});
    parser.process(app);

    WorkloadControl control;
    if (!control.loadEnvironment(parser.value(QStringLiteral("env")))) {
        std::fprintf(stderr, "pitwall-lab-workload: cannot read --env %s\n",
                     qPrintable(parser.value(QStringLiteral("env"))));
        return 2;
    }
    control.setControlFile(parser.value(QStringLiteral("control")));
    control.reload();

    const std::string listen = "127.0.0.1:" + control.env(QStringLiteral("APP_METRICS_PORT")).toStdString();
    AppMetrics metrics(listen, Workload::appPoolSize);
    Workload workload(control, metrics);
    ClickHouseInserter clickhouse(control);

    std::signal(SIGTERM, requestTermination);
    std::signal(SIGINT, requestTermination);
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &app, [&] {
        if (terminationRequested)
            QCoreApplication::quit();
    });
    tick.start(200);
    QTimer reload;
    QObject::connect(&reload, &QTimer::timeout, &app, [&] { control.reload(); });
    reload.start(1000);

    workload.start();
    std::fprintf(stderr, "pitwall-lab-workload: running, metrics on http://%s/metrics\n", listen.c_str());
    const int status = app.exec();
    workload.stop();
    return status;
}

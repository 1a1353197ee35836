#pragma once

#include <QStringList>

namespace Pitwall {

/// Exit codes of the command line besides check's Nagios codes.
enum ExitCode { ExitUsage = 64, ExitUnavailable = 69, ExitProfile = 78 };

/// `pitwall check`: exits 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.
int runCheck(const QStringList &arguments);
/// `pitwall serve`: headless, polls the profile and serves its metrics to Prometheus.
int runServe(const QStringList &arguments);
/// `pitwall report`: an incident report bundle, headless.
int runReport(int &argc, char **argv, const QString &language);
/// The dashboard.
int runGui(int &argc, char **argv, const QString &language);

} // namespace Pitwall

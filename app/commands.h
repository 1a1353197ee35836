#pragma once

#include "profile.h"

#include <QStringList>

#include <optional>

namespace Pitwall {

/// Exit codes of the command line besides check's Nagios codes.
enum ExitCode { ExitUsage = 64, ExitUnavailable = 69, ExitProfile = 78 };
/// `check` is a Nagios plugin: a usage or profile error is UNKNOWN.
constexpr int CheckUnknown = 3;

/// Loads @p path for a headless command: on refusal prints why (file, line,
/// column), puts it in @p refusal if given, and gives nothing; quiets the
/// collectors' informational logging.
std::optional<Profile> loadProfileForCommand(const QString &path, QString *refusal = nullptr);

/// `pitwall check`: exits 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.
int runCheck(const QStringList &arguments);
/// `pitwall serve`: headless, polls the profile and serves its metrics to Prometheus.
int runServe(const QStringList &arguments);
/// `pitwall report`: an incident report bundle, headless.
int runReport(int &argc, char **argv, const QString &language);
/// `pitwall action NAME`: plan, confirm, run and audit one action; exits 0 done, 1 failed, 2 refused.
int runAction(const QStringList &arguments);
/// The dashboard.
int runGui(int &argc, char **argv, const QString &language);

} // namespace Pitwall

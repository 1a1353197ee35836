#include "actionrunner.h"
#include "commands.h"
#include "profileloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QMap>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <optional>
#include <variant>

namespace Pitwall {

namespace {

std::atomic_int interrupts{0};

extern "C" void onInterrupt(int)
{
    // The first Ctrl+C asks the action to stop; a second one ends Pitwall.
    if (interrupts.fetch_add(1) >= 1)
        std::_Exit(130);
}

/// The options each action takes beside --profile, --source, --dry-run, --yes and --confirm.
const QMap<QString, QStringList> &actionOptions()
{
    static const QMap<QString, QStringList> options{
        {QStringLiteral("flush-cache"), {QStringLiteral("pattern"), QStringLiteral("flushdb")}},
        {QStringLiteral("warm-cache"), {QStringLiteral("recipe")}},
        {QStringLiteral("prewarm"), {QStringLiteral("relation")}},
        {QStringLiteral("optimize"),
         {QStringLiteral("table"), QStringLiteral("partition"), QStringLiteral("whole-table")}},
        {QStringLiteral("vacuum"), {QStringLiteral("table")}},
        {QStringLiteral("cancel-query"),
         {QStringLiteral("pid"), QStringLiteral("query-id"), QStringLiteral("terminate")}},
        {QStringLiteral("apply-index"), {QStringLiteral("table"), QStringLiteral("columns"), QStringLiteral("unique")}},
        {QStringLiteral("drop-index"), {QStringLiteral("index"), QStringLiteral("advised")}},
        {QStringLiteral("checkpoint"), {}},
    };
    return options;
}

/// What the command line asks for.
struct Invocation
{
    ActionRequest request;
    QString name;
    QString profile;
    bool dryRun = false;
    bool yes = false;
    QString confirm;
};

void describeOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "action",
        "Plans an action, shows the plan (the exact statements, what they touch, an estimate), asks before it runs "
        "it, and writes one line to the audit log. Exits 0 done, 1 failed, 2 refused (read_only profile, not "
        "confirmed), 64 usage.\n\n"
        "Actions:\n"
        "  flush-cache   --pattern P | --flushdb     SCAN MATCH + UNLINK in batches, or FLUSHDB ASYNC (Redis)\n"
        "  warm-cache    --recipe R                  a profile's warm recipe: query rows SET into Redis with a TTL\n"
        "  prewarm       [--relation R ...]          pg_prewarm; without --relation, the advisor's list\n"
        "  optimize      --table db.t [--partition ID] [--whole-table]\n"
        "                                            OPTIMIZE … FINAL of the partitions with several parts\n"
        "                (a sqlite source)           PRAGMA optimize: ANALYZE where statistics are stale\n"
        "  vacuum        [--table schema.t ...]      VACUUM (ANALYZE); without --table, tables with many dead rows\n"
        "                (a sqlite source)           VACUUM, or incremental_vacuum: returns the free pages\n"
        "  checkpoint                                PRAGMA wal_checkpoint(TRUNCATE) of a sqlite source's WAL\n"
        "  cancel-query  --pid N | --query-id ID [--terminate]\n"
        "                                            pg_cancel_backend (pg_terminate_backend), KILL QUERY\n"
        "  apply-index   --table schema.t --columns a[,b] [--unique]\n"
        "                                            CREATE INDEX CONCURRENTLY (an index advisor's recommendation)\n"
        "  drop-index    --index schema.name [--advised]\n"
        "                                            DROP INDEX CONCURRENTLY of an index apply-index built, or\n"
        "                                            (--advised) one the advisor found unused, duplicate or invalid"));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("profile"), QCoreApplication::translate("action", "The profile."), QStringLiteral("FILE")},
        {QStringLiteral("source"),
         QCoreApplication::translate("action",
                                     "The source to act on (default: the profile's only one of the right kind)."),
         QStringLiteral("NAME")},
        {QStringLiteral("pattern"),
         QCoreApplication::translate("action",
                                     "flush-cache: the keys to remove, a SCAN MATCH pattern such as 'app:user:*'."),
         QStringLiteral("PATTERN")},
        {QStringLiteral("flushdb"),
         QCoreApplication::translate("action", "flush-cache: the whole database (FLUSHDB ASYNC); needs --confirm.")},
        {QStringLiteral("recipe"), QCoreApplication::translate("action", "warm-cache: the warm recipe of the profile."),
         QStringLiteral("NAME")},
        {QStringLiteral("relation"), QCoreApplication::translate("action", "prewarm: a table or index (repeatable)."),
         QStringLiteral("NAME")},
        {QStringLiteral("table"),
         QCoreApplication::translate(
             "action", "optimize: db.table; vacuum: schema.table (repeatable); apply-index: schema.table."),
         QStringLiteral("NAME")},
        {QStringLiteral("partition"), QCoreApplication::translate("action", "optimize: only this partition id."),
         QStringLiteral("ID")},
        {QStringLiteral("whole-table"),
         QCoreApplication::translate("action",
                                     "optimize: OPTIMIZE TABLE … FINAL of the whole table; needs --confirm.")},
        {QStringLiteral("pid"), QCoreApplication::translate("action", "cancel-query: the PostgreSQL backend."),
         QStringLiteral("N")},
        {QStringLiteral("query-id"), QCoreApplication::translate("action", "cancel-query: the ClickHouse query id."),
         QStringLiteral("ID")},
        {QStringLiteral("terminate"),
         QCoreApplication::translate("action", "cancel-query: pg_terminate_backend; needs --confirm with the pid.")},
        {QStringLiteral("columns"),
         QCoreApplication::translate("action", "apply-index: the index's columns, comma-separated, leading one first."),
         QStringLiteral("A,B")},
        {QStringLiteral("unique"), QCoreApplication::translate("action", "apply-index: a unique index.")},
        {QStringLiteral("index"), QCoreApplication::translate("action", "drop-index: the index, schema.name."),
         QStringLiteral("NAME")},
        {QStringLiteral("advised"),
         QCoreApplication::translate("action",
                                     "drop-index: an index the advisor found unused, duplicate or invalid, whoever "
                                     "built it; needs --confirm with the index's name.")},
        {QStringLiteral("dry-run"),
         QCoreApplication::translate("action", "Print the plan and stop; nothing that changes a server is sent.")},
        {QStringLiteral("yes"), QCoreApplication::translate("action", "Do not ask: run the plan.")},
        {QStringLiteral("confirm"),
         QCoreApplication::translate("action", "With --yes, the word a destructive plan asks to be typed."),
         QStringLiteral("WORD")},
    });
    parser.addPositionalArgument(
        QStringLiteral("action"),
        QCoreApplication::translate("action", "The action: %1.").arg(ActionRequest::names().join(QLatin1String(", "))),
        QStringLiteral("action NAME"));
}

/// The first option given that is not one of action @p name's, if any.
std::optional<QString> foreignOption(const QCommandLineParser &parser, const QString &name)
{
    for (const QString &option : parser.optionNames()) {
        const QStringList common{QStringLiteral("profile"), QStringLiteral("source"), QStringLiteral("dry-run"),
                                 QStringLiteral("yes"), QStringLiteral("confirm")};
        if (!common.contains(option) && !actionOptions().value(name).contains(option))
            return option;
    }
    return std::nullopt;
}

/// The request the options make; nothing (and the complaint on @p err) if --pid is not a process id.
std::optional<ActionRequest> requestFrom(const QCommandLineParser &parser, ActionRequest::Kind kind, QTextStream &err)
{
    ActionRequest request;
    request.kind = kind;
    request.origin = QStringLiteral("cli");
    request.source = parser.value(QStringLiteral("source"));
    request.pattern = parser.value(QStringLiteral("pattern"));
    request.flushDb = parser.isSet(QStringLiteral("flushdb"));
    request.recipe = parser.value(QStringLiteral("recipe"));
    request.targets = kind == ActionRequest::Kind::Prewarm ? parser.values(QStringLiteral("relation"))
        : kind == ActionRequest::Kind::DropIndex           ? parser.values(QStringLiteral("index"))
                                                           : parser.values(QStringLiteral("table"));
    for (const QString &column : parser.value(QStringLiteral("columns")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        request.columns << column.trimmed();
    request.unique = parser.isSet(QStringLiteral("unique"));
    request.advisedDrop = parser.isSet(QStringLiteral("advised"));
    request.partition = parser.value(QStringLiteral("partition"));
    request.wholeTable = parser.isSet(QStringLiteral("whole-table"));
    request.queryId = parser.value(QStringLiteral("query-id"));
    request.terminate = parser.isSet(QStringLiteral("terminate"));
    if (parser.isSet(QStringLiteral("pid"))) {
        bool ok = false;
        request.pid = parser.value(QStringLiteral("pid")).toLongLong(&ok);
        if (!ok || *request.pid <= 0) {
            err << QCoreApplication::translate("action", "pitwall action: --pid takes a process id, a positive number")
                << Qt::endl;
            return std::nullopt;
        }
    }
    return request;
}

/// What the command line asks for, or the exit code when there is nothing to run (--help, a usage error).
std::variant<Invocation, int> parseArguments(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    describeOptions(parser);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const qsizetype at = positional.indexOf(QStringLiteral("action"));
    const QString name = positional.value(at + 1);
    const auto kind = ActionRequest::kindFromName(name);
    if (at < 0 || !kind || positional.size() != at + 2) {
        err << QCoreApplication::translate("action", "pitwall action: name one action: %1")
                   .arg(ActionRequest::names().join(QLatin1String(", ")))
            << Qt::endl;
        return ExitUsage;
    }
    if (!parser.isSet(QStringLiteral("profile"))) {
        err << QCoreApplication::translate("action", "pitwall action: --profile FILE is required") << Qt::endl;
        return ExitUsage;
    }
    if (const auto option = foreignOption(parser, name)) {
        err << QCoreApplication::translate(
                   "action", "pitwall action %1: --%2 is not one of its options; see pitwall action --help")
                   .arg(name, *option)
            << Qt::endl;
        return ExitUsage;
    }
    const auto request = requestFrom(parser, *kind, err);
    if (!request)
        return ExitUsage;
    return Invocation{*request,
                      name,
                      parser.value(QStringLiteral("profile")),
                      parser.isSet(QStringLiteral("dry-run")),
                      parser.isSet(QStringLiteral("yes")),
                      parser.value(QStringLiteral("confirm"))};
}

/// The answer typed at the terminal if it confirms @p plan (its confirm word for a destructive one, else y or yes).
std::optional<QString> askConfirmation(const ActionPlan &plan, QTextStream &err)
{
    if (plan.isDestructive())
        err << QCoreApplication::translate("action", "Type '%1' to go ahead, anything else stops: ")
                   .arg(plan.confirmWord)
            << Qt::flush;
    else
        err << QCoreApplication::translate("action", "Go ahead? [y/N] ") << Qt::flush;
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed();
    const bool confirmed = plan.isDestructive() ? answer == plan.confirmWord
                                                : (answer.compare(QLatin1String("y"), Qt::CaseInsensitive) == 0
                                                   || answer.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0);
    if (!confirmed)
        return std::nullopt;
    return answer;
}

void runAndWait(ActionRunner &runner, QEventLoop &loop, const QString &confirmation)
{
    runner.run(confirmation);
    if (runner.state() == ActionRunner::State::Running)
        loop.exec();
}

/// Runs the plan with Ctrl+C asking the action to stop.
void runInterruptible(ActionRunner &runner, QEventLoop &loop, const QString &confirmation)
{
    interrupts = 0;
    std::signal(SIGINT, onInterrupt);
    QTimer interruptWatch;
    QObject::connect(&interruptWatch, &QTimer::timeout, &runner, [&] {
        if (interrupts.load() > 0)
            runner.cancel();
    });
    interruptWatch.start(100);
    runAndWait(runner, loop, confirmation);
    std::signal(SIGINT, SIG_DFL);
}

/// Plans, prints the plan, then runs it if it may run and the command line or the person at the terminal says so.
void planAndRun(ActionRunner &runner, const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    QEventLoop loop;
    QObject::connect(&runner, &ActionRunner::finished, &loop, &QEventLoop::quit);
    QObject::connect(&runner, &ActionRunner::planned, &loop, &QEventLoop::quit);
    runner.startPlanning();
    loop.exec();
    if (runner.state() != ActionRunner::State::Planned)
        return;
    const ActionPlan &plan = runner.plan();
    out << plan.toText() << Qt::flush;
    if (invocation.dryRun) {
        runner.finishDryRun();
    } else if (!plan.isRunnable()) {
        runner.run();
    } else if (invocation.yes) {
        runInterruptible(runner, loop, invocation.confirm);
    } else if (const auto answer = askConfirmation(plan, err)) {
        runAndWait(runner, loop, *answer);
    } else {
        runner.finishNotConfirmed();
    }
}

/// The outcome, on stdout when it is a success, else on stderr.
void printOutcome(const ActionRunner &runner, const QString &profile, QTextStream &out, QTextStream &err)
{
    const ActionOutcome &outcome = runner.outcome();
    QTextStream &stream = outcome.exitCode() == 0 ? out : err;
    stream << '\n' << outcome.statusName() << ": " << outcome.message << '\n';
    for (const QString &detail : outcome.details)
        stream << "  " << detail << '\n';
    if (outcome.nextStep && outcome.nextStep->terminate && outcome.nextStep->pid)
        stream << QCoreApplication::translate(
                      "action",
                      "Next step, if it must end now: pitwall action cancel-query --profile %1 --source %2 --pid %3 "
                      "--terminate")
                      .arg(profile, runner.request().source)
                      .arg(*outcome.nextStep->pid)
               << '\n';
    stream.flush();
}

} // namespace

int runAction(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto parsed = parseArguments(arguments, out, err);
    if (const int *exitCode = std::get_if<int>(&parsed))
        return *exitCode;
    const Invocation &invocation = std::get<Invocation>(parsed);

    auto loaded = ProfileLoader::load(invocation.profile);
    if (const auto *error = std::get_if<ProfileError>(&loaded)) {
        err << QCoreApplication::translate("action", "pitwall: profile refused: %1").arg(error->toString()) << Qt::endl;
        return ExitProfile;
    }
    const Profile profile = std::get<Profile>(loaded);
    auto created = ActionRunner::create(invocation.request, profile);
    if (const auto *error = std::get_if<QString>(&created)) {
        err << QCoreApplication::translate("action", "pitwall action %1: %2").arg(invocation.name, *error) << Qt::endl;
        return ExitUsage;
    }
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("pitwall.*.info=false"));

    ActionRunner &runner = *std::get<std::unique_ptr<ActionRunner>>(created);
    QString lastProgress;
    QObject::connect(&runner, &ActionRunner::progress, &runner, [&](int percent, const QString &text) {
        const QString line = percent >= 0 ? QStringLiteral("[%1 %] %2").arg(percent, 3).arg(text) : text;
        if (line != lastProgress)
            err << line << Qt::endl;
        lastProgress = line;
    });
    planAndRun(runner, invocation, out, err);
    printOutcome(runner, invocation.profile, out, err);
    return runner.outcome().exitCode();
}

} // namespace Pitwall

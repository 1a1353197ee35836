#include "cancelqueryaction.h"

#include "clickhouseclient.h"
#include "collectorerror.h"
#include "pgconnection.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QThread>

#include <pqxx/connection>
#include <pqxx/nontransaction>
#include <pqxx/result>

namespace Pitwall {

namespace {
/// How long a cancelled query is given to end before the outcome says it did not.
constexpr std::chrono::seconds waitForEnd{5};
constexpr int checkEveryMs = 200;

QString text(const pqxx::field &field)
{
    return field.is_null() ? QString() : QString::fromUtf8(field.c_str());
}

QString shortQuery(const QString &query)
{
    const QString simple = query.simplified();
    return simple.size() > 200 ? simple.left(200) + QStringLiteral("…") : simple;
}
} // namespace

CancelQueryAction::CancelQueryAction(ActionRequest request, const Profile &profile, SourceConfig source)
    : Action(std::move(request), profile, std::move(source))
{ }

CancelQueryAction::~CancelQueryAction() = default;

ClickHouseClient &CancelQueryAction::clickHouse()
{
    if (!m_clickHouse) {
        const SourceConfig config = actionSource();
        m_clickHouse = std::make_unique<ClickHouseClient>(config, passwordOf(config), describe(), timeout());
    }
    return *m_clickHouse;
}

QString CancelQueryAction::statement() const
{
    if (source().kind == SourceKind::ClickHouse)
        return QStringLiteral("KILL QUERY WHERE query_id = %1 ASYNC")
            .arg(ClickHouseClient::quoteString(request().queryId));
    return QStringLiteral("SELECT %1(%2)")
        .arg(request().terminate ? QStringLiteral("pg_terminate_backend") : QStringLiteral("pg_cancel_backend"))
        .arg(request().pid.value_or(0));
}

ActionPlan CancelQueryAction::plan()
{
    return source().kind == SourceKind::ClickHouse ? planClickHouse() : planPostgres();
}

ActionPlan CancelQueryAction::planPostgres()
{
    const qint64 pid = request().pid.value_or(0);
    const bool terminate = request().terminate;
    ActionPlan plan = newPlan(terminate ? tr("Terminate backend %1 on %2").arg(pid).arg(source().name)
                                        : tr("Cancel the query of backend %1 on %2").arg(pid).arg(source().name));
    plan.statements << statement();
    try {
        const SourceConfig config = actionSource();
        pqxx::connection connection(
            PgConnection::actionConnectionString(config, passwordOf(config), timeout(), timeout(), true));
        pqxx::nontransaction tx(connection);
        const auto rows = tx.exec_params(
            "SELECT a.usename, a.datname, coalesce(a.application_name, ''), coalesce(a.state, ''), a.backend_type, "
            "       round(EXTRACT(EPOCH FROM clock_timestamp() - a.query_start)::numeric, 1), a.query, "
            "       a.query_start::text, "
            "       a.pid = pg_backend_pid(), "
            "       (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
            "         OR (a.usesysid IS NOT NULL AND pg_has_role(current_user, a.usesysid, 'USAGE')) "
            "         OR (pg_has_role(current_user, 'pg_signal_backend', 'USAGE') "
            "             AND NOT coalesce((SELECT rolsuper FROM pg_roles WHERE oid = a.usesysid), false)), "
            "       current_user "
            "FROM pg_stat_activity a WHERE a.pid = $1",
            pid);
        if (rows.empty()) {
            plan.nothingToDo = true;
            plan.estimate = tr("no backend has pid %1: its session has ended").arg(pid);
            return plan;
        }
        const auto row = rows[0];
        const QString state = text(row[3]);
        m_queryStart = text(row[7]);
        plan.touches << tr("backend %1: %2@%3%4, %5 for %6 s")
                            .arg(pid)
                            .arg(text(row[0]), text(row[1]),
                                 text(row[2]).isEmpty() ? QString() : QStringLiteral(" (%1)").arg(text(row[2])),
                                 state.isEmpty() ? tr("no state") : state, text(row[5]));
        plan.sample << shortQuery(text(row[6]));
        plan.estimate = tr("one backend");
        if (text(row[4]) != QLatin1String("client backend"))
            plan.refusal = tr("pid %1 is a %2, not a client's session").arg(pid).arg(text(row[4]));
        else if (row[8].as<bool>())
            plan.refusal = tr("pid %1 is Pitwall's own session").arg(pid);
        else if (!row[9].as<bool>(false))
            plan.refusal = tr("the action role %1 may not signal %2's sessions: give the source an "
                              "action_url with that role, or one with pg_signal_backend")
                               .arg(text(row[10]), text(row[0]));
        else if (!terminate && (state == QLatin1String("idle") || state.isEmpty())) {
            plan.nothingToDo = true;
            plan.estimate = tr("backend %1 is idle: no query to cancel").arg(pid);
        }
        if (terminate) {
            plan.confirmWord = QString::number(pid);
            plan.notes << tr("terminating ends the session: its open transaction is rolled back and its "
                             "client must connect again — cancel the query first where that is enough");
        }
    } catch (const pqxx::failure &error) {
        throw CollectorError(explainPostgres(error));
    }
    return plan;
}

ActionPlan CancelQueryAction::planClickHouse()
{
    const QString id = request().queryId;
    ActionPlan plan = newPlan(tr("Kill query %1 on %2").arg(id, source().name));
    plan.statements << statement();
    if (request().terminate) {
        plan.refusal = tr("ClickHouse has no sessions to terminate: KILL QUERY is how its queries end");
        return plan;
    }
    const QJsonArray rows
        = clickHouse().select(QStringLiteral("SELECT user, round(elapsed, 1), substring(query, 1, 2000) "
                                             "FROM system.processes WHERE query_id = %1")
                                  .arg(ClickHouseClient::quoteString(id)));
    if (rows.isEmpty()) {
        plan.nothingToDo = true;
        plan.estimate = tr("no query with id %1 is running").arg(id);
        return plan;
    }
    const QJsonArray row = rows.first().toArray();
    plan.touches
        << tr("query %1 of %2, running for %3 s").arg(id, row.at(0).toString(), row.at(1).toVariant().toString());
    plan.sample << shortQuery(row.at(2).toString());
    plan.estimate = tr("one query");
    return plan;
}

ActionOutcome CancelQueryAction::execute(ActionContext &context)
{
    return source().kind == SourceKind::ClickHouse ? runClickHouse(context) : runPostgres(context);
}

ActionOutcome CancelQueryAction::runPostgres(ActionContext &context)
{
    const qint64 pid = request().pid.value_or(0);
    const bool terminate = request().terminate;
    ActionOutcome outcome;
    try {
        const SourceConfig config = actionSource();
        pqxx::connection connection(
            PgConnection::actionConnectionString(config, passwordOf(config), timeout(), timeout(), false));
        pqxx::nontransaction tx(connection);
        context.progress(-1, terminate ? tr("terminating") : tr("cancelling"));
        const bool signalled = tx.exec(statement().toStdString())[0][0].as<bool>(false);
        if (!signalled) {
            outcome.status = ActionOutcome::Status::Failed;
            outcome.message = tr("the server did not signal backend %1: its session may have ended").arg(pid);
            return outcome;
        }
        const QDeadlineTimer deadline(waitForEnd);
        while (true) {
            const auto rows = tx.exec_params(
                "SELECT coalesce(state, ''), query_start::text FROM pg_stat_activity WHERE pid = $1", pid);
            const bool ended = rows.empty()
                || (!terminate
                    && (text(rows[0][1]) != m_queryStart || text(rows[0][0]).startsWith(QLatin1String("idle"))));
            if (ended) {
                outcome.status = ActionOutcome::Status::Done;
                outcome.message = terminate ? tr("backend %1 was terminated").arg(pid)
                                            : tr("the query of backend %1 was cancelled").arg(pid);
                return outcome;
            }
            if (deadline.hasExpired())
                break;
            context.progress(-1, tr("waiting for backend %1 to stop").arg(pid));
            QThread::msleep(checkEveryMs);
        }
    } catch (const pqxx::failure &error) {
        throw CollectorError(explainPostgres(error));
    }
    outcome.status = ActionOutcome::Status::Failed;
    outcome.message = tr("signalled, but backend %1 is still running its query after %2 s")
                          .arg(pid)
                          .arg(qint64(waitForEnd.count()));
    if (!terminate) {
        ActionRequest next = request();
        next.terminate = true;
        outcome.nextStep = next;
        outcome.message += tr(" — terminating it is a separate, confirmed step");
    }
    return outcome;
}

ActionOutcome CancelQueryAction::runClickHouse(ActionContext &context)
{
    const QString id = request().queryId;
    ActionOutcome outcome;
    context.progress(-1, tr("killing"));
    clickHouse().execute(statement());
    const QDeadlineTimer deadline(waitForEnd * 2);
    while (!deadline.hasExpired()) {
        const QJsonArray rows
            = clickHouse().select(QStringLiteral("SELECT count() FROM system.processes WHERE query_id = %1")
                                      .arg(ClickHouseClient::quoteString(id)));
        if (rows.first().toArray().first().toVariant().toLongLong() == 0) {
            outcome.status = ActionOutcome::Status::Done;
            outcome.message = tr("query %1 was killed").arg(id);
            return outcome;
        }
        context.progress(-1, tr("waiting for query %1 to stop").arg(id));
        QThread::msleep(checkEveryMs);
    }
    outcome.status = ActionOutcome::Status::Failed;
    outcome.message = tr("KILL QUERY was sent, but query %1 is still running after %2 s")
                          .arg(id)
                          .arg(qint64(waitForEnd.count() * 2));
    return outcome;
}

} // namespace Pitwall

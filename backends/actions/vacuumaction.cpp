#include "vacuumaction.h"

#include "collectorerror.h"
#include "formatter.h"
#include "pgconnection.h"
#include "pgwatchedstatement.h"

#include <pqxx/connection>
#include <pqxx/except>
#include <pqxx/nontransaction>
#include <pqxx/result>

#include <exception>

namespace Pitwall {

namespace {
constexpr int progressEveryMs = 250;

QString text(const pqxx::field &field)
{
    return field.is_null() ? QString() : QString::fromUtf8(field.c_str());
}

QString megabytes(qint64 bytes)
{
    return Formatter::value(double(bytes), QStringLiteral("bytes"));
}
} // namespace

VacuumAction::VacuumAction(ActionRequest request, const Profile &profile, SourceConfig source)
    : Action(std::move(request), profile, std::move(source))
{ }

VacuumAction::~VacuumAction() = default;

ActionPlan VacuumAction::plan()
{
    const bool advised = request().targets.isEmpty();
    ActionPlan plan
        = newPlan(advised ? tr("VACUUM (ANALYZE) of the tables with many dead rows on %1").arg(source().name)
                          : tr("VACUUM (ANALYZE) on %1").arg(source().name));
    m_tables.clear();
    try {
        const SourceConfig config = actionSource();
        pqxx::connection connection(
            PgConnection::actionConnectionString(config, passwordOf(config), timeout(), timeout(), true));
        pqxx::nontransaction tx(connection);
        QList<PgRelation> relations;
        if (advised) {
            const auto rows = tx.exec_params("SELECT s.relid::text FROM pg_stat_user_tables s "
                                             "WHERE s.n_dead_tup >= $1 AND s.n_dead_tup >= 0.1 * s.n_live_tup "
                                             "ORDER BY s.n_dead_tup DESC LIMIT 10",
                                             minDeadRows);
            for (const auto &row : rows) {
                // By oid: the name is the catalog's, never re-parsed.
                const auto oidRows = tx.exec_params(
                    "SELECT c.oid, n.nspname, c.relname, c.relkind, pg_total_relation_size(c.oid) "
                    "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = $1::oid",
                    row[0].c_str());
                if (oidRows.empty())
                    continue;
                PgRelation relation;
                relation.oid = oidRows[0][0].as<quint32>();
                relation.schema = text(oidRows[0][1]);
                relation.name = text(oidRows[0][2]);
                relation.kind = text(oidRows[0][3]);
                relation.bytes = oidRows[0][4].as<qint64>(0);
                relations << relation;
            }
            plan.notes << tr("advised: tables with at least %1 dead rows and at least 10 % of their live "
                             "rows, most dead rows first")
                              .arg(minDeadRows);
        } else {
            for (const QString &name : request().targets) {
                const auto relation = PgRelation::resolve(tx, name);
                if (!relation)
                    throw CollectorError(describe() + tr(": no table named %1 in this database").arg(name));
                if (!QStringLiteral("rmpt").contains(relation->kind))
                    throw CollectorError(
                        describe() + tr(": %1 is not a table (relkind %2)").arg(relation->display(), relation->kind));
                relations << *relation;
            }
        }

        qint64 dead = 0;
        qint64 bytes = 0;
        for (const PgRelation &relation : std::as_const(relations)) {
            const auto row = tx.exec_params(
                "SELECT coalesce(s.n_live_tup, 0), coalesce(s.n_dead_tup, 0), "
                "       coalesce(to_char(greatest(s.last_vacuum, s.last_autovacuum), 'YYYY-MM-DD HH24:MI:SS TZ'), "
                "'never'), "
                "       (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
                "         OR pg_has_role(current_user, c.relowner, 'USAGE') "
                "         OR pg_has_role(current_user, (SELECT datdba FROM pg_database "
                "                                       WHERE datname = current_database()), 'USAGE'), "
                "       current_user, pg_get_userbyid(c.relowner) "
                "FROM pg_class c LEFT JOIN pg_stat_all_tables s ON s.relid = c.oid WHERE c.oid = $1",
                relation.oid)[0];
            if (!row[3].as<bool>(false)) {
                plan.notes << tr("%1 is left out: the action role %2 does not own it (%3 does), and "
                                 "VACUUM would skip it")
                                  .arg(relation.display(), text(row[4]), text(row[5]));
                continue;
            }
            Table table;
            table.relation = relation;
            table.live = row[0].as<qint64>(0);
            table.dead = row[1].as<qint64>(0);
            table.statement = QStringLiteral("VACUUM (ANALYZE) ") + QString::fromStdString(relation.quoted(tx));
            dead += table.dead;
            bytes += relation.bytes;
            plan.statements << table.statement;
            plan.touches << tr("%1: %2 dead rows, %3 live, %4, last vacuum %5")
                                .arg(relation.display())
                                .arg(table.dead)
                                .arg(table.live)
                                .arg(megabytes(relation.bytes), text(row[2]));
            m_tables << table;
        }
        plan.estimate
            = tr("%1 dead rows in %n table(s) of %2", nullptr, int(m_tables.size())).arg(dead).arg(megabytes(bytes));
        if (m_tables.isEmpty()) {
            if (advised || relations.isEmpty()) {
                plan.nothingToDo = true;
                plan.estimate = tr("no table has at least %1 dead rows and 10 % of its live rows").arg(minDeadRows);
            } else {
                plan.refusal = tr("the action role owns none of the tables: give the source an action_url "
                                  "with the tables' owner");
            }
        }
        plan.notes << tr("VACUUM takes a SHARE UPDATE EXCLUSIVE lock: reads and writes go on; it gives up "
                         "rather than wait behind another lock (lock_timeout)");
    } catch (const pqxx::failure &error) {
        throw CollectorError(explainPostgres(error));
    }
    return plan;
}

ActionOutcome VacuumAction::execute(ActionContext &context)
{
    ActionOutcome outcome;
    const SourceConfig config = actionSource();
    const QString password = passwordOf(config);
    try {
        pqxx::connection monitor(PgConnection::actionConnectionString(config, password, timeout(), timeout(), true));
        for (qsizetype i = 0; i < m_tables.size(); ++i) {
            const Table &table = m_tables[i];
            if (context.isCancelled()) {
                outcome.status = ActionOutcome::Status::Cancelled;
                outcome.message = tr("cancelled after %1 of %n table(s)", nullptr, int(m_tables.size())).arg(i);
                return outcome;
            }
            pqxx::connection vacuum(
                PgConnection::actionConnectionString(config, password, timeout(), std::chrono::milliseconds(0), false));
            const auto watched = PgWatchedStatement::run(
                vacuum, table.statement.toStdString(), monitor, context, std::chrono::milliseconds(progressEveryMs),
                [&](pqxx::transaction_base &tx, int pid) {
                    const auto rows = tx.exec_params("SELECT phase, heap_blks_total, heap_blks_scanned "
                                                     "FROM pg_stat_progress_vacuum WHERE pid = $1",
                                                     pid);
                    double fraction = 0;
                    QString phase = tr("starting");
                    if (!rows.empty()) {
                        phase = text(rows[0][0]);
                        const double total = rows[0][1].as<double>(0);
                        if (total > 0)
                            fraction = rows[0][2].as<double>(0) / total;
                    }
                    context.progress(int((double(i) + fraction) * 100.0 / double(m_tables.size())),
                                     QStringLiteral("%1: %2").arg(table.relation.display(), phase));
                });
            const std::exception_ptr failure = watched.failure;
            const bool cancelSent = watched.cancelSent;
            if (failure) {
                if (cancelSent) {
                    outcome.status = ActionOutcome::Status::Cancelled;
                    outcome.message = tr("VACUUM of %1 was cancelled").arg(table.relation.display());
                    return outcome;
                }
                std::rethrow_exception(failure);
            }
            pqxx::nontransaction tx(monitor);
            tx.exec("SELECT pg_stat_clear_snapshot()");
            const qint64 deadAfter
                = tx.exec_params("SELECT coalesce(n_dead_tup, 0) FROM pg_stat_all_tables WHERE relid = $1",
                                 table.relation.oid)[0][0]
                      .as<qint64>(0);
            outcome.details << tr("%1: dead rows %2 → %3").arg(table.relation.display()).arg(table.dead).arg(deadAfter);
        }
    } catch (const pqxx::failure &error) {
        throw CollectorError(explainPostgres(error));
    }
    outcome.status = ActionOutcome::Status::Done;
    outcome.message = tr("VACUUM (ANALYZE) of %n table(s) done", nullptr, int(m_tables.size()));
    return outcome;
}

} // namespace Pitwall

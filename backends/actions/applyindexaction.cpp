#include "applyindexaction.h"

#include "collectorerror.h"
#include "formatter.h"
#include "genericplan.h"
#include "indexname.h"
#include "pgconnection.h"
#include "pgrelation.h"
#include "pgwatchedstatement.h"
#include "statementshape.h"

#include <QElapsedTimer>
#include <QRegularExpression>

#include <pqxx/connection>
#include <pqxx/except>
#include <pqxx/nontransaction>
#include <pqxx/result>

#include <exception>

namespace Pitwall {

namespace {
constexpr int progressEveryMs = 100;

QString text(const pqxx::field &field)
{
    return field.is_null() ? QString() : QString::fromUtf8(field.c_str());
}

/// The name of an index of @p table that already serves @p attnums (its
/// leading columns; for a unique one, exactly them and unique), or empty.
QString equivalentIndex(pqxx::transaction_base &tx, quint32 table, const QList<int> &attnums, bool unique)
{
    const auto rows = tx.exec_params(
        "SELECT ic.relname, i.indkey::text, i.indnkeyatts, i.indisunique "
        "FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam "
        "WHERE i.indrelid = $1 AND am.amname = 'btree' AND i.indisvalid AND i.indpred IS NULL AND i.indexprs IS NULL",
        table);
    for (const auto &row : rows) {
        const QList<int> keys = PgRelation::indexKeys(text(row[1])).mid(0, row[2].as<int>(0));
        if (unique ? (row[3].as<bool>(false) && keys == attnums) : keys.mid(0, attnums.size()) == attnums)
            return text(row[0]);
    }
    return {};
}

struct Phase
{
    const char *name;
    int from;
    int to;
};
/// pg_stat_progress_create_index's phases in order, and the share of the build each stands for.
constexpr Phase phases[] = {
    {"initializing", 0, 2},
    {"waiting for writers before build", 2, 5},
    {"building index: scanning table", 5, 45},
    {"building index: sorting live tuples", 45, 50},
    {"building index: loading tuples in tree", 50, 60},
    {"waiting for writers before validation", 60, 65},
    {"index validation: scanning index", 65, 75},
    {"index validation: sorting tuples", 75, 80},
    {"index validation: scanning table", 80, 95},
    {"waiting for old snapshots", 95, 98},
    {"waiting for readers before marking dead", 98, 99},
    {"waiting for readers before dropping", 98, 99},
};
} // namespace

ApplyIndexAction::ApplyIndexAction(ActionRequest request, const Profile &profile, SourceConfig source)
    : Action(std::move(request), profile, std::move(source))
{ }

ApplyIndexAction::~ApplyIndexAction() = default;

ActionPlan ApplyIndexAction::plan()
{
    const QString target = request().targets.value(0);
    ActionPlan plan = newPlan(tr("CREATE INDEX CONCURRENTLY on %1 (%2) on %3")
                                  .arg(target, request().columns.join(QLatin1String(", ")), source().name));
    m_builds.clear();
    m_statements.clear();
    m_columns.clear();
    try {
        const SourceConfig config = actionSource();
        pqxx::connection connection(
            PgConnection::actionConnectionString(config, passwordOf(config), timeout(), timeout(), true));
        PgRelation relation;
        Extensions extensions;
        double hypotheticalBytes = 0;
        {
            pqxx::nontransaction tx(connection);
            relation = resolveTable(tx, target);
            const QList<int> attnums = resolveColumns(tx, relation);
            const qint64 rows = checkOwner(tx, relation, plan);
            if (alreadyServed(tx, relation, attnums, plan))
                return plan;
            const QList<PgRelation> targets = buildTargets(tx, relation, plan);
            if (targets.isEmpty())
                return plan;
            planBuilds(tx, targets, plan);
            m_lockKey = QStringLiteral("pitwall apply-index %1.%2").arg(relation.schema, m_builds.first().indexName);
            addStatements(tx, plan);
            plan.touches << tr("%1: %2 rows, %3")
                                .arg(relation.display())
                                .arg(rows)
                                .arg(Formatter::value(double(relation.bytes), QStringLiteral("bytes")));
            extensions = findExtensions(tx);
            if (!extensions.hypopg.isEmpty() && relation.kind != QLatin1String("p"))
                hypotheticalBytes = hypotheticalSize(tx, relation, extensions.hypopg);
        }
        plan.estimate
            = tr("%n index(es) to build on %1 of table%2", nullptr, int(m_builds.size()))
                  .arg(Formatter::value(double(relation.bytes), QStringLiteral("bytes")))
                  .arg(hypotheticalBytes > 0 ? tr(", about %1 of index (HypoPG's estimate)")
                                                   .arg(Formatter::value(hypotheticalBytes, QStringLiteral("bytes")))
                                             : QString());

        if (!extensions.statementsFunction.empty() && relation.kind != QLatin1String("p"))
            judgeWorkload(connection, relation, extensions, plan);
        plan.notes
            << tr("CREATE INDEX CONCURRENTLY takes a SHARE UPDATE EXCLUSIVE lock: reads and writes go on while it "
                  "builds; "
                  "it waits for transactions older than itself. Each step gives up after lock_timeout (%1 s) rather "
                  "than "
                  "wait longer. A build that fails leaves an invalid index: it is dropped (DROP INDEX CONCURRENTLY).")
                   .arg(lockTimeoutSeconds);
        plan.notes << tr("undo: pitwall action drop-index --index %1.%2")
                          .arg(m_builds.first().table.schema, m_builds.first().indexName);
    } catch (const pqxx::failure &error) {
        throw CollectorError(explainPostgres(error));
    }
    return plan;
}

PgRelation ApplyIndexAction::resolveTable(pqxx::transaction_base &tx, const QString &target) const
{
    const std::optional<PgRelation> relation = PgRelation::resolve(tx, target);
    if (!relation)
        throw CollectorError(describe() + tr(": no table named %1 in this database").arg(target));
    if (!QStringLiteral("rmp").contains(relation->kind))
        throw CollectorError(describe()
                             + tr(": %1 is not a table (relkind %2)").arg(relation->display(), relation->kind));
    return *relation;
}

QList<int> ApplyIndexAction::resolveColumns(pqxx::transaction_base &tx, const PgRelation &relation)
{
    QList<int> attnums;
    for (const QString &name : request().columns) {
        const auto rows = tx.exec_params("SELECT attnum, attname FROM pg_attribute WHERE attrelid = $1 "
                                         "AND attname = $2 AND attnum > 0 AND NOT attisdropped",
                                         relation.oid, name.toStdString());
        if (rows.empty())
            throw CollectorError(describe() + tr(": %1 has no column named %2").arg(relation.display(), name));
        attnums << rows[0][0].as<int>();
        m_columns << text(rows[0][1]);
    }
    return attnums;
}

qint64 ApplyIndexAction::checkOwner(pqxx::transaction_base &tx, const PgRelation &relation, ActionPlan &plan) const
{
    const auto owner
        = tx.exec_params("SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
                         "         OR pg_has_role(current_user, c.relowner, 'USAGE'), "
                         "       current_user, pg_get_userbyid(c.relowner), greatest(c.reltuples, 0)::bigint "
                         "FROM pg_class c WHERE c.oid = $1",
                         relation.oid)[0];
    if (!owner[0].as<bool>(false))
        plan.refusal = tr("the action role %1 does not own %2 (%3 does), and only the owner may "
                          "index it: give the source an action_url with the table's owner")
                           .arg(text(owner[1]), relation.display(), text(owner[2]));
    return owner[3].as<qint64>(0);
}

bool ApplyIndexAction::alreadyServed(pqxx::transaction_base &tx, const PgRelation &relation, const QList<int> &attnums,
                                     ActionPlan &plan) const
{
    const QString existing = equivalentIndex(tx, relation.oid, attnums, request().unique);
    if (existing.isEmpty())
        return false;
    plan.nothingToDo = true;
    plan.estimate = tr("%1 already serves %2 (%3): nothing to build")
                        .arg(existing, relation.display(), m_columns.join(QLatin1String(", ")));
    return true;
}

QList<PgRelation> ApplyIndexAction::buildTargets(pqxx::transaction_base &tx, const PgRelation &relation,
                                                 ActionPlan &plan) const
{
    if (relation.kind != QLatin1String("p"))
        return {relation};
    QList<PgRelation> targets;
    const auto leaves = tx.exec_params("SELECT c.oid, n.nspname, c.relname, c.relkind, pg_total_relation_size(c.oid) "
                                       "FROM pg_partition_tree($1) p JOIN pg_class c ON c.oid = p.relid "
                                       "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE p.isleaf ORDER BY 2, 3",
                                       relation.oid);
    for (const auto &row : leaves) {
        // The conversions that may throw come before the aggregate (see Sample).
        const auto oid = row[0].as<quint32>();
        const auto bytes = row[4].as<qint64>(0);
        targets << PgRelation{oid, text(row[1]), text(row[2]), text(row[3]), bytes};
    }
    plan.notes << tr("%1 is partitioned: a partitioned parent cannot be indexed concurrently, so each of its %2 "
                     "partition(s) gets its own index. The parent's index, if wanted, is CREATE INDEX ON ONLY %1 "
                     "then ALTER INDEX … ATTACH PARTITION for each — a brief SHARE lock on the parent, left to "
                     "you.")
                      .arg(relation.display())
                      .arg(targets.size());
    if (targets.isEmpty()) {
        plan.nothingToDo = true;
        plan.estimate = tr("%1 has no partitions").arg(relation.display());
    }
    return targets;
}

std::string ApplyIndexAction::quotedColumns(pqxx::transaction_base &tx) const
{
    std::string list;
    for (const QString &column : std::as_const(m_columns))
        list += (list.empty() ? "" : ", ") + tx.quote_name(column.toStdString());
    return list;
}

void ApplyIndexAction::planBuilds(pqxx::transaction_base &tx, const QList<PgRelation> &targets, ActionPlan &plan)
{
    const std::string columns = quotedColumns(tx);
    for (const PgRelation &table : targets) {
        Build build;
        build.table = table;
        build.indexName = IndexName::forColumns(table.schema, table.name, m_columns, request().unique);
        const std::string index
            = tx.quote_name(table.schema.toStdString()) + '.' + tx.quote_name(build.indexName.toStdString());
        build.create = QString::fromStdString(std::string(request().unique ? "CREATE UNIQUE" : "CREATE")
                                              + " INDEX CONCURRENTLY " + tx.quote_name(build.indexName.toStdString())
                                              + " ON " + table.quoted(tx) + " (" + columns + ")");
        build.comment = QString::fromStdString("COMMENT ON INDEX " + index + " IS "
                                               + tx.quote(IndexName::marker().toStdString()));
        build.drop = QString::fromStdString("DROP INDEX CONCURRENTLY IF EXISTS " + index);
        build.analyze = QString::fromStdString("ANALYZE " + table.quoted(tx));
        checkSameName(tx, build, plan);
        m_builds << build;
    }
}

void ApplyIndexAction::checkSameName(pqxx::transaction_base &tx, Build &build, ActionPlan &plan) const
{
    const auto sameName = tx.exec_params(
        "SELECT i.indisvalid, i.indrelid = $3 FROM pg_class ic JOIN pg_index i ON i.indexrelid = ic.oid "
        "WHERE ic.relname = $1 AND ic.relnamespace = (SELECT relnamespace FROM pg_class WHERE oid = $2)",
        build.indexName.toStdString(), build.table.oid, build.table.oid);
    if (sameName.empty())
        return;
    if (!sameName[0][0].as<bool>() && sameName[0][1].as<bool>()) {
        build.dropLeftoverFirst = true;
        plan.notes << tr("an invalid index %1 is left from a build that failed: it is "
                         "dropped first")
                          .arg(build.indexName);
    } else {
        plan.refusal = tr("an index named %1 exists already and does not serve %2 (%3)")
                           .arg(build.indexName, build.table.display(), m_columns.join(QLatin1String(", ")));
    }
}

void ApplyIndexAction::addStatements(pqxx::transaction_base &tx, ActionPlan &plan) const
{
    plan.statements << QString::fromStdString("SELECT pg_try_advisory_lock(hashtextextended("
                                              + tx.quote(m_lockKey.toStdString()) + ", 0))")
                    << QStringLiteral("SET lock_timeout = '%1s'").arg(lockTimeoutSeconds);
    for (const Build &build : std::as_const(m_builds)) {
        if (build.dropLeftoverFirst)
            plan.statements << build.drop;
        plan.statements << build.create << build.comment;
    }
    for (const Build &build : std::as_const(m_builds))
        plan.statements << build.analyze;
}

ApplyIndexAction::Extensions ApplyIndexAction::findExtensions(pqxx::transaction_base &tx)
{
    const auto rows = tx.exec("SELECT e.extname, quote_ident(n.nspname), e.extversion FROM pg_extension e "
                              "JOIN pg_namespace n ON n.oid = e.extnamespace "
                              "WHERE e.extname IN ('hypopg', 'pg_stat_statements')");
    Extensions extensions;
    for (const auto &row : rows) {
        if (text(row[0]) == QLatin1String("hypopg"))
            extensions.hypopg = text(row[1]);
        else
            extensions.statementsFunction = std::string(row[1].c_str()) + ".pg_stat_statements(true)";
    }
    return extensions;
}

double ApplyIndexAction::hypotheticalSize(pqxx::transaction_base &tx, const PgRelation &relation,
                                          const QString &hypopg) const
{
    const std::string ddl = "CREATE INDEX ON " + relation.quoted(tx) + " (" + quotedColumns(tx) + ")";
    tx.exec("SELECT " + hypopg.toStdString() + ".hypopg_reset()");
    const auto oid
        = tx.exec_params("SELECT indexrelid FROM " + hypopg.toStdString() + ".hypopg_create_index($1)", ddl)[0][0]
              .as<quint32>();
    const double bytes
        = tx.exec_params("SELECT " + hypopg.toStdString() + ".hypopg_relation_size($1::oid)", oid)[0][0].as<double>(0);
    tx.exec("SELECT " + hypopg.toStdString() + ".hypopg_reset()");
    return bytes;
}

QList<QString> ApplyIndexAction::workloadOnLeadingColumn(pqxx::connection_base &connection, const PgRelation &relation,
                                                         const std::string &statementsFunction, ActionPlan &plan) const
{
    QList<QString> queries;
    try {
        pqxx::nontransaction tx(connection);
        const auto rows = tx.exec("SELECT min(query) FROM " + statementsFunction
                                  + " WHERE dbid = (SELECT oid FROM pg_database WHERE datname = "
                                    "current_database()) AND calls > 0 GROUP BY queryid "
                                    "ORDER BY sum(total_exec_time) DESC LIMIT 500");
        for (const auto &row : rows) {
            const QString query = text(row[0]);
            const StatementShape shape = StatementShape::parse(query);
            if (!shape.isValid() || shape.kind == StatementShape::Kind::Insert)
                continue;
            const bool uses = std::any_of(shape.columns.cbegin(), shape.columns.cend(), [&](const auto &c) {
                const int table = c.table >= 0 ? c.table : (c.scope.size() == 1 ? c.scope.first() : -1);
                if (table < 0 || c.name != m_columns.first())
                    return false;
                const auto &named = shape.tables.at(table);
                return named.name == relation.name && (named.schema.isEmpty() || named.schema == relation.schema);
            });
            if (uses && queries.size() < 3)
                queries << query;
        }
    } catch (const pqxx::sql_error &) {
        plan.notes << tr("the workload's statements cannot be read: no cost before and after");
    }
    return queries;
}

void ApplyIndexAction::judgeWorkload(pqxx::connection_base &connection, const PgRelation &relation,
                                     const Extensions &extensions, ActionPlan &plan)
{
    const QString &hypopg = extensions.hypopg;
    for (const QString &query : workloadOnLeadingColumn(connection, relation, extensions.statementsFunction, plan)) {
        try {
            const GenericPlan before = GenericPlan::explain(connection, query);
            QString line = tr("%1 — generic plan cost %2").arg(query.simplified()).arg(before.cost, 0, 'f', 1);
            if (!hypopg.isEmpty()) {
                {
                    pqxx::nontransaction tx(connection);
                    tx.exec_params("SELECT * FROM " + hypopg.toStdString() + ".hypopg_create_index($1)",
                                   "CREATE INDEX ON " + relation.quoted(tx) + " (" + quotedColumns(tx) + ")");
                }
                const GenericPlan after = GenericPlan::explain(connection, query);
                pqxx::nontransaction(connection).exec("SELECT " + hypopg.toStdString() + ".hypopg_reset()");
                line += tr(" → %1 with the index (hypothetical)").arg(after.cost, 0, 'f', 1);
            }
            plan.touches << line;
            m_statements << Judged{query, before.cost};
        } catch (const pqxx::sql_error &) { }
    }
}

bool ApplyIndexAction::runBuild(const Build &build, int index, ActionContext &context, ActionOutcome &outcome)
{
    const SourceConfig config = actionSource();
    const QString password = passwordOf(config);
    pqxx::connection monitor(PgConnection::actionConnectionString(config, password, timeout(), timeout(), true));
    pqxx::connection builder(
        PgConnection::actionConnectionString(config, password, timeout(), std::chrono::milliseconds(0), false));
    {
        pqxx::nontransaction tx(builder);
        tx.exec("SET lock_timeout = '" + std::to_string(lockTimeoutSeconds) + "s'");
        if (build.dropLeftoverFirst)
            tx.exec(build.drop.toStdString());
    }
    QElapsedTimer clock;
    clock.start();
    const auto watched = PgWatchedStatement::run(
        builder, build.create.toStdString(), monitor, context, std::chrono::milliseconds(progressEveryMs),
        [&](pqxx::transaction_base &tx, int pid) {
            const auto rows = tx.exec_params("SELECT phase, blocks_total, blocks_done, tuples_total, tuples_done, "
                                             "lockers_total, lockers_done "
                                             "FROM pg_stat_progress_create_index WHERE pid = $1",
                                             pid);
            if (rows.empty())
                return;
            const QString phase = text(rows[0][0]);
            const double blocksTotal = rows[0][1].as<double>(0);
            const double tuplesTotal = rows[0][3].as<double>(0);
            const double lockersTotal = rows[0][5].as<double>(0);
            double fraction = 0;
            QString detail;
            if (blocksTotal > 0) {
                fraction = rows[0][2].as<double>(0) / blocksTotal;
                detail = tr(" (%1 of %2 blocks)").arg(rows[0][2].as<qint64>(0)).arg(qint64(blocksTotal));
            } else if (tuplesTotal > 0) {
                fraction = rows[0][4].as<double>(0) / tuplesTotal;
                detail = tr(" (%1 of %2 rows)").arg(rows[0][4].as<qint64>(0)).arg(qint64(tuplesTotal));
            } else if (lockersTotal > 0) {
                detail = tr(" (%1 of %2 transactions)").arg(rows[0][6].as<qint64>(0)).arg(qint64(lockersTotal));
            }
            int percent = -1;
            for (const Phase &known : phases) {
                if (phase == QLatin1String(known.name))
                    percent = known.from + int(std::clamp(fraction, 0.0, 1.0) * (known.to - known.from));
            }
            if (percent >= 0)
                percent = int((double(index) * 100.0 + percent) / double(m_builds.size()));
            context.progress(percent, QStringLiteral("%1: %2%3").arg(build.indexName, phase, detail));
        });
    const std::exception_ptr failure = watched.failure;
    const bool cancelSent = watched.cancelSent;
    if (!failure) {
        pqxx::nontransaction tx(builder);
        tx.exec(build.comment.toStdString());
        outcome.details << tr("%1 built on %2 in %3 s (valid)")
                               .arg(build.indexName, build.table.display())
                               .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1);
        return true;
    }

    // A failed or cancelled build leaves an invalid index behind: it goes.
    QString why;
    try {
        std::rethrow_exception(failure);
    } catch (const pqxx::unique_violation &error) {
        const QString message = QString::fromUtf8(error.what());
        static const QRegularExpression duplicated(QStringLiteral("Key \\((.*)\\)=\\((.*)\\) is duplicated"));
        const auto match = duplicated.match(message);
        why = tr("%1 holds duplicate values%2: a unique index cannot be built on it")
                  .arg(build.table.display(),
                       match.hasMatch() ? tr(" (%1 = %2 more than once)").arg(match.captured(1), match.captured(2))
                                        : QString());
    } catch (const pqxx::failure &error) {
        const QString message = QString::fromUtf8(error.what());
        if (message.contains(QLatin1String("lock timeout")))
            why = tr("it waited longer than lock_timeout (%1 s) for a conflicting lock or for a "
                     "transaction older than the build; try again when it has ended")
                      .arg(lockTimeoutSeconds);
        else if (cancelSent)
            why = tr("cancelled");
        else
            why = explainPostgres(error);
    }
    QString cleanup;
    try {
        pqxx::nontransaction tx(monitor);
        const auto left
            = tx.exec_params("SELECT NOT i.indisvalid FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid "
                             "WHERE ic.relname = $1 AND i.indrelid = $2",
                             build.indexName.toStdString(), build.table.oid);
        if (!left.empty() && left[0][0].as<bool>()) {
            pqxx::connection dropper(
                PgConnection::actionConnectionString(config, password, timeout(), std::chrono::milliseconds(0), false));
            pqxx::nontransaction drop(dropper);
            drop.exec("SET lock_timeout = '" + std::to_string(lockTimeoutSeconds) + "s'");
            drop.exec(build.drop.toStdString());
            cleanup = tr("; the invalid index it left was dropped (%1)").arg(build.drop);
        } else {
            cleanup = tr("; it left no index behind");
        }
    } catch (const pqxx::failure &error) {
        cleanup = tr("; the invalid index it left could not be dropped (%1): drop it with %2")
                      .arg(QString::fromUtf8(error.what()).section(QLatin1Char('\n'), 0, 0), build.drop);
    }
    outcome.status = cancelSent ? ActionOutcome::Status::Cancelled : ActionOutcome::Status::Failed;
    outcome.message = tr("CREATE INDEX CONCURRENTLY %1 failed: %2%3").arg(build.indexName, why, cleanup);
    return false;
}

ActionOutcome ApplyIndexAction::execute(ActionContext &context)
{
    ActionOutcome outcome;
    const SourceConfig config = actionSource();
    try {
        pqxx::connection control(
            PgConnection::actionConnectionString(config, passwordOf(config), timeout(), timeout(), false));
        {
            pqxx::nontransaction tx(control);
            if (!tx.exec_params("SELECT pg_try_advisory_lock(hashtextextended($1, 0))", m_lockKey.toStdString())[0][0]
                     .as<bool>()) {
                outcome.status = ActionOutcome::Status::Refused;
                outcome.message = tr("another session is building %1 (it holds the advisory lock): not "
                                     "building it twice")
                                      .arg(m_builds.first().indexName);
                return outcome;
            }
        }
        int built = 0;
        for (qsizetype i = 0; i < m_builds.size(); ++i) {
            const Build &build = m_builds[i];
            if (context.isCancelled()) {
                outcome.status = ActionOutcome::Status::Cancelled;
                outcome.message = tr("cancelled after %1 of %n index(es)", nullptr, int(m_builds.size())).arg(i);
                return outcome;
            }
            {
                // Another session may have built an equivalent index since the plan.
                pqxx::nontransaction tx(control);
                QList<int> attnums;
                for (const QString &column : std::as_const(m_columns))
                    attnums << tx.exec_params("SELECT attnum FROM pg_attribute WHERE attrelid = $1 AND attname = $2",
                                              build.table.oid, column.toStdString())[0][0]
                                   .as<int>();
                const QString existing = equivalentIndex(tx, build.table.oid, attnums, request().unique);
                if (!existing.isEmpty()) {
                    outcome.details << tr("%1: %2 serves it already; not built").arg(build.table.display(), existing);
                    continue;
                }
            }
            if (!runBuild(build, int(i), context, outcome))
                return outcome;
            ++built;
        }
        context.progress(99, QStringLiteral("ANALYZE"));
        {
            pqxx::connection analyzer(PgConnection::actionConnectionString(config, passwordOf(config), timeout(),
                                                                           std::chrono::milliseconds(0), false));
            pqxx::nontransaction tx(analyzer);
            tx.exec("SET lock_timeout = '" + std::to_string(lockTimeoutSeconds) + "s'");
            for (const Build &build : std::as_const(m_builds))
                tx.exec(build.analyze.toStdString());
        }
        // The statements explained again, for real: the index now exists.
        for (const Judged &statement : std::as_const(m_statements)) {
            try {
                const GenericPlan after = GenericPlan::explain(control, statement.query);
                const bool uses = std::any_of(m_builds.cbegin(), m_builds.cend(), [&](const Build &build) {
                    return after.indexes.contains(build.indexName);
                });
                outcome.details << tr("%1 — cost %2 → %3%4")
                                       .arg(statement.query.simplified())
                                       .arg(statement.costBefore, 0, 'f', 1)
                                       .arg(after.cost, 0, 'f', 1)
                                       .arg(uses ? tr(", uses the index") : tr(", does not use the index"));
            } catch (const pqxx::sql_error &) { }
        }
        pqxx::nontransaction(control).exec_params("SELECT pg_advisory_unlock(hashtextextended($1, 0))",
                                                  m_lockKey.toStdString());
        outcome.details << tr("undo: pitwall action drop-index --index %1.%2")
                               .arg(m_builds.first().table.schema, m_builds.first().indexName);
        outcome.status = built > 0 ? ActionOutcome::Status::Done : ActionOutcome::Status::NothingToDo;
        outcome.message = built > 0 ? tr("built %n index(es) concurrently; ANALYZE done", nullptr, int(built))
                                    : tr("an equivalent index exists already: nothing built");
    } catch (const pqxx::failure &error) {
        throw CollectorError(explainPostgres(error));
    }
    return outcome;
}

} // namespace Pitwall

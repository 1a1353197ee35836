#include "prewarmaction.h"

#include "collectorerror.h"
#include "formatter.h"
#include "pgconnection.h"

#include <pqxx/connection>
#include <pqxx/except>
#include <pqxx/nontransaction>
#include <pqxx/result>

namespace Pitwall {

namespace {
QString text(const pqxx::field &field)
{
    return field.is_null() ? QString() : QString::fromUtf8(field.c_str());
}

QString megabytes(qint64 bytes)
{
    return Formatter::value(double(bytes), QStringLiteral("bytes"));
}

// Block traffic per table and index, from the statistics every role may read.
const char *const statioRelations = "SELECT relid AS oid, heap_blks_read AS blks_read, heap_blks_hit AS blks_hit "
                                    "FROM pg_statio_user_tables "
                                    "UNION ALL SELECT indexrelid, idx_blks_read, idx_blks_hit "
                                    "FROM pg_statio_user_indexes";
} // namespace

PrewarmAction::PrewarmAction(ActionRequest request, const Profile &profile, SourceConfig source)
    : Action(std::move(request), profile, std::move(source))
{ }

PrewarmAction::~PrewarmAction() = default;

QList<PgRelation> PrewarmAction::advise(ActionPlan &plan, qint64 sharedBuffers)
{
    pqxx::connection connection(
        PgConnection::actionConnectionString(source(), passwordOf(source()), timeout(), timeout(), true));
    pqxx::nontransaction tx(connection);
    const std::string columns = "SELECT c.oid, n.nspname, c.relname, c.relkind, pg_relation_size(c.oid), "
                                "       io.blks_read, io.blks_hit, ";
    const std::string from
        = " FROM io JOIN pg_class c ON c.oid = io.oid JOIN pg_namespace n ON n.oid = c.relnamespace ";
    pqxx::result rows;
    bool buffercache = !tx.exec("SELECT 1 FROM pg_extension WHERE extname = 'pg_buffercache'").empty();
    if (buffercache) {
        try {
            rows = tx.exec(std::string("WITH io AS (") + statioRelations
                           + "), cached AS (SELECT relfilenode, count(*) AS buffers FROM pg_buffercache "
                             "  WHERE reldatabase = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                             "  GROUP BY relfilenode) "
                           + columns + "coalesce(cached.buffers, 0) * current_setting('block_size')::bigint" + from
                           + "LEFT JOIN cached ON cached.relfilenode = pg_relation_filenode(c.oid) "
                             "WHERE io.blks_read + io.blks_hit > 0 AND pg_relation_size(c.oid) > 0 "
                             "  AND coalesce(cached.buffers, 0) * current_setting('block_size')::bigint "
                             "      < pg_relation_size(c.oid) / 2 "
                             "ORDER BY io.blks_read + io.blks_hit DESC LIMIT 20");
            plan.notes << tr("advised from pg_buffercache: the relations most used (blocks read and hit) "
                             "of which less than half is in shared buffers now");
        } catch (const pqxx::insufficient_privilege &) {
            buffercache = false;
            plan.notes << tr("pg_buffercache is installed but the monitoring role may not read it "
                             "(it needs pg_monitor): advised from block-read statistics instead");
        }
    }
    if (!buffercache) {
        rows = tx.exec(std::string("WITH io AS (") + statioRelations + ") " + columns + "-1" + from
                       + "WHERE io.blks_read > 0 AND pg_relation_size(c.oid) > 0 "
                         "ORDER BY io.blks_read DESC LIMIT 20");
        if (plan.notes.isEmpty())
            plan.notes << tr("pg_buffercache is not installed: advised from block-read statistics, the "
                             "relations most read from outside shared buffers");
    }
    QList<PgRelation> chosen;
    qint64 total = 0;
    for (const auto &row : rows) {
        PgRelation relation;
        relation.oid = row[0].as<quint32>();
        relation.schema = text(row[1]);
        relation.name = text(row[2]);
        relation.kind = text(row[3]);
        relation.bytes = row[4].as<qint64>(0);
        if (relation.bytes > sharedBuffers / 2) {
            plan.notes << tr("%1 (%2) is left out: more than half of shared_buffers (%3) — it would evict "
                             "what it warms")
                              .arg(relation.display(), megabytes(relation.bytes), megabytes(sharedBuffers));
            continue;
        }
        if (chosen.size() >= maxAdvised)
            break;
        if (total + relation.bytes > sharedBuffers / 2) {
            plan.notes << tr("%1 (%2) is left out: it does not fit in half of shared_buffers beside the "
                             "hotter ones")
                              .arg(relation.display(), megabytes(relation.bytes));
            continue;
        }
        total += relation.bytes;
        chosen << relation;
    }
    return chosen;
}

ActionPlan PrewarmAction::plan()
{
    const bool advised = request().targets.isEmpty();
    ActionPlan plan
        = newPlan(advised ? tr("Prewarm the hottest relations not in shared buffers on %1").arg(source().name)
                          : tr("Prewarm relations on %1").arg(source().name));
    m_targets.clear();
    try {
        const SourceConfig config = actionSource();
        pqxx::connection connection(
            PgConnection::actionConnectionString(config, passwordOf(config), timeout(), timeout(), true));
        pqxx::nontransaction tx(connection);
        const qint64 sharedBuffers
            = tx.exec("SELECT pg_size_bytes(current_setting('shared_buffers'))")[0][0].as<qint64>(0);
        if (tx.exec("SELECT 1 FROM pg_extension WHERE extname = 'pg_prewarm'").empty()) {
            plan.refusal = tr("pg_prewarm is not installed in this database: CREATE EXTENSION pg_prewarm");
            return plan;
        }
        QList<PgRelation> relations;
        if (advised) {
            relations = advise(plan, sharedBuffers);
        } else {
            for (const QString &name : request().targets) {
                const auto relation = PgRelation::resolve(tx, name);
                if (!relation)
                    throw CollectorError(describe() + tr(": no relation named %1 in this database").arg(name));
                relations << *relation;
            }
        }
        qint64 bytes = 0;
        for (const PgRelation &relation : std::as_const(relations)) {
            // pg_prewarm's own check: SELECT on the relation (indexes: their owner).
            if (!tx.exec_params("SELECT has_table_privilege($1::oid, 'SELECT')", relation.oid)[0][0].as<bool>(false)) {
                plan.notes << tr("%1 is left out: the action role may not read it").arg(relation.display());
                continue;
            }
            Target target;
            target.relation = relation;
            target.statement = QStringLiteral("SELECT pg_prewarm(%1::regclass)")
                                   .arg(QString::fromStdString(tx.quote(relation.quoted(tx))));
            const qint64 size = tx.exec_params("SELECT pg_relation_size($1::oid)", relation.oid)[0][0].as<qint64>(0);
            bytes += size;
            plan.statements << target.statement;
            plan.touches << tr("%1 (%2): %3")
                                .arg(relation.display(),
                                     relation.kind == QLatin1String("i") ? tr("index") : tr("table"), megabytes(size));
            m_targets << target;
        }
        plan.estimate = tr("%n relation(s), %1 into shared buffers of %2", nullptr, int(m_targets.size()))
                            .arg(megabytes(bytes), megabytes(sharedBuffers));
        if (m_targets.isEmpty()) {
            if (relations.isEmpty())
                plan.nothingToDo = true;
            else
                plan.refusal = tr("the action role may read none of the relations");
        }
    } catch (const pqxx::failure &error) {
        throw CollectorError(explainPostgres(error));
    }
    return plan;
}

ActionOutcome PrewarmAction::execute(ActionContext &context)
{
    ActionOutcome outcome;
    qint64 blocks = 0;
    try {
        const SourceConfig config = actionSource();
        pqxx::connection connection(PgConnection::actionConnectionString(config, passwordOf(config), timeout(),
                                                                         std::chrono::milliseconds(0), false));
        pqxx::nontransaction tx(connection);
        for (qsizetype i = 0; i < m_targets.size(); ++i) {
            if (context.isCancelled()) {
                outcome.status = ActionOutcome::Status::Cancelled;
                outcome.message = tr("cancelled after %1 of %n relation(s)", nullptr, int(m_targets.size())).arg(i);
                return outcome;
            }
            context.progress(int(i * 100 / m_targets.size()), m_targets[i].relation.display());
            const qint64 loaded = tx.exec(m_targets[i].statement.toStdString())[0][0].as<qint64>(0);
            blocks += loaded;
            outcome.details << tr("%1: %2 blocks loaded").arg(m_targets[i].relation.display()).arg(loaded);
        }
    } catch (const pqxx::failure &error) {
        throw CollectorError(explainPostgres(error));
    }
    outcome.status = ActionOutcome::Status::Done;
    outcome.message
        = tr("%1 blocks of %n relation(s) loaded into shared buffers", nullptr, int(m_targets.size())).arg(blocks);
    return outcome;
}

} // namespace Pitwall

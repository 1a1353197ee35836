#include "dropindexaction.h"

#include "applyindexaction.h"
#include "collectorerror.h"
#include "formatter.h"
#include "indexname.h"
#include "pgconnection.h"
#include "unusedindexes.h"

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
} // namespace

DropIndexAction::DropIndexAction(ActionRequest request, const Profile &profile, SourceConfig source)
    : Action(std::move(request), profile, std::move(source))
{ }

DropIndexAction::~DropIndexAction() = default;

ActionPlan DropIndexAction::plan()
{
    const QString target = request().targets.value(0);
    ActionPlan plan = newPlan(tr("DROP INDEX CONCURRENTLY %1 on %2").arg(target, source().name));
    try {
        const SourceConfig config = actionSource();
        pqxx::connection connection(
            PgConnection::actionConnectionString(config, passwordOf(config), timeout(), timeout(), true));
        pqxx::nontransaction tx(connection);
        const auto index = PgRelation::resolve(tx, target);
        if (!index)
            throw CollectorError(describe() + tr(": no index named %1 in this database").arg(target));
        if (index->kind != QLatin1String("i"))
            throw CollectorError(describe()
                                 + tr(": %1 is not an index (relkind %2)").arg(index->display(), index->kind));
        m_index = *index;
        const auto row = tx.exec_params(
            "SELECT coalesce(obj_description(i.indexrelid, 'pg_class'), ''), i.indrelid::regclass::text, "
            "       EXISTS (SELECT 1 FROM pg_constraint WHERE conindid = i.indexrelid), coalesce(s.idx_scan, 0), "
            "       i.indisvalid "
            "FROM pg_index i LEFT JOIN pg_stat_all_indexes s ON s.indexrelid = i.indexrelid "
            "WHERE i.indexrelid = $1",
            index->oid)[0];
        const bool pitwalls
            = index->name.startsWith(IndexName::prefix()) && text(row[0]).startsWith(IndexName::marker());
        if (request().advisedDrop)
            plan.refusal = judgeAdvised(tx, plan);
        else if (!pitwalls)
            plan.refusal = tr("%1 was not built by Pitwall (apply-index names its indexes pitwall_… and "
                              "marks them with a comment): drop-index drops only those")
                               .arg(index->display());
        else if (row[2].as<bool>(false))
            plan.refusal = tr("%1 backs a constraint: dropping it would drop the constraint").arg(index->display());
        m_drop = QString::fromStdString("DROP INDEX CONCURRENTLY IF EXISTS " + index->quoted(tx));
        plan.statements << QStringLiteral("SET lock_timeout = '%1s'").arg(ApplyIndexAction::lockTimeoutSeconds)
                        << m_drop;
        plan.touches << tr("%1 on %2: %3, %4 scans since statistics were reset%5")
                            .arg(index->display(), text(row[1]),
                                 Formatter::value(double(index->bytes), QStringLiteral("bytes")))
                            .arg(row[3].as<qint64>(0))
                            .arg(row[4].as<bool>(false) ? QString() : tr(", invalid"));
        plan.estimate = tr("one index of %1").arg(Formatter::value(double(index->bytes), QStringLiteral("bytes")));
        plan.notes << tr("DROP INDEX CONCURRENTLY waits for the transactions using the index and does "
                         "not block reads or writes; it gives up after lock_timeout (%1 s)")
                          .arg(ApplyIndexAction::lockTimeoutSeconds);
    } catch (const pqxx::failure &error) {
        throw CollectorError(explainPostgres(error));
    }
    return plan;
}

QString DropIndexAction::judgeAdvised(pqxx::transaction_base &tx, ActionPlan &plan) const
{
    const QString database = QString::fromUtf8(tx.conn().dbname());
    for (const IndexAdvice::Droppable &droppable : Advisor::UnusedIndexes::find(tx, database)) {
        if (droppable.schema != m_index.schema || droppable.index != m_index.name)
            continue;
        QString why;
        switch (droppable.reason) {
        case IndexAdvice::Droppable::Reason::Unused:
            why = tr("no scan in the %1 h the statistics cover").arg(droppable.statsAgeSeconds / 3600.0, 0, 'f', 1);
            break;
        case IndexAdvice::Droppable::Reason::Duplicate:
            why = tr("%1 leads with the same columns").arg(droppable.coveredBy);
            break;
        case IndexAdvice::Droppable::Reason::Invalid:
            why = tr("invalid: a build that failed left it, and every write still maintains it");
            break;
        }
        plan.touches << tr("%1 (%2): %3; the table had %4 writes in that time, each also writing it")
                            .arg(m_index.display(), IndexAdvice::Droppable::reasonName(droppable.reason), why)
                            .arg(qint64(droppable.tableWrites));
        plan.notes << tr("this rests on the statistics, not on a plan: HypoPG 1.3 cannot hide an index "
                         "to show the plans without it");
        plan.confirmWord = m_index.name;
        return {};
    }
    return tr("%1 is not an index the advisor would drop: it is scanned, no other index leads with its "
              "columns, or a primary key, a constraint or a valid unique index needs it")
        .arg(m_index.display());
}

ActionOutcome DropIndexAction::execute(ActionContext &context)
{
    ActionOutcome outcome;
    const SourceConfig config = actionSource();
    try {
        context.progress(-1, tr("dropping %1").arg(m_index.display()));
        pqxx::connection connection(PgConnection::actionConnectionString(config, passwordOf(config), timeout(),
                                                                         std::chrono::milliseconds(0), false));
        pqxx::nontransaction tx(connection);
        tx.exec("SET lock_timeout = '" + std::to_string(ApplyIndexAction::lockTimeoutSeconds) + "s'");
        tx.exec(m_drop.toStdString());
        const bool gone
            = tx.exec_params("SELECT NOT EXISTS (SELECT 1 FROM pg_class WHERE oid = $1)", m_index.oid)[0][0].as<bool>();
        outcome.status = gone ? ActionOutcome::Status::Done : ActionOutcome::Status::Failed;
        outcome.message
            = gone ? tr("dropped %1").arg(m_index.display()) : tr("%1 is still there").arg(m_index.display());
    } catch (const pqxx::failure &error) {
        throw CollectorError(explainPostgres(error));
    }
    return outcome;
}

} // namespace Pitwall

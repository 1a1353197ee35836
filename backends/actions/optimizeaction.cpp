#include "optimizeaction.h"

#include "clickhouseclient.h"
#include "collectorerror.h"
#include "formatter.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkReply>
#include <QTimer>
#include <QUuid>

namespace Pitwall {

namespace {
constexpr int progressEveryMs = 500;

qint64 integer(const QJsonValue &value)
{
    // 64-bit integers arrive quoted.
    return value.isString() ? value.toString().toLongLong() : qint64(value.toDouble());
}

QString megabytes(qint64 bytes)
{
    return Formatter::value(double(bytes), QStringLiteral("bytes"));
}

/// Reads a backquoted identifier starting at @p at; its end in @p at.
std::optional<QString> backquoted(const QString &text, qsizetype &at)
{
    if (at >= text.size() || text.at(at) != QLatin1Char('`'))
        return std::nullopt;
    QString name;
    for (++at; at < text.size(); ++at) {
        const QChar c = text.at(at);
        if (c == QLatin1Char('\\') && at + 1 < text.size()) {
            name += text.at(++at);
        } else if (c == QLatin1Char('`')) {
            ++at;
            return name;
        } else {
            name += c;
        }
    }
    return std::nullopt;
}
} // namespace

OptimizeAction::OptimizeAction(ActionRequest request, const Profile &profile, SourceConfig source)
    : Action(std::move(request), profile, std::move(source))
{ }

OptimizeAction::~OptimizeAction() = default;

std::optional<QPair<QString, QString>> OptimizeAction::splitTableName(const QString &text)
{
    // Each part bare or in backquotes: lab.t, `lab`.`my table`, lab.`x\`y`.
    qsizetype at = 0;
    QString database;
    if (text.startsWith(QLatin1Char('`'))) {
        const auto quoted = backquoted(text, at);
        if (!quoted)
            return std::nullopt;
        database = *quoted;
    } else {
        at = text.indexOf(QLatin1Char('.'));
        if (at < 0)
            return std::nullopt;
        database = text.left(at);
    }
    if (at >= text.size() || text.at(at) != QLatin1Char('.'))
        return std::nullopt;
    ++at;
    QString table;
    if (at < text.size() && text.at(at) == QLatin1Char('`')) {
        const auto quoted = backquoted(text, at);
        if (!quoted || at != text.size())
            return std::nullopt;
        table = *quoted;
    } else {
        table = text.mid(at);
    }
    if (database.isEmpty() || table.isEmpty())
        return std::nullopt;
    return qMakePair(database, table);
}

ClickHouseClient &OptimizeAction::clickHouse()
{
    if (!m_clickHouse) {
        const SourceConfig config = actionSource();
        m_clickHouse = std::make_unique<ClickHouseClient>(config, passwordOf(config), describe(), timeout());
    }
    return *m_clickHouse;
}

QString OptimizeAction::tableSql() const
{
    return ClickHouseClient::quoteIdentifier(m_database) + QLatin1Char('.')
        + ClickHouseClient::quoteIdentifier(m_table);
}

QString OptimizeAction::statementFor(const Partition *partition) const
{
    if (!partition)
        return QStringLiteral("OPTIMIZE TABLE %1 FINAL").arg(tableSql());
    return QStringLiteral("OPTIMIZE TABLE %1 PARTITION ID %2 FINAL")
        .arg(tableSql(), ClickHouseClient::quoteString(partition->id));
}

QList<OptimizeAction::Partition> OptimizeAction::readPartitions()
{
    QList<Partition> partitions;
    const QJsonArray rows = clickHouse().select(
        QStringLiteral("SELECT partition_id, any(partition), count(), sum(rows), sum(bytes_on_disk) FROM system.parts "
                       "WHERE active AND database = %1 AND table = %2 GROUP BY partition_id ORDER BY partition_id")
            .arg(ClickHouseClient::quoteString(m_database), ClickHouseClient::quoteString(m_table)));
    for (const auto &value : rows) {
        const QJsonArray row = value.toArray();
        partitions << Partition{row.at(0).toString(), row.at(1).toString(), integer(row.at(2)), integer(row.at(3)),
                                integer(row.at(4))};
    }
    return partitions;
}

qint64 OptimizeAction::activeParts(const QString &partitionId)
{
    const QJsonArray rows = clickHouse().select(
        QStringLiteral("SELECT count() FROM system.parts WHERE active AND database = %1 AND table = %2 "
                       "AND partition_id = %3")
            .arg(ClickHouseClient::quoteString(m_database), ClickHouseClient::quoteString(m_table),
                 ClickHouseClient::quoteString(partitionId)));
    return rows.isEmpty() ? 0 : integer(rows.first().toArray().first());
}

ActionPlan OptimizeAction::plan()
{
    const QString target = request().targets.value(0);
    const auto name = splitTableName(target);
    if (!name)
        throw CollectorError(describe() + tr(": '%1' is not a table name: write db.table").arg(target));
    m_database = name->first;
    m_table = name->second;
    m_targets.clear();
    ActionPlan plan = newPlan(tr("OPTIMIZE … FINAL of %1.%2 on %3").arg(m_database, m_table, source().name));

    const QJsonArray tables = clickHouse().select(
        QStringLiteral("SELECT engine FROM system.tables WHERE database = %1 AND name = %2")
            .arg(ClickHouseClient::quoteString(m_database), ClickHouseClient::quoteString(m_table)));
    if (tables.isEmpty())
        throw CollectorError(describe() + tr(": no table %1.%2").arg(m_database, m_table));
    const QString engine = tables.first().toArray().first().toString();
    if (!engine.contains(QLatin1String("MergeTree"))) {
        plan.refusal = tr("%1.%2 is a %3 table: OPTIMIZE merges parts of MergeTree tables only")
                           .arg(m_database, m_table, engine);
        return plan;
    }

    const QList<Partition> partitions = readPartitions();
    qint64 tableBytes = 0;
    qint64 targetBytes = 0;
    qint64 parts = 0;
    int single = 0;
    for (const Partition &partition : partitions) {
        tableBytes += partition.bytes;
        if (!request().partition.isEmpty() && partition.id != request().partition)
            continue;
        if (partition.parts <= 1 && !request().wholeTable) {
            ++single;
            continue;
        }
        m_targets << partition;
        targetBytes += partition.bytes;
        parts += partition.parts;
        plan.touches << tr("partition %1 (id %2): %3 active parts, %4 rows, %5 → 1 part")
                            .arg(partition.name, partition.id)
                            .arg(partition.parts)
                            .arg(partition.rows)
                            .arg(megabytes(partition.bytes));
    }
    if (!request().partition.isEmpty() && m_targets.isEmpty() && single == 0)
        throw CollectorError(describe()
                             + tr(": %1.%2 has no partition with id %3").arg(m_database, m_table, request().partition));

    if (request().wholeTable) {
        plan.statements << statementFor(nullptr);
    } else {
        for (const Partition &partition : std::as_const(m_targets))
            plan.statements << statementFor(&partition);
    }
    plan.estimate = tr("%n partition(s), %1 parts, %2 rewritten, of %3 in the table", nullptr, int(m_targets.size()))
                        .arg(parts)
                        .arg(megabytes(targetBytes), megabytes(tableBytes));
    if (single > 0)
        plan.notes << tr("%n partition(s) with one active part are left alone", nullptr, int(single));
    plan.notes << tr("FINAL rewrites each partition whole, in the background merge pool; inserts go on");
    if (m_targets.isEmpty()) {
        plan.nothingToDo = true;
        plan.estimate = tr("every partition has one active part: nothing to merge");
    } else if (request().wholeTable || (targetBytes == tableBytes && partitions.size() == m_targets.size())) {
        plan.confirmWord = m_database + QLatin1Char('.') + m_table;
        plan.notes << tr("this rewrites the whole table");
    }
    return plan;
}

ActionOutcome OptimizeAction::execute(ActionContext &context)
{
    ActionOutcome outcome;
    const qsizetype steps = request().wholeTable ? 1 : m_targets.size();
    qint64 before = 0;
    for (const Partition &partition : std::as_const(m_targets))
        before += activeParts(partition.id);
    for (qsizetype i = 0; i < steps; ++i) {
        const Partition *partition = request().wholeTable ? nullptr : &m_targets[i];
        const qint64 partsBefore = partition ? activeParts(partition->id) : before;
        const QString queryId
            = QStringLiteral("pitwall-optimize-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        // optimize_throw_if_noop: a merge the server declines is an error, not a silent success.
        auto reply = clickHouse().start(statementFor(partition), queryId,
                                        {{QStringLiteral("optimize_throw_if_noop"), QStringLiteral("1")}});
        bool killSent = false;
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer tick;
        QObject::connect(&tick, &QTimer::timeout, &loop, &QEventLoop::quit);
        tick.start(progressEveryMs);
        while (!reply->isFinished()) {
            loop.exec();
            if (reply->isFinished())
                break;
            if (context.isCancelled() && !killSent) {
                clickHouse().execute(
                    QStringLiteral("KILL QUERY WHERE query_id = %1 ASYNC").arg(ClickHouseClient::quoteString(queryId)));
                killSent = true;
            }
            const QJsonArray merges = clickHouse().select(
                QStringLiteral(
                    "SELECT max(progress), sum(num_parts) FROM system.merges WHERE database = %1 AND table = %2")
                    .arg(ClickHouseClient::quoteString(m_database), ClickHouseClient::quoteString(m_table)));
            const double fraction = merges.isEmpty() ? 0 : merges.first().toArray().at(0).toDouble();
            context.progress(int((double(i) + fraction) * 100.0 / double(steps)),
                             partition ? tr("partition %1: merging").arg(partition->name) : tr("merging"));
        }
        try {
            clickHouse().finish(std::move(reply));
        } catch (const CollectorError &error) {
            if (killSent) {
                outcome.status = ActionOutcome::Status::Cancelled;
                outcome.message = tr("OPTIMIZE was killed (%1)").arg(error.message());
                return outcome;
            }
            if (error.message().contains(QLatin1String("Cancelled merging parts")))
                throw CollectorError(error.message()
                                     + tr(" — are merges stopped for this table (SYSTEM STOP MERGES)?"));
            throw;
        }
        if (partition) {
            const qint64 after = activeParts(partition->id);
            outcome.details << tr("partition %1: %2 parts → %3").arg(partition->name).arg(partsBefore).arg(after);
        }
    }
    if (request().wholeTable) {
        qint64 after = 0;
        for (const Partition &partition : readPartitions())
            after += partition.parts;
        outcome.details << tr("%1.%2: %3 parts → %4").arg(m_database, m_table).arg(before).arg(after);
    }
    outcome.status = ActionOutcome::Status::Done;
    outcome.message = tr("OPTIMIZE FINAL of %n partition(s) of %1.%2 done", nullptr,
                         int(request().wholeTable ? readPartitions().size() : m_targets.size()))
                          .arg(m_database, m_table);
    return outcome;
}

} // namespace Pitwall

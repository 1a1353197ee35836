#include "warmcacheaction.h"

#include "clickhouseclient.h"
#include "collectorerror.h"
#include "keychain.h"
#include "pgconnection.h"
#include "redistarget.h"

#include <QDeadlineTimer>
#include <QMap>

#include <pqxx/connection>
#include <pqxx/except>
#include <pqxx/result>
#include <pqxx/transaction>

namespace Pitwall {

namespace {
constexpr int sampleSize = 5;

QString shortened(const QByteArray &value)
{
    constexpr int maxLength = 60;
    QString text = RedisTarget::quoted(value);
    return text.size() > maxLength ? text.left(maxLength) + QStringLiteral("…") : text;
}

/// One field of ClickHouse's TabSeparated format, unescaped; `\N` is NULL (empty).
QByteArray unescapeTsv(QByteArrayView field)
{
    if (field == "\\N")
        return {};
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        char c = field[i];
        if (c == '\\' && i + 1 < field.size()) {
            switch (field[++i]) {
            case 'n':
                c = '\n';
                break;
            case 't':
                c = '\t';
                break;
            case 'r':
                c = '\r';
                break;
            case 'b':
                c = '\b';
                break;
            case 'f':
                c = '\f';
                break;
            case '0':
                c = '\0';
                break;
            default:
                c = field[i];
            }
        }
        out += c;
    }
    return out;
}
} // namespace

WarmCacheAction::WarmCacheAction(ActionRequest request, const Profile &profile, SourceConfig source, WarmRecipe recipe)
    : Action(std::move(request), profile, std::move(source))
    , m_recipe(std::move(recipe))
{
    if (const SourceConfig *redis = profile.source(m_recipe.redis))
        m_redisSource = *redis;
}

WarmCacheAction::~WarmCacheAction() = default;

RedisTarget &WarmCacheAction::redis()
{
    if (!m_redis) {
        const SourceConfig config = m_redisSource.forActions();
        const QString where
            = QStringLiteral("redis `%1` (%2:%3)").arg(config.name, config.url.host()).arg(config.url.port(6379));
        auto target = std::make_unique<RedisTarget>(config, sourcePassword(config, where, timeout()).toUtf8(), where,
                                                    timeout());
        target->open();
        m_redis = std::move(target);
    }
    return *m_redis;
}

QList<WarmCacheAction::Row> WarmCacheAction::queryPostgres()
{
    QList<Row> rows;
    try {
        const SourceConfig config = actionSource();
        pqxx::connection connection(
            PgConnection::actionConnectionString(config, passwordOf(config), timeout(), timeout() * 3, true));
        // READ ONLY: the recipe's query cannot write, whatever it says.
        pqxx::read_transaction tx(connection);
        const auto result = tx.exec(m_recipe.query.toStdString());
        if (result.size() > maxRows)
            throw CollectorError(describe()
                                 + tr(": the warm recipe's query returned %1 rows, more than "
                                      "%2: give it a LIMIT")
                                       .arg(result.size())
                                       .arg(maxRows));
        QStringList columns;
        for (pqxx::row::size_type c = 0; c < result.columns(); ++c)
            columns << QString::fromUtf8(result.column_name(c));
        for (const auto &row : result) {
            Row values;
            for (qsizetype c = 0; c < columns.size(); ++c)
                values.insert(columns[c], row[int(c)].is_null() ? QByteArray() : QByteArray(row[int(c)].c_str()));
            rows << values;
        }
    } catch (const pqxx::failure &error) {
        throw CollectorError(explainPostgres(error));
    }
    return rows;
}

QList<WarmCacheAction::Row> WarmCacheAction::queryClickHouse()
{
    const SourceConfig config = actionSource();
    ClickHouseClient client(config, passwordOf(config), describe(), timeout() * 3);
    QString query = m_recipe.query;
    while (query.endsWith(QLatin1Char(';')))
        query.chop(1);
    // readonly=1: reads only, and the session's settings cannot be changed back.
    const QByteArray body = client.query(query + QStringLiteral(" FORMAT TabSeparatedWithNames"),
                                         {{QStringLiteral("readonly"), QStringLiteral("1")}});
    QList<QByteArray> lines = body.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    QList<Row> rows;
    if (lines.isEmpty())
        return rows;
    if (lines.size() - 1 > maxRows)
        throw CollectorError(describe()
                             + tr(": the warm recipe's query returned more than %1 rows: give "
                                  "it a LIMIT")
                                   .arg(maxRows));
    QStringList columns;
    for (const QByteArray &name : lines.first().split('\t'))
        columns << QString::fromUtf8(unescapeTsv(name));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines[i].split('\t');
        Row values;
        for (qsizetype c = 0; c < columns.size() && c < fields.size(); ++c)
            values.insert(columns[c], unescapeTsv(fields[c]));
        rows << values;
    }
    return rows;
}

ActionPlan WarmCacheAction::plan()
{
    ActionPlan plan = newPlan(tr("Warm %1 from %2 with recipe %3").arg(m_recipe.redis, m_recipe.source, m_recipe.name));
    m_entries.clear();
    const QList<Row> rows = source().kind == SourceKind::ClickHouse ? queryClickHouse() : queryPostgres();
    const QString prefix = m_recipe.keyPrefix();
    QMap<QString, int> refusals;
    for (const Row &row : rows) {
        QString why;
        const auto key = m_recipe.keyFor(row, &why);
        if (!key) {
            ++refusals[why];
            continue;
        }
        m_entries.append({*key, WarmRecipe::fill(m_recipe.valueTemplate, row)});
    }

    RedisTarget &target = redis();
    // Keys that exist now, asked node by node with EXISTS (a read).
    qint64 existing = 0;
    for (qsizetype start = 0; start < m_entries.size(); start += batchSize) {
        QMap<QString, int> sent;
        for (qsizetype i = start; i < std::min<qsizetype>(start + batchSize, m_entries.size()); ++i) {
            const QString address = target.addressFor(m_entries[i].first);
            target.connection(address).send({"EXISTS", m_entries[i].first});
            ++sent[address];
        }
        for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
            RedisConnection &node = target.connection(it.key());
            node.flush("EXISTS");
            const QDeadlineTimer deadline(timeout());
            for (int n = 0; n < it.value(); ++n)
                existing += node.receive(deadline, "EXISTS").integer;
        }
    }

    const QString ttl = QString::number(qint64(m_recipe.ttl.count()));
    for (const QString &address : target.addresses())
        plan.statements << target.prompt(address)
                + QStringLiteral("SET %1 %2 EX %3")
                      .arg(RedisTarget::quoted(m_recipe.keyTemplate.toUtf8()),
                           RedisTarget::quoted(m_recipe.valueTemplate.toUtf8()), ttl);
    plan.statements << tr("  (one SET a row, pipelined %1 at a time%2)")
                           .arg(batchSize)
                           .arg(target.isCluster() ? tr(", each to the primary of its key's slot") : QString());
    plan.touches << tr("%1 keys under the prefix %2 on %3, of which %4 exist now and are overwritten")
                        .arg(m_entries.size())
                        .arg(RedisTarget::quoted(prefix.toUtf8()), m_recipe.redis)
                        .arg(existing);
    plan.touches << tr("reads: %1 on %2 in a read-only session").arg(m_recipe.query.simplified(), m_recipe.source);
    for (qsizetype i = 0; i < m_entries.size() && i < sampleSize; ++i)
        plan.sample << RedisTarget::quoted(m_entries[i].first) + QStringLiteral(" = ") + shortened(m_entries[i].second);
    int refused = 0;
    for (auto it = refusals.cbegin(); it != refusals.cend(); ++it) {
        refused += it.value();
        plan.notes << tr("%n row(s) refused: %1", nullptr, int(it.value())).arg(it.key());
    }
    plan.estimate = tr("%1 rows → %2 keys with a TTL of %3 s").arg(rows.size()).arg(m_entries.size()).arg(ttl);
    plan.notes << tr("undo with: flush-cache --source %1 --pattern '%2*'").arg(m_recipe.redis, prefix);
    if (m_entries.isEmpty())
        plan.nothingToDo = true;
    Q_UNUSED(refused)
    return plan;
}

ActionOutcome WarmCacheAction::execute(ActionContext &context)
{
    RedisTarget &target = redis();
    ActionOutcome outcome;
    const QByteArray ttl = QByteArray::number(qint64(m_recipe.ttl.count()));
    qint64 written = 0;
    for (qsizetype start = 0; start < m_entries.size(); start += batchSize) {
        if (context.isCancelled()) {
            outcome.status = ActionOutcome::Status::Cancelled;
            outcome.message = tr("%1 of %2 keys written before it was cancelled").arg(written).arg(m_entries.size());
            return outcome;
        }
        QMap<QString, int> sent;
        for (qsizetype i = start; i < std::min<qsizetype>(start + batchSize, m_entries.size()); ++i) {
            const QString address = target.addressFor(m_entries[i].first);
            target.connection(address).send({"SET", m_entries[i].first, m_entries[i].second, "EX", ttl});
            ++sent[address];
        }
        for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
            RedisConnection &node = target.connection(it.key());
            node.flush("SET");
            const QDeadlineTimer deadline(timeout());
            for (int n = 0; n < it.value(); ++n) {
                const RedisReply reply = node.receive(deadline, "SET");
                if (reply.type == RedisReply::Type::Error)
                    throw CollectorError(tr("%1, node %2: SET failed after %3 keys: %4")
                                             .arg(m_recipe.redis, it.key())
                                             .arg(written)
                                             .arg(QString::fromUtf8(reply.text) + redisErrorHint(reply.text)));
                ++written;
            }
        }
        context.progress(int(written * 100 / m_entries.size()), tr("%1 keys written").arg(written));
    }
    outcome.status = ActionOutcome::Status::Done;
    outcome.message
        = tr("%1 keys written under %2 on %3, TTL %4 s")
              .arg(written)
              .arg(RedisTarget::quoted(m_recipe.keyPrefix().toUtf8()), m_recipe.redis, QString::fromLatin1(ttl));
    return outcome;
}

} // namespace Pitwall

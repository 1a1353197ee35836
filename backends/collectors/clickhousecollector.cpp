#include "clickhousecollector.h"

#include "clickhouseclient.h"
#include "collectorerror.h"
#include "httpclient.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>

#include <cmath>

namespace Pitwall {

namespace {
double number(const QJsonValue &value)
{
    // 64-bit integers arrive quoted (output_format_json_quote_64bit_integers).
    return value.isString() ? value.toString().toDouble() : value.toDouble();
}

} // namespace

ClickHouseCollector::ClickHouseCollector(SourceConfig source, const Profile &profile, QObject *parent)
    : Collector(std::move(source), profile, parent)
{
    if (const auto rule = profile.thresholds.value(QStringLiteral("slow_query_ms")); rule.warning)
        m_slowMs = *rule.warning;
}

ClickHouseCollector::~ClickHouseCollector() = default;

void ClickHouseCollector::open()
{
    m_http = std::make_unique<HttpClient>(describe(), pollTimeout());
    m_http->setDeadline(QDeadlineTimer(pollTimeout()));
    m_settings.clear();
    m_version = scalar(QStringLiteral("SELECT version()")).toString();
    qCDebug(lcClickHouse).noquote() << describe() << "server" << m_version;
    // A user whose settings profile is readonly=1 may change no setting at all, not even
    // to be more careful; anyone else gets readonly=2 (reads only), a server-side limit
    // of the poll timeout, and no query_log rows for Pitwall's own statements.
    if (scalar(QStringLiteral("SELECT value FROM system.settings WHERE name = 'readonly'")).toString()
        != QLatin1String("1")) {
        const auto seconds = std::max<qint64>(1, qint64(std::ceil(double(pollTimeout().count()) / 1000.0)));
        m_settings = {{QStringLiteral("readonly"), QStringLiteral("2")},
                      {QStringLiteral("max_execution_time"), QString::number(seconds)},
                      {QStringLiteral("log_queries"), QStringLiteral("0")}};
    }
}

void ClickHouseCollector::close()
{
    m_http.reset();
}

QJsonArray ClickHouseCollector::query(const QString &sql)
{
    QUrl url = source().url;
    url.setUserInfo(QString());
    url.setPath(QStringLiteral("/"));
    QUrlQuery parameters;
    for (const auto &[name, value] : std::as_const(m_settings))
        parameters.addQueryItem(name, value);
    url.setQuery(parameters);
    HttpClient::Headers headers;
    if (!source().url.userName().isEmpty())
        headers.append({"X-ClickHouse-User", source().url.userName().toUtf8()});
    if (const QString secret = password(); !secret.isEmpty())
        headers.append({"X-ClickHouse-Key", secret.toUtf8()});

    const auto response = m_http->post(url, (sql + QStringLiteral(" FORMAT JSONCompact")).toUtf8(), headers);
    const QByteArray body = ClickHouseClient::checked(response, describe());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (!document.isObject())
        throw CollectorError(
            QCoreApplication::translate("Pitwall::ClickHouseCollector",
                                        "%1: the answer is not ClickHouse JSON (%2) — is this ClickHouse's HTTP port?")
                .arg(describe(), error.errorString()));
    return document.object().value(QLatin1String("data")).toArray();
}

QJsonValue ClickHouseCollector::scalar(const QString &sql)
{
    const QJsonArray rows = query(sql);
    return rows.isEmpty() ? QJsonValue() : rows.first().toArray().first();
}

PollResult ClickHouseCollector::poll()
{
    // One deadline for every statement of the poll, not one per statement.
    m_http->setDeadline(QDeadlineTimer(pollTimeout()));
    PollResult result;
    result.timeMs = QDateTime::currentMSecsSinceEpoch();
    QStringList remarks;
    readParts(result);
    result.samples.append(Sample{{source().name, QStringLiteral("merges_running"), {}},
                                 result.timeMs,
                                 number(scalar(QStringLiteral("SELECT count() FROM system.merges")))});
    result.samples.append(
        Sample{{source().name, QStringLiteral("mutations_pending"), {}},
               result.timeMs,
               number(scalar(QStringLiteral("SELECT count() FROM system.mutations WHERE is_done = 0")))});
    readMarkCache(result);
    for (const auto &row : query(QStringLiteral("SELECT database, table, absolute_delay FROM system.replicas"))) {
        const QJsonArray cells = row.toArray();
        result.samples.append(Sample{
            {source().name,
             QStringLiteral("replication_lag_seconds"),
             {{QStringLiteral("database"), cells.at(0).toString()}, {QStringLiteral("table"), cells.at(1).toString()}}},
            result.timeMs,
            number(cells.at(2))});
    }
    readProcesses(result);
    readQueryLog(result, remarks);
    if (!m_version.isEmpty())
        remarks.prepend(QStringLiteral("ClickHouse %1").arg(m_version));
    result.remark = remarks.join(QLatin1String("; "));
    return result;
}

void ClickHouseCollector::readParts(PollResult &result)
{
    // ClickHouse delays inserts into a partition past 150 active parts and refuses them past
    // 300: the partitions with the most parts are the ones to watch (and to OPTIMIZE).
    const auto parts = query(QStringLiteral(
        "SELECT database, table, partition, count() AS parts FROM system.parts WHERE active AND database != 'system' "
        "GROUP BY database, table, partition ORDER BY parts DESC LIMIT 50"));
    for (const auto &row : parts) {
        const QJsonArray cells = row.toArray();
        result.samples.append(Sample{{source().name,
                                      QStringLiteral("active_parts"),
                                      {{QStringLiteral("database"), cells.at(0).toString()},
                                       {QStringLiteral("table"), cells.at(1).toString()},
                                       {QStringLiteral("partition"), cells.at(2).toString()}}},
                                     result.timeMs,
                                     number(cells.at(3))});
    }
}

void ClickHouseCollector::readMarkCache(PollResult &result)
{
    // Lifetime counters: the ratio is windowed over the poll.
    const auto events = query(
        QStringLiteral("SELECT event, value FROM system.events WHERE event IN ('MarkCacheHits', 'MarkCacheMisses')"));
    double hits = 0, misses = 0;
    for (const auto &row : events) {
        const QJsonArray cells = row.toArray();
        (cells.at(0).toString() == QLatin1String("MarkCacheHits") ? hits : misses) = number(cells.at(1));
    }
    if (const auto ratio = m_markCache.update(hits, misses))
        result.samples.append(Sample{
            {source().name, QStringLiteral("cache_hit_rate"), {{QStringLiteral("cache"), QStringLiteral("mark")}}},
            result.timeMs,
            *ratio});
}

void ClickHouseCollector::readProcesses(PollResult &result)
{
    const auto running = query(QStringLiteral("SELECT query_id, query, elapsed * 1000, user, read_rows, read_bytes "
                                              "FROM system.processes WHERE elapsed * 1000 >= %1 "
                                              "AND query NOT LIKE '%system.processes%'")
                                   .arg(m_slowMs));
    for (const auto &row : running) {
        const QJsonArray cells = row.toArray();
        SlowQuery slow;
        slow.source = source().name;
        slow.id = cells.at(0).toString();
        slow.query = cells.at(1).toString();
        slow.meanMs = number(cells.at(2));
        slow.user = cells.at(3).toString();
        slow.rowsRead = qint64(number(cells.at(4)));
        slow.bytesRead = qint64(number(cells.at(5)));
        slow.calls = 1;
        slow.running = true;
        slow.timeMs = result.timeMs;
        result.slowQueries.append(slow);
    }
}

void ClickHouseCollector::readQueryLog(PollResult &result, QStringList &remarks)
{
    // The SQL follows the server's own description of query_log rather than its
    // version number: type is UInt8 on 18.x, Enum8 on later releases.
    const QString type = scalar(QStringLiteral("SELECT type FROM system.columns WHERE database = 'system' "
                                               "AND table = 'query_log' AND name = 'type'"))
                             .toString();
    if (type.isEmpty()) {
        m_lastQueryLogTime.clear();
        m_lastQueryLogPollMs = 0;
        remarks << QStringLiteral(
            "query logging is off (system.query_log does not exist), so finished slow queries are not seen, only "
            "running ones: add <log_queries>1</log_queries> to the settings profile the application's users run "
            "with (<profiles><default> in users.xml, not under <users>); ClickHouse rereads users.xml by itself "
            "and creates the table with the next logged query");
        return;
    }
    m_finishedType = type.startsWith(QLatin1String("Enum")) ? QStringLiteral("'QueryFinish'") : QStringLiteral("2");
    if (m_lastQueryLogTime.isEmpty()) {
        // The first poll learns where the log stands; what finished before is history.
        m_lastQueryLogTime = scalar(QStringLiteral("SELECT toString(now())")).toString();
        m_lastQueryLogPollMs = result.timeMs;
        return;
    }
    // Rows reach the table at each flush (7.5 s by default), so a window's slow queries may
    // arrive a poll late; the newest event_time seen so far is where the next poll resumes.
    const auto rows
        = query(QStringLiteral("SELECT query_id, query, query_duration_ms, read_rows, read_bytes, user, "
                               "toString(event_time) FROM system.query_log "
                               "WHERE event_date >= toDate(toDateTime(%1)) AND event_time >= toDateTime(%1) "
                               "AND type = %2 AND query_duration_ms >= %3 "
                               "ORDER BY event_time LIMIT 200")
                    .arg(ClickHouseClient::quoteString(m_lastQueryLogTime), m_finishedType)
                    .arg(m_slowMs));
    const auto running = result.slowQueries.size();
    QSet<QString> seenNow;
    QString newest = m_lastQueryLogTime;
    for (const auto &row : rows) {
        const QJsonArray cells = row.toArray();
        const QString id = cells.at(0).toString();
        const QString time = cells.at(6).toString();
        if (time == m_lastQueryLogTime && m_seenAtLastTime.contains(id))
            continue;
        if (time > newest) {
            newest = time;
            seenNow.clear();
        }
        if (time == newest)
            seenNow.insert(id);
        SlowQuery slow;
        slow.source = source().name;
        slow.id = id;
        slow.query = cells.at(1).toString();
        slow.meanMs = number(cells.at(2));
        slow.calls = 1;
        slow.rowsRead = qint64(number(cells.at(3)));
        slow.bytesRead = qint64(number(cells.at(4)));
        slow.user = cells.at(5).toString();
        slow.state = QCoreApplication::translate("Pitwall::ClickHouseCollector", "%1 rows, %2 bytes read")
                         .arg(*slow.rowsRead)
                         .arg(*slow.bytesRead);
        slow.timeMs = result.timeMs;
        result.slowQueries.append(slow);
    }
    // Executions over the slow threshold per minute, as for PostgreSQL's statements.
    if (m_lastQueryLogPollMs > 0 && result.timeMs > m_lastQueryLogPollMs)
        result.samples.append(Sample{{source().name, QStringLiteral("slow_query_rate"), {}},
                                     result.timeMs,
                                     double(result.slowQueries.size() - running) * 60'000.0
                                         / double(result.timeMs - m_lastQueryLogPollMs)});
    m_lastQueryLogPollMs = result.timeMs;
    if (newest != m_lastQueryLogTime) {
        m_lastQueryLogTime = newest;
        m_seenAtLastTime = seenNow;
    } else {
        m_seenAtLastTime.unite(seenNow);
    }
}

} // namespace Pitwall

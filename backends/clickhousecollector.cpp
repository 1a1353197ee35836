#include "clickhousecollector.h"

#include "clickhouseclient.h"
#include "collectorerror.h"
#include "httpclient.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>

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
    const QJsonArray rows = query(QStringLiteral("SELECT version()"));
    m_version = rows.isEmpty() ? QString() : rows.first().toArray().first().toString();
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
    parameters.addQueryItem(QStringLiteral("readonly"), QStringLiteral("2"));
    url.setQuery(parameters);
    HttpClient::Headers headers;
    if (!source().url.userName().isEmpty())
        headers.append({"X-ClickHouse-User", source().url.userName().toUtf8()});
    if (const QString secret = password(); !secret.isEmpty())
        headers.append({"X-ClickHouse-Key", secret.toUtf8()});

    const auto response = m_http->post(url, (sql + QStringLiteral(" FORMAT JSONCompact")).toUtf8(), headers);
    if (response.status == 401 || response.status == 403
        || (response.status >= 500 && response.body.contains("Code: 516")))
        throw CollectorError(QStringLiteral("%1: authentication failed — check the user and the profile's ${VAR} "
                                            "password reference")
                                 .arg(describe()));
    if (response.status != 200)
        throw CollectorError(QStringLiteral("%1: %2 (HTTP %3)")
                                 .arg(describe(), ClickHouseClient::serverMessage(response.body))
                                 .arg(response.status));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
    if (!document.isObject())
        throw CollectorError(
            QStringLiteral("%1: the answer is not ClickHouse JSON (%2) — is this ClickHouse's HTTP port?")
                .arg(describe(), error.errorString()));
    return document.object().value(QLatin1String("data")).toArray();
}

PollResult ClickHouseCollector::poll()
{
    PollResult result;
    result.timeMs = QDateTime::currentMSecsSinceEpoch();
    const auto add = [&](const QString &metric, double value, const Labels &labels = {}) {
        result.samples.append(Sample{{source().name, metric, labels}, result.timeMs, value});
    };
    QStringList remarks;

    const auto parts = query(QStringLiteral(
        "SELECT database, table, partition, count() AS parts FROM system.parts WHERE active AND database != 'system' "
        "GROUP BY database, table, partition ORDER BY parts DESC LIMIT 50"));
    for (const auto &row : parts) {
        const QJsonArray cells = row.toArray();
        add(QStringLiteral("active_parts"), number(cells.at(3)),
            {{QStringLiteral("database"), cells.at(0).toString()},
             {QStringLiteral("table"), cells.at(1).toString()},
             {QStringLiteral("partition"), cells.at(2).toString()}});
    }
    add(QStringLiteral("merges_running"),
        number(query(QStringLiteral("SELECT count() FROM system.merges")).first().toArray().first()));
    add(QStringLiteral("mutations_pending"),
        number(
            query(QStringLiteral("SELECT count() FROM system.mutations WHERE is_done = 0")).first().toArray().first()));

    const auto events = query(
        QStringLiteral("SELECT event, value FROM system.events WHERE event IN ('MarkCacheHits', 'MarkCacheMisses')"));
    double hits = 0, misses = 0;
    for (const auto &row : events) {
        const QJsonArray cells = row.toArray();
        (cells.at(0).toString() == QLatin1String("MarkCacheHits") ? hits : misses) = number(cells.at(1));
    }
    if (const auto ratio = m_markCache.update(hits, misses))
        add(QStringLiteral("cache_hit_rate"), *ratio, {{QStringLiteral("cache"), QStringLiteral("mark")}});

    for (const auto &row : query(QStringLiteral("SELECT database, table, absolute_delay FROM system.replicas"))) {
        const QJsonArray cells = row.toArray();
        add(QStringLiteral("replication_lag_seconds"), number(cells.at(2)),
            {{QStringLiteral("database"), cells.at(0).toString()}, {QStringLiteral("table"), cells.at(1).toString()}});
    }

    const auto running
        = query(QStringLiteral("SELECT query_id, query, elapsed * 1000, user, read_rows FROM system.processes "
                               "WHERE elapsed * 1000 >= %1 AND query NOT LIKE '%system.processes%'")
                    .arg(m_slowMs));
    for (const auto &row : running) {
        const QJsonArray cells = row.toArray();
        SlowQuery slow;
        slow.source = source().name;
        slow.id = cells.at(0).toString();
        slow.query = cells.at(1).toString();
        slow.meanMs = number(cells.at(2));
        slow.user = cells.at(3).toString();
        slow.calls = 1;
        slow.running = true;
        slow.timeMs = result.timeMs;
        result.slowQueries.append(slow);
    }
    readQueryLog(result, remarks);
    if (!m_version.isEmpty())
        remarks.prepend(QStringLiteral("ClickHouse %1").arg(m_version));
    result.remark = remarks.join(QLatin1String("; "));
    return result;
}

void ClickHouseCollector::readQueryLog(PollResult &result, QStringList &remarks)
{
    const auto exists
        = query(QStringLiteral("SELECT count() FROM system.tables WHERE database = 'system' AND name = 'query_log'"));
    if (number(exists.first().toArray().first()) == 0) {
        remarks << QStringLiteral(
            "query logging is off, so finished slow queries are not seen: set <log_queries>1</log_queries> "
            "in the default settings profile (users.xml)");
        return;
    }
    if (m_lastQueryLogTime.isEmpty()) {
        // The first poll learns where the log stands.
        m_lastQueryLogTime = query(QStringLiteral("SELECT toString(now())")).first().toArray().first().toString();
        return;
    }
    const auto rows = query(
        QStringLiteral(
            "SELECT query_id, query, query_duration_ms, read_rows, read_bytes, user, toString(event_time) "
            "FROM system.query_log WHERE type = 2 AND event_time >= toDateTime('%1') AND query_duration_ms >= %2 "
            "ORDER BY event_time LIMIT 200")
            .arg(m_lastQueryLogTime)
            .arg(m_slowMs));
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
        slow.user = cells.at(5).toString();
        slow.state = QStringLiteral("%1 rows, %2 bytes read")
                         .arg(qint64(number(cells.at(3))))
                         .arg(qint64(number(cells.at(4))));
        slow.timeMs = result.timeMs;
        result.slowQueries.append(slow);
    }
    if (newest != m_lastQueryLogTime) {
        m_lastQueryLogTime = newest;
        m_seenAtLastTime = seenNow;
    } else {
        m_seenAtLastTime.unite(seenNow);
    }
}

} // namespace Pitwall

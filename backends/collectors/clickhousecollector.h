#pragma once

#include "collector.h"
#include "counterdelta.h"

#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QSet>

#include <memory>

namespace Pitwall {

class HttpClient;

/// Polls ClickHouse over its HTTP interface (18.16 as Debian ships it, and
/// newer): active parts per partition, merges and mutations, slow queries from
/// query_log and processes, the mark cache's hit rate, replica delay.
/// Credentials travel in headers, never in the URL. Every statement is sent
/// read-only, with the poll timeout as its execution limit, and unlogged, so
/// that Pitwall's own polling does not fill query_log.
class ClickHouseCollector : public Collector
{
    Q_OBJECT

public:
    ClickHouseCollector(SourceConfig source, const Profile &profile, QObject *parent = nullptr);
    ~ClickHouseCollector() override;

protected:
    void open() override;
    PollResult poll() override;
    void close() override;

private:
    /// Runs @p sql and returns its rows (FORMAT JSONCompact); throws with the server's message.
    QJsonArray query(const QString &sql);
    /// The first cell of the first row of @p sql.
    QJsonValue scalar(const QString &sql);
    void readParts(PollResult &result);
    void readMarkCache(PollResult &result);
    void readProcesses(PollResult &result);
    void readQueryLog(PollResult &result, QStringList &remarks);

    std::unique_ptr<HttpClient> m_http;
    /// Settings sent with every statement (none for a user whose profile is readonly=1: it may set none).
    QList<QPair<QString, QString>> m_settings;
    QString m_version;
    double m_slowMs = 1000;
    WindowedRatio m_markCache;
    /// How query_log's type column names a finished query: 2 (UInt8, 18.x) or 'QueryFinish' (Enum8, later).
    QString m_finishedType;
    QString m_lastQueryLogTime;
    qint64 m_lastQueryLogPollMs = 0;
    QSet<QString> m_seenAtLastTime;
};

} // namespace Pitwall

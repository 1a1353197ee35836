#pragma once

#include "collector.h"
#include "counterdelta.h"

#include <QJsonArray>
#include <QSet>

#include <memory>

namespace Pitwall {

class HttpClient;

/// Polls ClickHouse over its HTTP interface (18.16 as Debian ships it, and
/// newer): active parts per partition, merges and mutations, slow queries from
/// query_log and processes, the mark cache's hit rate, replica delay.
/// Credentials travel in headers, never in the URL.
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
    void readQueryLog(PollResult &result, QStringList &remarks);

    std::unique_ptr<HttpClient> m_http;
    QString m_version;
    double m_slowMs = 1000;
    WindowedRatio m_markCache;
    QString m_lastQueryLogTime;
    QSet<QString> m_seenAtLastTime;
};

} // namespace Pitwall

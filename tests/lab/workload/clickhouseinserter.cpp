#include "clickhouseinserter.h"

#include "workloadcontrol.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStringList>

#include <cstdio>

ClickHouseInserter::ClickHouseInserter(const WorkloadControl &control, QObject *parent)
    : QObject(parent)
    , m_control(control)
{
    m_url.setScheme(QStringLiteral("http"));
    m_url.setHost(QStringLiteral("127.0.0.1"));
    m_url.setPort(control.env(QStringLiteral("CH_HTTP_PORT")).toInt());
    m_url.setPath(QStringLiteral("/"));
    m_network.setTransferTimeout(5000);
    connect(&m_timer, &QTimer::timeout, this, &ClickHouseInserter::insert);
    m_timer.start(1000);
    connect(&m_retention, &QTimer::timeout, this, &ClickHouseInserter::dropFullPartitions);
    m_retention.start(10'000);
}

QNetworkRequest ClickHouseInserter::request() const
{
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
    return request;
}

void ClickHouseInserter::dropFullPartitions()
{
    // Every insert adds a part to each of its three days, so the partitions fill together:
    // one is dropped a tick, the fullest, and the table never stands empty between an insert
    // and the next (a poll in that moment would see no active parts at all).
    const QByteArray query = "SELECT partition FROM system.parts WHERE database = 'lab' AND table = 'small_parts' "
                             "AND active GROUP BY partition HAVING count() >= 250 "
                             "ORDER BY count() DESC, partition LIMIT 1 FORMAT TabSeparated";
    QNetworkReply *reply = m_network.post(request(), query);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError)
            return;
        const auto partitions = reply->readAll().split('\n');
        for (const QByteArray &partition : partitions) {
            if (partition.trimmed().isEmpty())
                continue;
            const QByteArray drop = "ALTER TABLE lab.small_parts DROP PARTITION '" + partition.trimmed() + "'";
            QNetworkReply *dropped = m_network.post(request(), drop);
            connect(dropped, &QNetworkReply::finished, dropped, &QObject::deleteLater);
        }
    });
}

void ClickHouseInserter::insert()
{
    const double rate = m_control.number(QStringLiteral("clickhouse_inserts_per_sec"), 1);
    m_timer.setInterval(rate > 0 ? qMax(50, int(1000 / rate)) : 1000);
    if (rate <= 0 || m_inFlight)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList rows;
    for (int i = 0; i < 10; ++i) {
        ++m_sequence;
        rows << QStringLiteral("('%1', '%2', %3, 'row-%3')")
                    .arg(now.date().addDays(-int(m_sequence % 3)).toString(Qt::ISODate),
                         now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                    .arg(m_sequence);
    }
    const QByteArray statement = "INSERT INTO lab.small_parts VALUES " + rows.join(QLatin1String(", ")).toUtf8();
    m_inFlight = true;
    QNetworkReply *reply = m_network.post(request(), statement);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        m_inFlight = false;
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError)
            std::fprintf(stderr, "workload clickhouse: %s %s\n", qPrintable(reply->errorString()),
                         reply->readAll().left(200).constData());
    });
}

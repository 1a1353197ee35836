#pragma once

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QObject>
#include <QTimer>
#include <QUrl>

class WorkloadControl;

/// Inserts a few rows at a time into lab.small_parts, whose merges the lab
/// stops: every INSERT is one more active part, spread over three partitions.
/// A partition that reaches 250 parts is dropped, as retention would, so a lab
/// left running never hits ClickHouse's 300-parts limit and refuses inserts.
class ClickHouseInserter : public QObject
{
    Q_OBJECT

public:
    ClickHouseInserter(const WorkloadControl &control, QObject *parent = nullptr);

private:
    void insert();
    void dropFullPartitions();
    QNetworkRequest request() const;

    const WorkloadControl &m_control;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    QTimer m_retention;
    QUrl m_url;
    quint32 m_sequence = 0;
    bool m_inFlight = false;
};

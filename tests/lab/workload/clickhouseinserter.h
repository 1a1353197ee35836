#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <QUrl>

class WorkloadControl;

/// Inserts a few rows at a time into lab.small_parts, whose merges the lab
/// stops: every INSERT is one more active part, spread over three partitions.
class ClickHouseInserter : public QObject
{
    Q_OBJECT

public:
    ClickHouseInserter(const WorkloadControl &control, QObject *parent = nullptr);

private:
    void insert();

    const WorkloadControl &m_control;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    QUrl m_url;
    quint32 m_sequence = 0;
    bool m_inFlight = false;
};

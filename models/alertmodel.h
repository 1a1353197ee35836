#pragma once

#include "alert.h"
#include "rowtablemodel.h"

namespace Pitwall {

/// Every alert of the session, open and ended, one row each. Holds raw values
/// (times as QDateTime, values in the metric's unit); a proxy in widgets/
/// formats and colours them.
class AlertModel : public RowTableModel<Alert>
{
    Q_OBJECT

public:
    enum Column {
        LevelColumn,
        SourceColumn,
        MetricColumn,
        LabelsColumn,
        StartColumn,
        EndColumn,
        DurationColumn,
        PeakColumn,
        OriginColumn,
        SummaryColumn,
        ColumnCount
    };
    enum Role {
        LevelRole = Qt::UserRole + 1, ///< Level as int (the worst reached)
        OpenRole, ///< bool: not ended yet
        UnitMetricRole, ///< the metric name, for unit lookup
    };
    Q_ENUM(Role)

    explicit AlertModel(QObject *parent = nullptr);

    /// Adds an alert, or updates the one with the same id and origin.
    void upsert(const Alert &alert);
    /// The alerts that @p origin reports firing at @p source now (a Prometheus
    /// server's /api/v1/alerts), their ids ignored: each one updates the open
    /// row of the same alert (name and labels) or opens a new one; an open row
    /// of that origin and source that is not among them has stopped firing and
    /// ends at @p nowMs.
    void setFiring(const QString &origin, const QString &source, const QList<Alert> &firing, qint64 nowMs);
    const QList<Alert> &alerts() const { return rows(); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString rowKey(const Alert &alert) const override;

    int m_lastExternalId = 0;
};

} // namespace Pitwall

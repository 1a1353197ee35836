#pragma once

#include "profile.h"
#include "sourcestatus.h"

#include <QAbstractTableModel>
#include <QList>

namespace Pitwall {

/// One row per source of the profile with its current status. Holds raw
/// values; colours and formatted text are added by a proxy in widgets/.
class SourceStatusModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, AddressColumn, StateColumn, LatencyColumn, MessageColumn, ColumnCount };
    enum Role {
        StateRole = Qt::UserRole + 1, ///< SourceStatus::State as int
        LastPollRole, ///< QDateTime of the last finished poll
        LevelRole, ///< the health as a Level (int): ok; warning when stale; critical in error; else unknown
    };
    Q_ENUM(Role)

    explicit SourceStatusModel(QObject *parent = nullptr);

    void setSources(const QList<SourceConfig> &sources);
    void setStatus(const QString &source, const SourceStatus &status);
    SourceStatus status(const QString &source) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        SourceConfig config;
        SourceStatus status;
    };
    QList<Row> m_rows;
};

/// host:port/path of a source, never its user information.
QString sourceAddress(const SourceConfig &source);

} // namespace Pitwall

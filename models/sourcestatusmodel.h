#pragma once

#include "profile.h"
#include "rowtablemodel.h"
#include "sourcestatus.h"

namespace Pitwall {

struct SourceStatusRow
{
    SourceConfig config;
    SourceStatus status;
};

/// One row per source of the profile with its current status. Holds raw
/// values; colours and formatted text are added by a proxy in widgets/.
class SourceStatusModel : public RowTableModel<SourceStatusRow>
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, AddressColumn, StateColumn, LatencyColumn, MessageColumn, ColumnCount };
    enum Role {
        StateRole = Qt::UserRole + 1, ///< SourceStatus::State as int
        LastPollRole, ///< QDateTime of the last finished poll
        LevelRole, ///< the health as a Level (int): ok; warning when stale; critical in error; unknown with no data or
                   ///< not yet polled
    };
    Q_ENUM(Role)

    explicit SourceStatusModel(QObject *parent = nullptr);

    void setSources(const QList<SourceConfig> &sources);
    void setStatus(const QString &source, const SourceStatus &status);
    SourceStatus status(const QString &source) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString rowKey(const SourceStatusRow &row) const override { return row.config.name; }
};

/// host:port/path of a source, never its user information.
QString sourceAddress(const SourceConfig &source);

} // namespace Pitwall

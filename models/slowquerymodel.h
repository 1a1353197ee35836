#pragma once

#include "rowtablemodel.h"
#include "slowquery.h"
#include "thresholdrule.h"

namespace Pitwall {

/// Slow statements of every source: finished ones (kept, updated with each
/// window they are slow in) and running ones (replaced with every poll of
/// their source). Raw values; a proxy formats and colours them.
class SlowQueryModel : public RowTableModel<SlowQuery>
{
    Q_OBJECT

public:
    enum Column {
        LevelColumn,
        SourceColumn,
        QueryColumn,
        MeanColumn,
        CallsColumn,
        RunningColumn,
        PidColumn,
        WaitColumn,
        BlockedByColumn,
        LastSeenColumn,
        ColumnCount
    };
    enum Role {
        LevelRole = Qt::UserRole + 1, ///< Level as int, from the slow_query_ms rule
        RunningRole, ///< bool
        QueryTextRole, ///< the whole statement, for copying
    };
    Q_ENUM(Role)

    explicit SlowQueryModel(QObject *parent = nullptr);

    void setRule(const ThresholdRule &rule);
    /// One poll's slow statements from @p source.
    void update(const QString &source, const QList<SlowQuery> &queries);
    const QList<SlowQuery> &queries() const { return rows(); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString rowKey(const SlowQuery &query) const override;

    ThresholdRule m_rule;
};

} // namespace Pitwall

#include "slowquerymodel.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>

namespace Pitwall {

SlowQueryModel::SlowQueryModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{ }

void SlowQueryModel::setRule(const ThresholdRule &rule)
{
    m_rule = rule;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, LevelColumn), index(rowCount() - 1, LevelColumn));
}

QString SlowQueryModel::rowKey(const SlowQuery &query) const
{
    return query.source + QChar(0x1f) + query.id;
}

void SlowQueryModel::update(const QString &source, const QList<SlowQuery> &queries)
{
    // Running statements of this source that are no longer running leave.
    QSet<QString> running;
    for (const auto &query : queries) {
        if (query.running)
            running.insert(query.id);
    }
    removeRowsWhere([&](const SlowQuery &existing) {
        return existing.source == source && existing.running && !running.contains(existing.id);
    });
    upsertRows(queries);
    flushChanges();
}

QVariant SlowQueryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SlowQuery &query = rows().at(index.row());
    switch (role) {
    case LevelRole:
        return int(m_rule.levelOf(query.meanMs));
    case RunningRole:
        return query.running;
    case QueryTextRole:
        return query.query;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case LevelColumn:
        return levelName(m_rule.levelOf(query.meanMs));
    case SourceColumn:
        return query.source;
    case QueryColumn:
        return query.query.simplified();
    case MeanColumn:
        return query.meanMs;
    case CallsColumn:
        return query.calls;
    case RunningColumn:
        return query.running;
    case PidColumn:
        return query.pid ? QVariant(*query.pid) : QVariant();
    case WaitColumn:
        return query.waitEvent;
    case BlockedByColumn:
        return query.blockedBy;
    case LastSeenColumn:
        return QDateTime::fromMSecsSinceEpoch(query.timeMs, Qt::UTC);
    }
    return {};
}

QVariant SlowQueryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LevelColumn:
        return tr("Level");
    case SourceColumn:
        return tr("Source");
    case QueryColumn:
        return tr("Query");
    case MeanColumn:
        return tr("Mean (ms)");
    case CallsColumn:
        return tr("Calls");
    case RunningColumn:
        return tr("Running");
    case PidColumn:
        return tr("PID");
    case WaitColumn:
        return tr("Waiting on");
    case BlockedByColumn:
        return tr("Blocked by");
    case LastSeenColumn:
        return tr("Last seen");
    }
    return {};
}

} // namespace Pitwall

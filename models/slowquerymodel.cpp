#include "slowquerymodel.h"

#include <QDateTime>

#include <algorithm>

namespace Pitwall {

SlowQueryModel::SlowQueryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SlowQueryModel::setRule(const ThresholdRule &rule)
{
    m_rule = rule;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, LevelColumn), index(rowCount() - 1, LevelColumn));
}

int SlowQueryModel::find(const QString &source, const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].source == source && m_rows[row].id == id)
            return row;
    }
    return -1;
}

void SlowQueryModel::update(const QString &source, const QList<SlowQuery> &queries)
{
    // Running statements of this source that are no longer running leave.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        const SlowQuery &existing = m_rows[row];
        if (existing.source != source || !existing.running)
            continue;
        const bool stillRunning = std::any_of(queries.cbegin(), queries.cend(), [&](const SlowQuery &query) {
            return query.running && query.id == existing.id;
        });
        if (!stillRunning) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    for (const auto &query : queries) {
        const int row = find(query.source, query.id);
        if (row >= 0) {
            m_rows[row] = query;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(query);
        endInsertRows();
    }
}

int SlowQueryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SlowQueryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SlowQueryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SlowQuery &query = m_rows.at(index.row());
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

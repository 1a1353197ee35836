#include "sourcestatusmodel.h"

#include "thresholdrule.h"

namespace Pitwall {

QString sourceAddress(const SourceConfig &source)
{
    return source.url.toString(QUrl::RemoveScheme | QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .mid(2);
}

SourceStatusModel::SourceStatusModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SourceStatusModel::setSources(const QList<SourceConfig> &sources)
{
    beginResetModel();
    m_rows.clear();
    for (const auto &source : sources)
        m_rows.append(Row{source, SourceStatus{}});
    endResetModel();
}

void SourceStatusModel::setStatus(const QString &source, const SourceStatus &status)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].config.name == source) {
            m_rows[row].status = status;
            Q_EMIT dataChanged(index(row, StateColumn), index(row, MessageColumn));
            return;
        }
    }
}

SourceStatus SourceStatusModel::status(const QString &source) const
{
    for (const auto &row : m_rows) {
        if (row.config.name == source)
            return row.status;
    }
    return {};
}

int SourceStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourceStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == StateRole)
        return int(row.status.state);
    if (role == LastPollRole)
        return row.status.lastPoll;
    if (role == LevelRole) {
        switch (row.status.state) {
        case SourceStatus::State::Ok:
            return int(Level::Ok);
        case SourceStatus::State::Stale:
            return int(Level::Warning);
        case SourceStatus::State::Error:
            return int(Level::Critical);
        case SourceStatus::State::NotPolled:
        case SourceStatus::State::Connecting:
            break;
        }
        return int(Level::Unknown);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return row.config.name;
    case KindColumn:
        return sourceKindName(row.config.kind);
    case AddressColumn:
        return sourceAddress(row.config);
    case StateColumn:
        return sourceStateName(row.status.state);
    case LatencyColumn:
        return row.status.lastPollMs ? QVariant(*row.status.lastPollMs) : QVariant();
    case MessageColumn:
        return row.status.message;
    }
    return {};
}

QVariant SourceStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Source");
    case KindColumn:
        return tr("Kind");
    case AddressColumn:
        return tr("Address");
    case StateColumn:
        return tr("Status");
    case LatencyColumn:
        return tr("Last poll (ms)");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

} // namespace Pitwall

#include "sourcestatusmodel.h"

#include "thresholdrule.h"

namespace Pitwall {

QString sourceAddress(const SourceConfig &source)
{
    // No host in the URL: a Unix socket, a service, several hosts — as libpq reads them.
    if (source.url.host().isEmpty())
        return source.address();
    return source.url.toString(QUrl::RemoveScheme | QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .mid(2);
}

SourceStatusModel::SourceStatusModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{ }

void SourceStatusModel::setSources(const QList<SourceConfig> &sources)
{
    QList<SourceStatusRow> rows;
    for (const auto &source : sources)
        rows.append(SourceStatusRow{source, SourceStatus{}});
    resetRows(rows);
}

void SourceStatusModel::setStatus(const QString &source, const SourceStatus &status)
{
    if (const int row = rowOf(source); row >= 0) {
        editRow(row).status = status;
        flushChanges(StateColumn, MessageColumn);
    }
}

SourceStatus SourceStatusModel::status(const QString &source) const
{
    const int row = rowOf(source);
    return row >= 0 ? rows().at(row).status : SourceStatus{};
}

QVariant SourceStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SourceStatusRow &row = rows().at(index.row());
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
        case SourceStatus::State::NoData:
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

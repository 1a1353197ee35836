#include "alertmodel.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>

namespace Pitwall {

AlertModel::AlertModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AlertModel::upsert(const Alert &alert)
{
    for (int row = 0; row < m_alerts.size(); ++row) {
        if (m_alerts[row].id == alert.id && m_alerts[row].origin == alert.origin) {
            m_alerts[row] = alert;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    beginInsertRows({}, int(m_alerts.size()), int(m_alerts.size()));
    m_alerts.append(alert);
    endInsertRows();
}

void AlertModel::setFiring(const QString &origin, const QString &source, const QList<Alert> &firing, qint64 nowMs)
{
    QList<bool> seen(m_alerts.size(), false);
    for (Alert alert : firing) {
        alert.origin = origin;
        alert.key.source = source;
        const auto open = std::find_if(m_alerts.begin(), m_alerts.end(), [&](const Alert &existing) {
            return existing.origin == origin && existing.isOpen() && existing.key == alert.key;
        });
        if (open != m_alerts.end()) {
            const int row = int(open - m_alerts.begin());
            seen[row] = true;
            open->level = std::max(open->level, alert.level);
            open->currentLevel = alert.level;
            open->peak = std::max(open->peak, alert.lastValue);
            open->lastValue = alert.lastValue;
            if (!alert.summary.isEmpty())
                open->summary = alert.summary;
            changed(row);
            continue;
        }
        alert.id = ++m_lastExternalId;
        alert.endMs.reset();
        alert.peak = alert.lastValue;
        beginInsertRows({}, int(m_alerts.size()), int(m_alerts.size()));
        m_alerts.append(alert);
        endInsertRows();
    }
    for (int row = 0; row < seen.size(); ++row) {
        Alert &alert = m_alerts[row];
        if (seen[row] || alert.origin != origin || alert.key.source != source || !alert.isOpen())
            continue;
        alert.endMs = std::max(nowMs, alert.startMs);
        alert.currentLevel = Level::Ok;
        changed(row);
    }
}

void AlertModel::changed(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int AlertModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert &alert = m_alerts.at(index.row());
    switch (role) {
    case LevelRole:
        return int(alert.level);
    case OpenRole:
        return alert.isOpen();
    case UnitMetricRole:
        return alert.key.metric;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case LevelColumn:
        return levelName(alert.level);
    case SourceColumn:
        return alert.key.source;
    case MetricColumn:
        return alert.key.metric;
    case LabelsColumn: {
        QStringList labels;
        for (auto it = alert.key.labels.cbegin(); it != alert.key.labels.cend(); ++it)
            labels << it.key() + QLatin1Char('=') + it.value();
        return labels.join(QLatin1String(", "));
    }
    case StartColumn:
        return QDateTime::fromMSecsSinceEpoch(alert.startMs, Qt::UTC);
    case EndColumn:
        return alert.endMs ? QVariant(QDateTime::fromMSecsSinceEpoch(*alert.endMs, Qt::UTC)) : QVariant();
    case DurationColumn:
        return alert.endMs ? QVariant(double(*alert.endMs - alert.startMs) / 1000.0) : QVariant();
    case PeakColumn:
        return alert.peak;
    case OriginColumn:
        return alert.origin;
    case SummaryColumn:
        return alert.summary;
    }
    return {};
}

QVariant AlertModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LevelColumn:
        return tr("Level");
    case SourceColumn:
        return tr("Source");
    case MetricColumn:
        return tr("Metric");
    case LabelsColumn:
        return tr("Labels");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case DurationColumn:
        return tr("Duration (s)");
    case PeakColumn:
        return tr("Peak");
    case OriginColumn:
        return tr("Origin");
    case SummaryColumn:
        return tr("Summary");
    }
    return {};
}

} // namespace Pitwall

#include "alertmodel.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>

namespace Pitwall {

AlertModel::AlertModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{ }

QString AlertModel::rowKey(const Alert &alert) const
{
    return alert.origin + QChar(0x1f) + QString::number(alert.id);
}

void AlertModel::upsert(const Alert &alert)
{
    upsertRows({alert});
    flushChanges();
}

void AlertModel::setFiring(const QString &origin, const QString &source, const QList<Alert> &firing, qint64 nowMs)
{
    // The open rows of this origin, by the alert they are (name and labels).
    QHash<SeriesKey, int> open;
    for (int row = 0; row < rows().size(); ++row) {
        const Alert &existing = rows().at(row);
        if (existing.origin == origin && existing.isOpen())
            open.insert(existing.key, row);
    }
    QList<bool> seen(rows().size(), false);
    QList<Alert> opened;
    for (Alert alert : firing) {
        alert.origin = origin;
        alert.key.source = source;
        if (const auto found = open.constFind(alert.key); found != open.cend()) {
            seen[*found] = true;
            Alert &row = editRow(*found);
            row.level = std::max(row.level, alert.level);
            row.currentLevel = alert.level;
            row.peak = std::max(row.peak, alert.lastValue);
            row.lastValue = alert.lastValue;
            if (!alert.summary.isEmpty())
                row.summary = alert.summary;
            continue;
        }
        alert.id = ++m_lastExternalId;
        alert.endMs.reset();
        alert.peak = alert.lastValue;
        opened.append(alert);
    }
    for (int row = 0; row < seen.size(); ++row) {
        const Alert &alert = rows().at(row);
        if (seen[row] || alert.origin != origin || alert.key.source != source || !alert.isOpen())
            continue;
        Alert &ended = editRow(row);
        ended.endMs = std::max(nowMs, ended.startMs);
        ended.currentLevel = Level::Ok;
    }
    flushChanges();
    appendRows(opened);
}

QVariant AlertModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert &alert = rows().at(index.row());
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

#pragma once

#include <QHash>
#include <QIdentityProxyModel>

#include <functional>

namespace Pitwall {

/// Adds presentation to a raw item model (STYLE.md: presentation in proxies):
/// level colours on the rows of a model that has a level role, and values
/// formatted with their units (Formatter) in the columns that have one; times
/// shown in local time. The raw value stays available as Qt::EditRole for
/// sorting and CSV export.
class PresentationProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit PresentationProxy(QObject *parent = nullptr);

    /// The role of the source model that holds the row's Level as int (-1: none).
    void setLevelRole(int role, int levelColumn);
    /// Shows @p column's text as @p text gives it (translated level and state names).
    void setDisplayText(int column, std::function<QString(const QModelIndex &source)> text);
    /// Formats @p column with a fixed unit ("ms", "ratio", …).
    void setColumnUnit(int column, const QString &unit);
    /// Formats @p column with the unit of the metric named in @p metricRole.
    void setColumnUnitFromMetric(int column, int metricRole, const QHash<QString, QString> &units);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString unitOf(const QModelIndex &index) const;

    QHash<int, std::function<QString(const QModelIndex &)>> m_texts;
    int m_levelRole = -1;
    int m_levelColumn = -1;
    QHash<int, QString> m_units;
    QHash<int, int> m_metricRoles;
    QHash<QString, QString> m_metricUnits;
};

} // namespace Pitwall

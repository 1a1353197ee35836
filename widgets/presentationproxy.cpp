#include "presentationproxy.h"

#include "formatter.h"
#include "levelpalette.h"

#include <QApplication>
#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace Pitwall {

PresentationProxy::PresentationProxy(QObject *parent)
    : QIdentityProxyModel(parent)
{ }

void PresentationProxy::setLevelRole(int role, int levelColumn)
{
    m_levelRole = role;
    m_levelColumn = levelColumn;
}

void PresentationProxy::setDisplayText(int column, std::function<QString(const QModelIndex &)> text)
{
    m_texts.insert(column, std::move(text));
}

void PresentationProxy::setColumnUnit(int column, const QString &unit)
{
    m_units.insert(column, unit);
}

void PresentationProxy::setColumnUnitFromMetric(int column, int metricRole, const QHash<QString, QString> &units)
{
    m_metricRoles.insert(column, metricRole);
    m_metricUnits = units;
}

QString PresentationProxy::unitOf(const QModelIndex &index) const
{
    if (const auto unit = m_units.constFind(index.column()); unit != m_units.cend())
        return *unit;
    if (const auto role = m_metricRoles.constFind(index.column()); role != m_metricRoles.cend())
        return m_metricUnits.value(QIdentityProxyModel::data(index, *role).toString(), QStringLiteral("?"));
    return {};
}

QVariant PresentationProxy::data(const QModelIndex &index, int role) const
{
    const QVariant raw = QIdentityProxyModel::data(index, Qt::DisplayRole);
    switch (role) {
    case Qt::EditRole:
        return raw;
    case Qt::DisplayRole: {
        if (const auto text = m_texts.constFind(index.column()); text != m_texts.cend())
            return (*text)(mapToSource(index));
        if (!raw.isValid())
            return raw;
        if (raw.typeId() == QMetaType::QDateTime)
            return QLocale().toString(raw.toDateTime().toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (raw.typeId() == QMetaType::Bool)
            return raw.toBool() ? tr("yes") : QString();
        const QString unit = unitOf(index);
        if (!unit.isEmpty() && unit != QLatin1String("?"))
            return Formatter::value(raw.toDouble(), unit);
        if (raw.typeId() == QMetaType::Double)
            return Formatter::value(raw.toDouble(), QString());
        return raw;
    }
    case Qt::TextAlignmentRole:
        if (raw.typeId() == QMetaType::Double || raw.typeId() == QMetaType::LongLong || raw.typeId() == QMetaType::Int)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
    case Qt::FontRole: {
        if (m_levelRole < 0 || index.column() != m_levelColumn)
            break;
        const auto level = Level(QIdentityProxyModel::data(index, m_levelRole).toInt());
        if (role == Qt::FontRole) {
            QFont font = QApplication::font();
            font.setBold(level >= Level::Critical);
            return font;
        }
        if (role == Qt::BackgroundRole)
            return LevelPalette::color(level, QApplication::palette());
        return LevelPalette::textOn(level);
    }
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace Pitwall

#include "recommendationmodel.h"

#include <QSet>

namespace Pitwall {

namespace {
/// The benefiting statements' window mean, weighted by calls.
std::optional<double> meanOf(const IndexRecommendation &recommendation, bool before)
{
    double calls = 0;
    double total = 0;
    for (const auto &statement : recommendation.statements) {
        if (before) {
            if (!statement.meanBeforeMs)
                continue;
            calls += 1;
            total += *statement.meanBeforeMs;
        } else if (statement.calls > 0) {
            calls += statement.calls;
            total += statement.calls * statement.meanMs;
        }
    }
    if (calls <= 0)
        return std::nullopt;
    return total / calls;
}
} // namespace

RecommendationModel::RecommendationModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{
    qRegisterMetaType<Pitwall::IndexAdvice>();
    qRegisterMetaType<Pitwall::IndexRecommendation>();
}

void RecommendationModel::update(const IndexAdvice &advice)
{
    m_advice.insert(advice.source, advice);
    QSet<QString> keys;
    for (const auto &recommendation : advice.recommendations)
        keys.insert(recommendation.key());
    removeRowsWhere(
        [&](const IndexRecommendation &row) { return row.source == advice.source && !keys.contains(row.key()); });
    upsertRows(advice.recommendations);
    flushChanges();
}

QVariant RecommendationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IndexRecommendation &recommendation = rows().at(index.row());
    switch (role) {
    case RecommendationRole:
        return QVariant::fromValue(recommendation);
    case StateRole:
        return int(recommendation.state);
    case QueryTextRole: {
        QStringList queries;
        for (const auto &statement : recommendation.statements)
            queries << statement.query;
        return queries.join(QLatin1Char('\n'));
    }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case StateColumn:
        return IndexRecommendation::stateName(recommendation.state);
    case SourceColumn:
        return recommendation.source;
    case TableColumn:
        return recommendation.qualifiedTable();
    case ColumnsColumn:
        return recommendation.columns.join(QLatin1String(", "));
    case SavingColumn:
        return recommendation.state == IndexRecommendation::State::Applied ? QVariant()
                                                                           : QVariant(recommendation.estimatedSavingMs);
    case CostBeforeColumn:
        return recommendation.statements.isEmpty() ? QVariant() : QVariant(recommendation.costBefore());
    case CostAfterColumn:
        return recommendation.statements.isEmpty() ? QVariant() : QVariant(recommendation.costAfter());
    case SizeColumn:
        return recommendation.sizeBytes;
    case WriteHeavyColumn:
        return recommendation.writeHeavy;
    case ScansColumn:
        return recommendation.state == IndexRecommendation::State::Applied ? QVariant(recommendation.indexScans)
                                                                           : QVariant();
    case MeanBeforeColumn: {
        const auto mean = meanOf(recommendation, true);
        return mean ? QVariant(*mean) : QVariant();
    }
    case MeanNowColumn: {
        const auto mean = meanOf(recommendation, false);
        return mean ? QVariant(*mean) : QVariant();
    }
    case StatementColumn:
        return recommendation.statements.isEmpty() ? QString() : recommendation.statements.first().query.simplified();
    }
    return {};
}

QVariant RecommendationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StateColumn:
        return tr("State");
    case SourceColumn:
        return tr("Source");
    case TableColumn:
        return tr("Table");
    case ColumnsColumn:
        return tr("Columns");
    case SavingColumn:
        return tr("Est. saving");
    case CostBeforeColumn:
        return tr("Cost before");
    case CostAfterColumn:
        return tr("Cost after");
    case SizeColumn:
        return tr("Size");
    case WriteHeavyColumn:
        return tr("Write-heavy");
    case ScansColumn:
        return tr("Index scans");
    case MeanBeforeColumn:
        return tr("Mean before");
    case MeanNowColumn:
        return tr("Mean now");
    case StatementColumn:
        return tr("Statement");
    }
    return {};
}

} // namespace Pitwall

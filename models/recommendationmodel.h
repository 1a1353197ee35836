#pragma once

#include "indexadvice.h"
#include "rowtablemodel.h"

#include <QHash>

namespace Pitwall {

/// The index advisor's recommendations of every postgres source: computed,
/// curated (missing from the profile's list) and applied (built by Pitwall,
/// with their scans and the statements' window mean since). Each advisor run
/// of a source replaces that source's rows. Raw values; a proxy formats them.
class RecommendationModel : public RowTableModel<IndexRecommendation>
{
    Q_OBJECT

public:
    enum Column {
        StateColumn,
        SourceColumn,
        TableColumn,
        ColumnsColumn,
        SavingColumn, ///< estimated ms saved over the window (none once applied)
        CostBeforeColumn,
        CostAfterColumn,
        SizeColumn, ///< bytes
        WriteHeavyColumn,
        ScansColumn, ///< applied: idx_scan
        MeanBeforeColumn, ///< applied: window mean when recommended (ms)
        MeanNowColumn, ///< window mean of the statements now (ms)
        StatementColumn,
        ColumnCount
    };
    enum Role {
        RecommendationRole = Qt::UserRole + 1, ///< the IndexRecommendation
        StateRole, ///< IndexRecommendation::State as int
        QueryTextRole, ///< the statements it helps, whole, one a line
    };
    Q_ENUM(Role)

    explicit RecommendationModel(QObject *parent = nullptr);

    /// One advisor run of @p advice.source: its rows replace the source's.
    void update(const IndexAdvice &advice);
    const QList<IndexRecommendation> &recommendations() const { return rows(); }
    /// The last run's advice of @p source (problem, unhelpable predicates, notes).
    IndexAdvice advice(const QString &source) const { return m_advice.value(source); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString rowKey(const IndexRecommendation &recommendation) const override { return recommendation.key(); }

    QHash<QString, IndexAdvice> m_advice;
};

} // namespace Pitwall

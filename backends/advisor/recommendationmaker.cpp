#include "recommendationmaker.h"

#include "advisorcatalog.h"
#include "indexname.h"
#include "workloadreader.h"

#include <QSet>

namespace Pitwall::Advisor {

void RecommendationMaker::countTraffic(const QList<Workload> &workload)
{
    m_writes.clear();
    m_reads.clear();
    m_updated.clear();
    for (const Workload &statement : workload) {
        if (!statement.shape.isValid())
            continue;
        const double calls = statement.windowCalls;
        QSet<quint32> seen;
        for (int i = 0; i < statement.shape.tables.size(); ++i) {
            const auto &name = statement.shape.tables.at(i);
            const auto table = m_catalog.resolve(name.schema, name.name);
            if (!table || seen.contains(table->oid))
                continue;
            seen.insert(table->oid);
            if (i == 0 && statement.shape.writes())
                m_writes[table->oid] += calls;
            else
                m_reads[table->oid] += calls;
            if (i == 0 && statement.shape.kind == StatementShape::Kind::Update) {
                QStringList &updated = m_updated[table->oid];
                for (const QString &column : statement.shape.setColumns) {
                    if (!updated.contains(column))
                        updated << column;
                }
            }
        }
    }
}

IndexRecommendation RecommendationMaker::make(quint32 tableOid, const QStringList &columns) const
{
    const Table table = m_catalog.table(tableOid);
    IndexRecommendation recommendation;
    recommendation.source = m_source;
    recommendation.database = m_database;
    recommendation.schema = table.schema;
    recommendation.table = table.name;
    recommendation.columns = columns;
    recommendation.indexName = IndexName::forColumns(table.schema, table.name, columns);
    recommendation.partitioned = table.kind == QLatin1String("p");
    recommendation.writeCalls = m_writes.value(tableOid);
    recommendation.readCalls = m_reads.value(tableOid);
    recommendation.writeHeavy
        = recommendation.writeCalls > 0 && recommendation.writeCalls >= recommendation.readCalls * m_writeHeavyRatio;
    const QStringList updated = m_updated.value(tableOid);
    for (const QString &column : columns) {
        if (updated.contains(column))
            recommendation.updatedColumns << column;
    }
    if (!recommendation.updatedColumns.isEmpty()) {
        const AdvisorCatalog::Updates updates = m_catalog.updates(tableOid);
        recommendation.tableUpdates = updates.total;
        recommendation.hotUpdates = updates.hot;
    }
    return recommendation;
}

} // namespace Pitwall::Advisor

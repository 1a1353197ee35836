#pragma once

#include "indexadvice.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Pitwall::Advisor {

class AdvisorCatalog;
struct Workload;

/// The recommendations of one database: each of an index on a table, with the
/// table's reads and writes in the window, whether it is written more than read,
/// and the index's columns the workload UPDATEs, with the table's HOT-update
/// ratio: an index on an updated column ends HOT updates of those rows.
class RecommendationMaker
{
public:
    RecommendationMaker(QString source, QString database, AdvisorCatalog &catalog, double writeHeavyRatio)
        : m_source(std::move(source))
        , m_database(std::move(database))
        , m_catalog(catalog)
        , m_writeHeavyRatio(writeHeavyRatio)
    { }

    /// Counts the calls in the window that write to, and that read, each table @p workload names.
    void countTraffic(const QList<Workload> &workload);
    /// A recommendation of @p columns on @p table.
    IndexRecommendation make(quint32 table, const QStringList &columns) const;

private:
    QString m_source;
    QString m_database;
    AdvisorCatalog &m_catalog;
    double m_writeHeavyRatio;
    QHash<quint32, double> m_writes;
    QHash<quint32, double> m_reads;
    /// By table: the columns the workload's UPDATEs set.
    QHash<quint32, QStringList> m_updated;
};

} // namespace Pitwall::Advisor

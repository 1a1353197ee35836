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
/// table's reads and writes in the window, and whether it is written more than read.
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
};

} // namespace Pitwall::Advisor

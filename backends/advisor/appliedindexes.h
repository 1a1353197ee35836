#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <pqxx/connection>

namespace Pitwall {

struct IndexAdvice;

namespace Advisor {

class AdvisorCatalog;
class RecommendationMaker;
struct Judged;

/// The follow-up of the indexes Pitwall built (apply-index marks them): their
/// scans and size, and the window mean of the statements that use them now
/// beside the mean and cost when the index was recommended.
class AppliedIndexes
{
public:
    /// The advisor's memory, by database/queryid: a statement's window mean and generic cost when an index was
    /// last recommended for it.
    struct Memory
    {
        const QHash<QString, double> &meanWhenRecommended;
        const QHash<QString, double> &costWhenRecommended;
    };

    AppliedIndexes(pqxx::connection &connection, AdvisorCatalog &catalog, const RecommendationMaker &recommendations,
                   IndexAdvice &advice, QString database, Memory memory)
        : m_connection(connection)
        , m_catalog(catalog)
        , m_recommendations(recommendations)
        , m_advice(advice)
        , m_database(std::move(database))
        , m_memory(memory)
    { }

    void follow(const QList<Judged> &judged);

private:
    pqxx::connection &m_connection;
    AdvisorCatalog &m_catalog;
    const RecommendationMaker &m_recommendations;
    IndexAdvice &m_advice;
    QString m_database;
    Memory m_memory;
};

} // namespace Advisor
} // namespace Pitwall

#pragma once

#include "curatedindex.h"

#include <QList>
#include <QString>

#include <pqxx/connection>

#include <optional>

namespace Pitwall {

struct IndexAdvice;
struct IndexRecommendation;

namespace Advisor {

class AdvisorCatalog;
class HypotheticalIndexes;
class RecommendationMaker;
struct Judged;
struct Table;

/// The profile's curated indexes that are missing, with what HypoPG says each
/// would do for the judged statements on its table. One that does not resolve
/// (no such table or column) is a note.
class CuratedIndexes
{
public:
    CuratedIndexes(pqxx::connection &connection, AdvisorCatalog &catalog, HypotheticalIndexes &hypothetical,
                   const RecommendationMaker &recommendations, IndexAdvice &advice, QString database)
        : m_connection(connection)
        , m_catalog(catalog)
        , m_hypothetical(hypothetical)
        , m_recommendations(recommendations)
        , m_advice(advice)
        , m_database(std::move(database))
    { }

    void recommend(const QList<CuratedIndex> &curated, const QList<Judged> &judged);

private:
    void recommend(const CuratedIndex &curated, const QList<Judged> &judged);
    /// The attnums of @p curated's columns on @p table; nothing (and a note) if one is missing.
    std::optional<QList<int>> attnums(const CuratedIndex &curated, const Table &table, const QString &listed);
    bool alsoComputed(const CuratedIndex &curated, const Table &table) const;
    /// The statements of @p judged on @p table the index makes cheaper, and the time it would save them.
    void estimate(IndexRecommendation &recommendation, const Table &table, const QList<int> &attnums,
                  const QList<Judged> &judged, const QString &listed);

    pqxx::connection &m_connection;
    AdvisorCatalog &m_catalog;
    HypotheticalIndexes &m_hypothetical;
    const RecommendationMaker &m_recommendations;
    IndexAdvice &m_advice;
    QString m_database;
};

} // namespace Advisor
} // namespace Pitwall

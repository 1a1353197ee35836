#pragma once

// One run of the index advisor (IndexAdvisor::advise). Not a public API.

#include "indexadvisor.h"
#include "qualstats.h"
#include "workloadreader.h"

#include <QList>
#include <QMap>
#include <QString>

#include <pqxx/connection>

#include <memory>
#include <string>

namespace Pitwall {

namespace Advisor {
class AdvisorCatalog;
class HypotheticalIndexes;
class PredicateCollector;
class RecommendationMaker;
struct Judged;
struct Proven;
} // namespace Advisor

/// One run of the advisor: the workload of every database, then the advice
/// of each database in turn, step by step (see IndexAdvisor).
class IndexAdvisorRun
{
public:
    IndexAdvisorRun(IndexAdvisor &advisor, IndexAdvice &advice)
        : m_advisor(advisor)
        , m_options(advisor.m_options)
        , m_advice(advice)
    { }

    void run();

private:
    std::unique_ptr<pqxx::connection> connect(const QString &database);
    QString describe() const;
    QString missingPrivilege(const QString &role, const QString &what) const;

    /// Each statement's calls and mean in the window since the previous run; the next run's window starts now.
    void measureWindow(QList<Advisor::Workload> &statements);
    /// The statements by database, parsed; the source's own database always among them.
    static QMap<QString, QList<Advisor::Workload>> byDatabase(QList<Advisor::Workload> statements,
                                                              const QString &sourceDatabase);
    /// Whether a statement of another database names a table outside the system schemas.
    bool worthVisiting(const QList<Advisor::Workload> &workload) const;

    void adviseDatabase(const QString &database, const QList<Advisor::Workload> &workload, bool isSourceDatabase);
    /// The statements worth judging, by total time.
    QList<const Advisor::Workload *> choose(const QString &database, const QList<Advisor::Workload> &workload);
    /// pg_qualstats' predicates of @p chosen where the extension is installed (its @p schema) and may be read.
    Advisor::QualStats::ByStatement readQualStats(const std::string &schema,
                                                  const QList<const Advisor::Workload *> &chosen,
                                                  const QString &database, bool isSourceDatabase);
    /// The statements with candidate columns, and each one's plan as it is.
    QList<Advisor::Judged> judge(const QString &database, const QList<const Advisor::Workload *> &chosen,
                                 Advisor::PredicateCollector &predicates, Advisor::AdvisorCatalog &catalog);
    /// The proven indexes not covered by one that exists, as recommendations.
    void recommendProven(const QString &database, const QList<Advisor::Proven> &proven,
                         Advisor::AdvisorCatalog &catalog, Advisor::HypotheticalIndexes &hypothetical,
                         const Advisor::RecommendationMaker &recommendations);

    /// Why @p statement, which names tables, has no candidate column.
    QString whyNoCandidates(const Advisor::Workload &statement, Advisor::AdvisorCatalog &catalog) const;
    /// The quoted schemas of @p entry's unqualified tables that are off the advisor's search path; for a name
    /// several schemas hold, the schema of the table pg_qualstats saw it read.
    QStringList searchPathOf(const Advisor::Judged &entry, Advisor::AdvisorCatalog &catalog);
    /// Each judged statement no recommendation helps, with what the planner said.
    void explainUnhelped(const QString &database, const QList<Advisor::Judged> &judged);
    /// The unused, duplicate and invalid indexes of the source's own database into the advice.
    void findDroppable(const QString &database);
    void skip(const QString &database, const Advisor::Workload &statement, const QString &reason, bool judged = false);

    IndexAdvisor &m_advisor;
    const IndexAdvisor::Options &m_options;
    IndexAdvice &m_advice;
    QString m_password;
    QString m_role;
    /// The connection to the database being advised.
    std::unique_ptr<pqxx::connection> m_connection;
};

} // namespace Pitwall

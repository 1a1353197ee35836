#include "indexadvisorrun.h"

#include "advisorcatalog.h"
#include "appliedindexes.h"
#include "candidateset.h"
#include "collectorerror.h"
#include "curatedindexes.h"
#include "genericplan.h"
#include "hypotheticalindexes.h"
#include "hypotheticalproof.h"
#include "indexranking.h"
#include "keychain.h"
#include "pgconnection.h"
#include "predicatecollector.h"
#include "recommendationmaker.h"

#include <pqxx/except>

namespace Pitwall {

using namespace Advisor;

std::unique_ptr<pqxx::connection> IndexAdvisorRun::connect(const QString &database)
{
    const SourceConfig config = m_advisor.m_source.forActions();
    try {
        // Read-only: the advisor only reads, prepares and explains.
        return std::make_unique<pqxx::connection>(PgConnection::actionConnectionString(
            config, m_password, m_advisor.m_timeout, m_advisor.m_timeout, true, database));
    } catch (const std::exception &error) {
        throw PgConnection::error(describe(), error);
    }
}

QString IndexAdvisorRun::describe() const
{
    const SourceConfig &source = m_advisor.m_source;
    return QStringLiteral("postgres `%1` (%2)").arg(source.name, source.address());
}

QString IndexAdvisorRun::missingPrivilege(const QString &role, const QString &what) const
{
    const bool monitoringRole = m_advisor.m_source.actionUrl.isEmpty();
    return describe()
        + QStringLiteral(": the index advisor connects as %1, which may not %2 — grant pg_read_all_data to %1%3")
              .arg(role, what,
                   monitoringRole ? QStringLiteral(", or give the source an action_url with a role that may (the "
                                                   "tables' owner)")
                                  : QStringLiteral(", or name the tables' owner in the source's action_url"));
}

void IndexAdvisorRun::run()
{
    const SourceConfig config = m_advisor.m_source.forActions();
    m_password = sourcePassword(config, describe(), m_advisor.m_timeout);
    WorkloadReader::Result workload = WorkloadReader(describe()).read(*connect(QString()));
    m_role = workload.role;
    measureWindow(workload.statements);

    const auto databases = byDatabase(std::move(workload.statements), workload.database);
    for (auto it = databases.cbegin(); it != databases.cend(); ++it) {
        const bool isSource = it.key() == workload.database;
        if (!isSource && !worthVisiting(it.value()))
            continue;
        try {
            adviseDatabase(it.key(), it.value(), isSource);
        } catch (const CollectorError &error) {
            if (isSource)
                throw;
            m_advice.notes << error.message();
        } catch (const pqxx::broken_connection &) {
            throw;
        } catch (const std::exception &error) {
            const QString message
                = PgConnection::explain(describe() + QStringLiteral(" database %1").arg(it.key()), error);
            if (isSource)
                throw CollectorError(message);
            m_advice.notes << message;
        }
    }
}

void IndexAdvisorRun::measureWindow(QList<Workload> &statements)
{
    for (Workload &statement : statements) {
        const auto previous = m_advisor.m_previous.find(Workload::key(statement.database, statement.queryId));
        if (previous != m_advisor.m_previous.end() && statement.calls > previous->calls) {
            statement.windowCalls = statement.calls - previous->calls;
            statement.windowMeanMs = (statement.totalMs - previous->totalMs) / statement.windowCalls;
        } else if (previous != m_advisor.m_previous.end() && statement.calls == previous->calls) {
            statement.windowCalls = 0;
            statement.windowMeanMs = statement.calls > 0 ? statement.totalMs / statement.calls : 0;
        } else {
            statement.windowCalls = statement.calls;
            statement.windowMeanMs = statement.calls > 0 ? statement.totalMs / statement.calls : 0;
        }
    }
    m_advisor.m_previous.clear();
    for (const Workload &statement : std::as_const(statements))
        m_advisor.m_previous.insert(Workload::key(statement.database, statement.queryId),
                                    IndexAdvisor::Counters{statement.calls, statement.totalMs});
}

QMap<QString, QList<Workload>> IndexAdvisorRun::byDatabase(QList<Workload> statements, const QString &sourceDatabase)
{
    QMap<QString, QList<Workload>> databases;
    for (Workload &statement : statements) {
        statement.shape = StatementShape::parse(statement.query);
        databases[statement.database] << statement;
    }
    if (!databases.contains(sourceDatabase))
        databases.insert(sourceDatabase, {});
    return databases;
}

bool IndexAdvisorRun::worthVisiting(const QList<Workload> &workload) const
{
    for (const Workload &statement : workload) {
        if (statement.calls < m_options.minCalls || statement.totalMs < m_options.minTotalMs)
            continue;
        for (const auto &table : statement.shape.tables) {
            if (!isSystemSchema(table.schema) && !table.name.startsWith(QLatin1String("pg_")))
                return true;
        }
    }
    return false;
}

void IndexAdvisorRun::adviseDatabase(const QString &database, const QList<Workload> &workload, bool isSourceDatabase)
{
    m_connection = connect(database);
    AdvisorCatalog catalog(*m_connection);
    const AdvisorCatalog::Extensions extensions = catalog.extensions();
    if (extensions.hypopg.empty())
        throw CollectorError(describe() + QStringLiteral(" database %1").arg(database)
                             + QStringLiteral(": hypopg is not installed: the advisor proves each index with a "
                                              "hypothetical one first (CREATE EXTENSION hypopg)"));
    HypotheticalIndexes hypothetical(m_connection, extensions.hypopg, catalog, m_advice.hypotheticalIndexes);
    RecommendationMaker recommendations(m_advisor.m_source.name, database, catalog, m_options.writeHeavyRatio);
    recommendations.countTraffic(workload);

    // Candidates, unhelpable predicates, and each statement's plan as it is.
    const QList<const Workload *> chosen = choose(database, workload);
    PredicateCollector predicates(catalog, m_advice, database,
                                  readQualStats(extensions.qualstats, chosen, database, isSourceDatabase));
    QList<Judged> judged = judge(database, chosen, predicates);
    m_advice.statementsJudged += int(judged.size());

    // The proof: single columns, then two-column combinations.
    HypotheticalProof proof(*m_connection, hypothetical, m_options.maxHypothetical);
    const CandidateSet candidates(judged, catalog);
    proof.prove(judged, candidates.singleColumns(), &Judged::single);
    proof.prove(judged, candidates.twoColumns(), &Judged::pair);
    hypothetical.reset();

    recommendProven(database, IndexRanking(m_options.minCostDrop).rank(judged), catalog, hypothetical, recommendations);
    if (isSourceDatabase)
        CuratedIndexes(*m_connection, catalog, hypothetical, recommendations, m_advice, database)
            .recommend(m_advisor.m_source.indexes, judged);
    AppliedIndexes(*m_connection, catalog, recommendations, m_advice, database,
                   {m_advisor.m_meanWhenRecommended, m_advisor.m_costWhenRecommended})
        .follow(judged);
    // Closed, the connection takes what hypothetical indexes are left with its backend.
    m_connection.reset();
}

QList<const Workload *> IndexAdvisorRun::choose(const QString &database, const QList<Workload> &workload)
{
    QList<const Workload *> chosen;
    for (const Workload &statement : workload) {
        if (statement.calls < m_options.minCalls || statement.totalMs < m_options.minTotalMs)
            continue;
        if (!statement.shape.isValid()) {
            m_advice.skipped << IndexAdvice::Skipped{database, statement.queryId, statement.query,
                                                     QStringLiteral("PostgreSQL's parser refuses it: ")
                                                         + statement.shape.error};
            continue;
        }
        if (statement.shape.kind == StatementShape::Kind::Insert || statement.shape.kind == StatementShape::Kind::Other
            || statement.shape.columns.isEmpty())
            continue;
        if (chosen.size() >= m_options.maxStatements)
            break;
        chosen << &statement;
    }
    if (chosen.size() >= m_options.maxStatements)
        m_advice.notes << QStringLiteral("%1: the %2 statements with the most total time were judged")
                              .arg(database)
                              .arg(m_options.maxStatements);
    return chosen;
}

QualStats::ByStatement IndexAdvisorRun::readQualStats(const std::string &schema, const QList<const Workload *> &chosen,
                                                      const QString &database, bool isSourceDatabase)
{
    if (schema.empty()) {
        if (isSourceDatabase)
            m_advice.notes << QStringLiteral("%1: pg_qualstats is not installed: the columns come from parsing the "
                                             "statements")
                                  .arg(database);
        return {};
    }
    if (chosen.isEmpty())
        return {};
    try {
        return QualStats(*m_connection, schema).read(chosen);
    } catch (const pqxx::sql_error &error) {
        if (QString::fromUtf8(error.what()).contains(QLatin1String("permission denied")))
            m_advice.notes << QStringLiteral("%1: pg_qualstats cannot be read as %2 (permission denied): the "
                                             "columns come from parsing the statements instead")
                                  .arg(database, m_role);
        else
            m_advice.notes << PgConnection::explain(
                describe() + QStringLiteral(" database %1").arg(database) + QStringLiteral(" (pg_qualstats)"), error);
        return {};
    }
}

QList<Judged> IndexAdvisorRun::judge(const QString &database, const QList<const Workload *> &chosen,
                                     PredicateCollector &predicates)
{
    QList<Judged> judged;
    for (const Workload *statement : chosen) {
        Judged entry;
        entry.workload = statement;
        entry.candidates = predicates.candidates(*statement);
        if (entry.candidates.isEmpty())
            continue;
        try {
            entry.base = GenericPlan::explain(*m_connection, statement->query);
        } catch (const pqxx::sql_error &error) {
            QString message = QString::fromUtf8(error.what()).section(QLatin1Char('\n'), 0, 0).trimmed();
            if (message.startsWith(QLatin1String("ERROR:")))
                message = message.mid(6).trimmed();
            if (message.contains(QLatin1String("permission denied")))
                throw CollectorError(missingPrivilege(m_role,
                                                      QStringLiteral("read the tables the workload's "
                                                                     "statements use (%1)")
                                                          .arg(message)));
            m_advice.skipped << IndexAdvice::Skipped{database, statement->queryId, statement->query,
                                                     QStringLiteral("its generic plan cannot be read: ") + message};
            continue;
        }
        judged << entry;
    }
    return judged;
}

void IndexAdvisorRun::recommendProven(const QString &database, const QList<Proven> &proven, AdvisorCatalog &catalog,
                                      HypotheticalIndexes &hypothetical, const RecommendationMaker &recommendations)
{
    for (const Proven &index : proven) {
        if (catalog.covered(index.table, index.attnums))
            continue;
        IndexRecommendation recommendation = recommendations.make(index.table, index.columns);
        recommendation.statements = index.statements;
        recommendation.estimatedSavingMs = index.savingMs;
        recommendation.sizeBytes = hypothetical.size(Hypothetical{index.table, index.attnums, index.columns});
        for (const auto &statement : std::as_const(recommendation.statements)) {
            m_advisor.m_meanWhenRecommended.insert(Workload::key(database, statement.queryId), statement.meanMs);
            m_advisor.m_costWhenRecommended.insert(Workload::key(database, statement.queryId), statement.costBefore);
        }
        m_advice.recommendations << recommendation;
    }
}

} // namespace Pitwall

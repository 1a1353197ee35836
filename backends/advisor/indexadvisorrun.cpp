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
#include "unusedindexes.h"

#include <pqxx/except>
#include <pqxx/nontransaction>

#include <algorithm>

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
    QList<Judged> judged = judge(database, chosen, predicates, catalog);
    m_advice.statementsJudged += int(judged.size());

    // The proof: single columns, then two-column combinations.
    HypotheticalProof proof(*m_connection, hypothetical, m_options.maxHypothetical);
    const CandidateSet candidates(judged, catalog);
    proof.prove(judged, candidates.singleColumns(), &Judged::single);
    proof.prove(judged, candidates.twoColumns(), &Judged::pair);
    hypothetical.reset();

    recommendProven(database, IndexRanking(m_options.minCostDrop).rank(judged), catalog, hypothetical, recommendations);
    explainUnhelped(database, judged);
    if (isSourceDatabase)
        CuratedIndexes(*m_connection, catalog, hypothetical, recommendations, m_advice, database)
            .recommend(m_advisor.m_source.indexes, judged);
    AppliedIndexes(*m_connection, catalog, recommendations, m_advice, database,
                   {m_advisor.m_meanWhenRecommended, m_advisor.m_costWhenRecommended})
        .follow(judged);
    // The source's own database: the one a drop-index acts in.
    if (isSourceDatabase)
        findDroppable(database);
    // Closed, the connection takes what hypothetical indexes are left with its backend.
    m_connection.reset();
}

QList<const Workload *> IndexAdvisorRun::choose(const QString &database, const QList<Workload> &workload)
{
    QList<const Workload *> chosen;
    int beyond = 0;
    for (const Workload &statement : workload) {
        if (statement.calls < m_options.minCalls || statement.totalMs < m_options.minTotalMs)
            continue;
        const StatementShape &shape = statement.shape;
        if (!shape.isValid()) {
            skip(database, statement, QStringLiteral("PostgreSQL's parser refuses it: ") + shape.error);
        } else if (shape.kind == StatementShape::Kind::Other) {
            skip(database, statement,
                 shape.nodeType == QLatin1String("PrepareStmt")
                     ? QStringLiteral("an SQL PREPARE whose query cannot be told apart from its text")
                     : QStringLiteral("a utility statement (%1): it has no plan an index could change")
                           .arg(shape.plannable.body.simplified().section(QLatin1Char(' '), 0, 0).toUpper()));
        } else if (shape.kind == StatementShape::Kind::Insert) {
            skip(database, statement,
                 QStringLiteral("an INSERT: it finds no rows through an index, and every index on the table "
                                "makes it a little slower"));
        } else if (shape.tables.isEmpty()) {
            skip(database, statement, QStringLiteral("it reads no table"));
        } else if (shape.columns.isEmpty()) {
            skip(database, statement,
                 QStringLiteral("it filters, joins and sorts on no column: it reads every row of its tables, "
                                "which no index makes cheaper"));
        } else if (chosen.size() >= m_options.maxStatements) {
            ++beyond;
        } else {
            chosen << &statement;
        }
    }
    if (beyond > 0)
        m_advice.notes << QStringLiteral("%1: the %2 statements with the most total time were judged; %3 more were "
                                         "not")
                              .arg(database)
                              .arg(m_options.maxStatements)
                              .arg(beyond);
    return chosen;
}

void IndexAdvisorRun::skip(const QString &database, const Workload &statement, const QString &reason, bool judged)
{
    m_advice.skipped << IndexAdvice::Skipped{database, statement.queryId, statement.query, reason, judged};
}

QString IndexAdvisorRun::whyNoCandidates(const Workload &statement, AdvisorCatalog &catalog) const
{
    bool onlySystem = true;
    for (const auto &name : statement.shape.tables) {
        const QString written = name.schema.isEmpty() ? name.name : name.schema + QLatin1Char('.') + name.name;
        if (const auto table = catalog.resolve(name.schema, name.name)) {
            onlySystem = onlySystem && isSystemSchema(table->schema);
            continue;
        }
        if (isSystemSchema(name.schema))
            continue;
        onlySystem = false;
        const QStringList schemas = name.schema.isEmpty() ? catalog.schemasHolding(name.name) : QStringList();
        if (schemas.size() > 1)
            return QStringLiteral("it names %1 unqualified, which is not on the advisor's search path and is a table "
                                  "in each of the schemas %2: which one its clients mean cannot be told (give the "
                                  "advisor's role their search_path)")
                .arg(written, schemas.join(QLatin1String(", ")));
        return QStringLiteral("it names %1, which is no table of this database (dropped since, or a temporary table)")
            .arg(written);
    }
    if (onlySystem)
        return QStringLiteral("it reads only system catalogs");
    for (const auto &unhelpable : std::as_const(m_advice.unhelpable)) {
        if (unhelpable.queryId == statement.queryId)
            return QStringLiteral("none of its predicates is one a btree index serves (see the predicates no index "
                                  "helps)");
    }
    return QStringLiteral("none of the columns it filters, joins or sorts on is a table's own column (a CTE's or a "
                          "subquery's output, or a name the parser cannot place)");
}

QStringList IndexAdvisorRun::searchPathOf(const Judged &entry, AdvisorCatalog &catalog)
{
    QStringList path;
    for (const auto &name : entry.workload->shape.tables) {
        if (!name.schema.isEmpty())
            continue;
        QString schema;
        if (const auto table = catalog.resolve(name.schema, name.name)) {
            if (!table->offSearchPath)
                continue;
            schema = table->schema;
        } else {
            // A name several schemas hold: pg_qualstats saw which table the statement read.
            for (const Candidate &candidate : entry.candidates) {
                const Table known = catalog.table(candidate.table);
                if (known.name == name.name && !isSystemSchema(known.schema)) {
                    schema = known.schema;
                    break;
                }
            }
            if (schema.isEmpty())
                continue;
        }
        const QString quoted = QString::fromStdString(m_connection->quote_name(schema.toStdString()));
        if (!path.contains(quoted))
            path << quoted;
    }
    return path;
}

void IndexAdvisorRun::explainUnhelped(const QString &database, const QList<Judged> &judged)
{
    for (const Judged &entry : judged) {
        const bool helped = std::any_of(
            m_advice.recommendations.cbegin(), m_advice.recommendations.cend(), [&](const IndexRecommendation &r) {
                return r.database == database
                    && std::any_of(r.statements.cbegin(), r.statements.cend(),
                                   [&](const auto &s) { return s.queryId == entry.workload->queryId; });
            });
        if (helped)
            continue;
        const Proof *best = entry.single ? &*entry.single : nullptr;
        if (entry.pair && (!best || entry.pair->plan.cost < best->plan.cost))
            best = &*entry.pair;
        QString reason;
        if (!best)
            reason = QStringLiteral("every column it filters, joins or sorts on already leads an index");
        else if (best->used.isEmpty())
            reason = QStringLiteral("the planner uses none of the hypothetical indexes on its columns (cost %1)")
                         .arg(entry.base.cost, 0, 'f', 1);
        else if (best->plan.cost > entry.base.cost * (1.0 - m_options.minCostDrop))
            reason = QStringLiteral("no index on its columns cuts its generic-plan cost by half: %1 → %2 at best")
                         .arg(entry.base.cost, 0, 'f', 1)
                         .arg(best->plan.cost, 0, 'f', 1);
        else
            reason = QStringLiteral("an index that exists already serves it as well as a new one would");
        if (!entry.base.indexes.isEmpty())
            reason += QStringLiteral(" (its plan uses %1)").arg(entry.base.indexes.join(QLatin1String(", ")));
        skip(database, *entry.workload, reason, true);
    }
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
                                     PredicateCollector &predicates, AdvisorCatalog &catalog)
{
    QList<Judged> judged;
    for (const Workload *statement : chosen) {
        Judged entry;
        entry.workload = statement;
        entry.candidates = predicates.candidates(*statement);
        if (entry.candidates.isEmpty()) {
            skip(database, *statement, whyNoCandidates(*statement, catalog));
            continue;
        }
        entry.searchPath = searchPathOf(entry, catalog);
        if (!entry.searchPath.isEmpty()) {
            const QString note = QStringLiteral("%1: tables the workload names unqualified are in %2, off the "
                                                "advisor's search path: their statements are planned with it first")
                                     .arg(database, entry.searchPath.join(QLatin1String(", ")));
            if (!m_advice.notes.contains(note))
                m_advice.notes << note;
        }
        try {
            entry.base = entry.explain(*m_connection);
        } catch (const pqxx::sql_error &error) {
            QString message = QString::fromUtf8(error.what()).section(QLatin1Char('\n'), 0, 0).trimmed();
            if (message.startsWith(QLatin1String("ERROR:")))
                message = message.mid(6).trimmed();
            if (message.contains(QLatin1String("permission denied")))
                throw CollectorError(missingPrivilege(m_role,
                                                      QStringLiteral("read the tables the workload's "
                                                                     "statements use (%1)")
                                                          .arg(message)));
            skip(database, *statement, QStringLiteral("its generic plan cannot be read: ") + message);
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

void IndexAdvisorRun::findDroppable(const QString &database)
{
    try {
        pqxx::nontransaction tx(*m_connection);
        const QList<IndexAdvice::Droppable> found = UnusedIndexes::find(tx, database);
        if (found.isEmpty())
            return;
        m_advice.droppable << found;
        const IndexAdvice::Droppable &first = found.first();
        m_advice.notes << QStringLiteral("%1: the unused and duplicate indexes rest on the statistics gathered %2 "
                                         "(%3 h), not on a plan: HypoPG 1.3 cannot hide an index to show the plans "
                                         "without it")
                              .arg(database,
                                   first.statsNeverReset
                                       ? QStringLiteral("since they began (never reset; at least since the server "
                                                        "started)")
                                       : QStringLiteral("since they were reset"))
                              .arg(first.statsAgeSeconds / 3600.0, 0, 'f', 1);
    } catch (const pqxx::sql_error &error) {
        m_advice.notes << PgConnection::explain(
            describe() + QStringLiteral(" database %1").arg(database) + QStringLiteral(" (unused indexes)"), error);
    }
}

} // namespace Pitwall

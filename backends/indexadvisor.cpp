#include "indexadvisor.h"

#include "collectorerror.h"
#include "genericplan.h"
#include "indexadvisorrun.h"
#include "indexname.h"
#include "keychain.h"
#include "logging.h"
#include "pgconnection.h"
#include "pgrelation.h"
#include "statementshape.h"

#include <QDateTime>
#include <QSet>
#include <QVersionNumber>

#include <pqxx/connection>
#include <pqxx/except>
#include <pqxx/nontransaction>
#include <pqxx/result>

#include <algorithm>
#include <memory>
#include <optional>

namespace Pitwall {

IndexAdvisor::IndexAdvisor(SourceConfig source, const Profile &profile)
    : IndexAdvisor(std::move(source), profile, Options())
{ }

IndexAdvisor::IndexAdvisor(SourceConfig source, const Profile &profile, Options options)
    : m_source(std::move(source))
    , m_profile(profile)
    , m_options(options)
{ }

IndexAdvisor::~IndexAdvisor() = default;

IndexAdvice IndexAdvisor::advise()
{
    IndexAdvice advice;
    advice.source = m_source.name;
    advice.timeMs = QDateTime::currentMSecsSinceEpoch();
    IndexAdvisorRun run(*this, advice);
    try {
        run.run();
    } catch (const CollectorError &error) {
        advice.problem = error.message();
    } catch (const pqxx::broken_connection &error) {
        advice.problem = PgConnection::explain(m_source.name, error);
    } catch (const std::exception &error) {
        advice.problem = PgConnection::explain(m_source.name, error);
    }
    std::sort(advice.recommendations.begin(), advice.recommendations.end(),
              [](const IndexRecommendation &a, const IndexRecommendation &b) {
                  if (a.state != b.state)
                      return int(a.state) < int(b.state);
                  return a.estimatedSavingMs > b.estimatedSavingMs;
              });
    qCInfo(lcPostgres).noquote() << m_source.name << "index advice:" << advice.recommendations.size()
                                 << "recommendation(s)," << advice.unhelpable.size() << "unhelpable predicate(s)"
                                 << (advice.problem.isEmpty() ? QString() : advice.problem);
    return advice;
}

std::unique_ptr<pqxx::connection> IndexAdvisorRun::connect(const QString &database)
{
    SourceConfig config = m_advisor.m_source.forActions();
    if (!database.isEmpty())
        config.url.setPath(QLatin1Char('/') + database);
    try {
        // Read-only: the advisor only reads, prepares and explains.
        return std::make_unique<pqxx::connection>(
            PgConnection::actionConnectionString(config, m_password, m_advisor.m_timeout, m_advisor.m_timeout, true));
    } catch (const std::exception &error) {
        throw CollectorError(PgConnection::explain(describe(), error));
    }
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
    const QString sourceDatabase = config.url.path().mid(1);
    auto main = connect(QString());
    QList<Workload> statements;
    {
        pqxx::nontransaction tx(*main);
        m_role = text(tx.exec("SELECT current_user")[0][0]);
        const auto extension = tx.exec("SELECT quote_ident(n.nspname), e.extversion FROM pg_extension e "
                                       "JOIN pg_namespace n ON n.oid = e.extnamespace "
                                       "WHERE e.extname = 'pg_stat_statements'");
        if (extension.empty())
            throw CollectorError(describe()
                                 + QStringLiteral(": pg_stat_statements is not installed in database %1: the "
                                                  "index advisor's workload comes from it (CREATE EXTENSION "
                                                  "pg_stat_statements)")
                                       .arg(sourceDatabase));
        const QVersionNumber version = QVersionNumber::fromString(text(extension[0][1]));
        const std::string total = version >= QVersionNumber(1, 8) ? "total_exec_time" : "total_time";
        const std::string topLevel = version >= QVersionNumber(1, 9) ? " AND s.toplevel" : "";
        pqxx::result rows;
        try {
            rows = tx.exec("SELECT d.datname, s.queryid::text, sum(s.calls), sum(s." + total + "), min(s.query) FROM "
                           + extension[0][0].c_str()
                           + ".pg_stat_statements(true) s JOIN pg_database d ON d.oid = s.dbid "
                             "WHERE s.queryid IS NOT NULL AND d.datallowconn"
                           + topLevel + " GROUP BY 1, 2 ORDER BY 4 DESC LIMIT 2000");
        } catch (const pqxx::sql_error &error) {
            throw CollectorError(PgConnection::explain(describe(), error));
        }
        for (const auto &row : rows) {
            Workload statement;
            statement.database = text(row[0]);
            statement.queryId = text(row[1]);
            statement.calls = row[2].as<double>(0);
            statement.totalMs = row[3].as<double>(0);
            statement.query = text(row[4]);
            if (statement.query.contains(QLatin1String("<insufficient privilege>")))
                continue;
            const auto previous = m_advisor.m_previous.find(key(statement.database, statement.queryId));
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
            statements << statement;
        }
    }
    main.reset();

    // The next run's window starts now.
    m_advisor.m_previous.clear();
    for (const Workload &statement : std::as_const(statements))
        m_advisor.m_previous.insert(key(statement.database, statement.queryId),
                                    IndexAdvisor::Counters{statement.calls, statement.totalMs});

    QMap<QString, QList<Workload>> byDatabase;
    for (Workload &statement : statements) {
        statement.shape = StatementShape::parse(statement.query);
        byDatabase[statement.database] << statement;
    }
    if (!byDatabase.contains(sourceDatabase))
        byDatabase.insert(sourceDatabase, {});
    for (auto it = byDatabase.cbegin(); it != byDatabase.cend(); ++it) {
        const bool isSource = it.key() == sourceDatabase;
        // Another database is visited only when a statement there names a table outside the system schemas.
        bool worthIt = isSource;
        for (const Workload &statement : it.value()) {
            if (worthIt)
                break;
            if (statement.calls < m_options.minCalls || statement.totalMs < m_options.minTotalMs)
                continue;
            for (const auto &table : statement.shape.tables) {
                if (!isSystemSchema(table.schema) && !table.name.startsWith(QLatin1String("pg_")))
                    worthIt = true;
            }
        }
        if (!worthIt)
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

void IndexAdvisorRun::adviseDatabase(const QString &database, const QList<Workload> &workload, bool isSourceDatabase)
{
    m_connection = connect(database);
    m_database = database;
    m_tables.clear();
    m_tablesByOid.clear();
    m_columns.clear();
    m_indexes.clear();
    const QString where = describe() + QStringLiteral(" database %1").arg(database);

    std::string qualstats;
    {
        pqxx::nontransaction tx(*m_connection);
        const auto extensions = tx.exec("SELECT e.extname, quote_ident(n.nspname) FROM pg_extension e "
                                        "JOIN pg_namespace n ON n.oid = e.extnamespace "
                                        "WHERE e.extname IN ('hypopg', 'pg_qualstats')");
        m_hypopg.clear();
        for (const auto &row : extensions) {
            if (text(row[0]) == QLatin1String("hypopg"))
                m_hypopg = row[1].c_str();
            else
                qualstats = row[1].c_str();
        }
    }
    if (m_hypopg.empty())
        throw CollectorError(where
                             + QStringLiteral(": hypopg is not installed: the advisor proves each index with a "
                                              "hypothetical one first (CREATE EXTENSION hypopg)"));

    // Hypothetical indexes live in this backend until reset, whatever happens.
    struct ResetOnExit
    {
        IndexAdvisorRun *run;
        ~ResetOnExit()
        {
            try {
                run->resetHypothetical();
            } catch (...) { }
        }
    } resetOnExit{this};
    resetHypothetical();

    // The statements worth judging, and the reads and writes of each table.
    QList<const Workload *> chosen;
    m_writes.clear();
    m_reads.clear();
    for (const Workload &statement : workload) {
        if (!statement.shape.isValid())
            continue;
        const double calls = statement.windowCalls;
        QSet<quint32> seen;
        for (int i = 0; i < statement.shape.tables.size(); ++i) {
            const auto &name = statement.shape.tables.at(i);
            const auto table = resolve(name.schema, name.name);
            if (!table || seen.contains(table->oid))
                continue;
            seen.insert(table->oid);
            if (i == 0 && statement.shape.writes())
                m_writes[table->oid] += calls;
            else
                m_reads[table->oid] += calls;
        }
    }
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

    // pg_qualstats' predicates of the chosen statements, where the role may read them.
    struct Qual
    {
        quint32 table = 0;
        int attnum = 0;
        quint32 otherTable = 0;
        int otherAttnum = 0;
        bool btreeOperator = false;
        QString op;
        QString constant;
        bool leadingWildcard = false;
    };
    QHash<QString, QList<Qual>> quals;
    if (!qualstats.empty() && !chosen.isEmpty()) {
        QStringList ids;
        for (const Workload *statement : std::as_const(chosen))
            ids << statement->queryId;
        try {
            pqxx::nontransaction tx(*m_connection);
            const auto rows = tx.exec_params(
                "SELECT q.queryid::text, q.lrelid, q.lattnum, coalesce(q.rrelid, 0), coalesce(q.rattnum, 0), "
                "       EXISTS (SELECT 1 FROM pg_amop ao JOIN pg_am am ON am.oid = ao.amopmethod "
                "               WHERE am.amname = 'btree' AND ao.amopopr = q.opno), "
                "       q.opno::regoper::text, min(q.constvalue), "
                "       bool_or(left(q.constvalue, 2) IN ('''%', '''_')) "
                "FROM "
                    + qualstats
                    + ".pg_qualstats q "
                      "WHERE q.dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                      "  AND q.lrelid IS NOT NULL AND q.queryid = ANY($1::bigint[]) "
                      "GROUP BY q.queryid, q.lrelid, q.lattnum, q.rrelid, q.rattnum, q.opno",
                "{" + ids.join(QLatin1Char(',')).toStdString() + "}");
            for (const auto &row : rows) {
                Qual qual;
                qual.table = row[1].as<quint32>();
                qual.attnum = row[2].as<int>();
                qual.otherTable = row[3].as<quint32>(0);
                qual.otherAttnum = row[4].as<int>(0);
                qual.btreeOperator = row[5].as<bool>(false);
                qual.op = text(row[6]).section(QLatin1Char('.'), -1);
                qual.constant = text(row[7]);
                qual.leadingWildcard = row[8].as<bool>(false);
                quals[text(row[0])] << qual;
            }
        } catch (const pqxx::sql_error &error) {
            if (QString::fromUtf8(error.what()).contains(QLatin1String("permission denied")))
                m_advice.notes << QStringLiteral("%1: pg_qualstats cannot be read as %2 (permission denied): the "
                                                 "columns come from parsing the statements instead")
                                      .arg(database, m_role);
            else
                m_advice.notes << PgConnection::explain(where + QStringLiteral(" (pg_qualstats)"), error);
        }
    } else if (qualstats.empty() && isSourceDatabase) {
        m_advice.notes << QStringLiteral("%1: pg_qualstats is not installed: the columns come from parsing the "
                                         "statements")
                              .arg(database);
    }

    // Candidates, unhelpable predicates, and each statement's plan as it is.
    QList<Judged> judged;
    const auto unhelpable = [&](const Workload &statement, const QString &predicate, const QString &reason) {
        for (const auto &known : std::as_const(m_advice.unhelpable)) {
            if (known.database == database && known.queryId == statement.queryId && known.predicate == predicate)
                return;
        }
        m_advice.unhelpable << IndexAdvice::Unhelpable{database, statement.queryId, statement.query, predicate, reason};
    };
    for (const Workload *statement : std::as_const(chosen)) {
        Judged entry;
        entry.workload = statement;
        QList<std::optional<Table>> tables;
        bool onlySystem = true;
        for (const auto &name : statement->shape.tables) {
            auto table = resolve(name.schema, name.name);
            if (table && (isSystemSchema(table->schema) || !QStringLiteral("rmp").contains(table->kind)))
                table.reset();
            else if (table)
                onlySystem = false;
            else if (!isSystemSchema(name.schema) && !name.name.startsWith(QLatin1String("pg_")))
                onlySystem = false;
            tables << table;
        }
        if (onlySystem)
            continue;
        const auto addCandidate = [&](const Table &table, const ColumnInfo &info, StatementShape::Use use) {
            for (const Candidate &known : std::as_const(entry.candidates)) {
                if (known.table == table.oid && known.attnum == info.attnum)
                    return;
            }
            entry.candidates << Candidate{table.oid, info.attnum, info.name, use};
        };
        const auto typeRefused = [&](const Table &table, const ColumnInfo &info, const QString &predicate) {
            unhelpable(*statement, predicate,
                       QStringLiteral("%1.%2 is of type %3, which a btree index cannot serve")
                           .arg(table.name, info.name, info.type));
        };
        const QList<Qual> statementQuals = quals.value(statement->queryId);
        for (const Qual &qual : statementQuals) {
            for (const auto &[tableOid, attnum] :
                 {std::pair{qual.table, qual.attnum}, std::pair{qual.otherTable, qual.otherAttnum}}) {
                if (tableOid == 0 || (!m_tablesByOid.contains(tableOid) && !resolveOid(tableOid)))
                    continue;
                const Table table = m_tablesByOid.value(tableOid);
                if (isSystemSchema(table.schema))
                    continue;
                const auto info = column(tableOid, attnum, {});
                if (!info)
                    continue;
                QString predicate = QStringLiteral("%1.%2 %3").arg(table.name, info->name, qual.op);
                if (!qual.constant.isEmpty())
                    predicate += QLatin1Char(' ') + qual.constant.section(QStringLiteral("::"), 0, 0);
                if (!qual.btreeOperator) {
                    const bool pattern = qual.op.contains(QLatin1Char('~'));
                    unhelpable(
                        *statement, predicate,
                        qual.leadingWildcard ? QStringLiteral("a leading-wildcard LIKE: no btree index can serve it (a "
                                                              "trigram GIN index, pg_trgm, could)")
                            : pattern        ? QStringLiteral("a pattern match: a plain btree index cannot serve it")
                                      : QStringLiteral("the operator %1 is not one a btree index serves").arg(qual.op));
                    continue;
                }
                if (!info->btree) {
                    typeRefused(table, *info, predicate);
                    continue;
                }
                addCandidate(table, *info,
                             qual.otherTable ? StatementShape::Use::Join
                                             : (qual.op == QLatin1String("=") ? StatementShape::Use::Equality
                                                                              : StatementShape::Use::Range));
            }
        }
        for (const auto &use : statement->shape.columns) {
            // pg_qualstats knows the predicates it saw; the sort columns come from the parser.
            if (!statementQuals.isEmpty() && use.use != StatementShape::Use::Sort)
                continue;
            std::optional<Table> table;
            std::optional<ColumnInfo> info;
            const QList<int> scope = use.table >= 0 ? QList<int>{use.table} : use.scope;
            for (int index : scope) {
                const auto &candidateTable = tables.value(index);
                if (!candidateTable)
                    continue;
                if (const auto found = column(candidateTable->oid, 0, use.name)) {
                    table = candidateTable;
                    info = found;
                    break;
                }
            }
            if (!table || !info)
                continue;
            const QString predicate
                = use.text.startsWith(use.name) ? table->name + QLatin1Char('.') + use.text : use.text;
            if (use.use == StatementShape::Use::Pattern) {
                const bool leading
                    = use.constant.startsWith(QLatin1Char('%')) || use.constant.startsWith(QLatin1Char('_'));
                unhelpable(*statement, predicate,
                           leading ? QStringLiteral("a leading-wildcard LIKE: no btree index can serve it (a trigram "
                                                    "GIN index, pg_trgm, could)")
                                   : QStringLiteral("a pattern match: a plain btree index serves it only with the C "
                                                    "collation or text_pattern_ops, and never with a leading "
                                                    "wildcard"));
                continue;
            }
            if (use.use == StatementShape::Use::Expression) {
                unhelpable(*statement, predicate,
                           QStringLiteral("the column is wrapped in a function or cast: only an expression index "
                                          "could serve it"));
                continue;
            }
            if (!info->btree) {
                typeRefused(*table, *info, predicate);
                continue;
            }
            addCandidate(*table, *info, use.use);
        }
        if (entry.candidates.isEmpty())
            continue;
        try {
            entry.base = explain(statement->query);
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
    m_advice.statementsJudged += int(judged.size());

    // The hypothetical indexes in place now, by OID: one batch at a time.
    QHash<quint32, Hypothetical> hypothetical;
    // Judged statement @p i explained with them; nothing if it no longer explains (a table dropped meanwhile).
    const auto prove = [&](int i) -> std::optional<Proof> {
        try {
            Proof proof{explain(judged[i].workload->query), {}};
            for (const QString &name : std::as_const(proof.plan.indexes)) {
                const quint32 oid = GenericPlan::hypotheticalOid(name);
                if (oid && hypothetical.contains(oid))
                    proof.used << hypothetical.value(oid);
            }
            return proof;
        } catch (const pqxx::sql_error &) {
            return std::nullopt;
        }
    };
    const auto createAll = [&](const QList<Hypothetical> &indexes, const QList<int> &statements, bool pairs) {
        // At most maxHypothetical at a time: in batches, each statement keeping its cheapest plan.
        for (qsizetype start = 0; start < indexes.size(); start += m_options.maxHypothetical) {
            resetHypothetical();
            hypothetical.clear();
            for (const Hypothetical &index : indexes.mid(start, m_options.maxHypothetical))
                hypothetical.insert(createHypothetical(index), index);
            for (int i : statements) {
                auto &best = pairs ? judged[i].pair : judged[i].single;
                if (auto proof = prove(i); proof && (!best || proof->plan.cost < best->plan.cost))
                    best = std::move(proof);
            }
        }
    };

    // Single columns: every candidate not already leading a btree.
    QList<Hypothetical> singles;
    QList<int> all;
    for (int i = 0; i < judged.size(); ++i) {
        all << i;
        for (const Candidate &candidate : std::as_const(judged[i].candidates)) {
            if (covered(candidate.table, {candidate.attnum}))
                continue;
            const bool known = std::any_of(singles.cbegin(), singles.cend(), [&](const Hypothetical &index) {
                return index.table == candidate.table && index.attnums == QList<int>{candidate.attnum};
            });
            if (!known)
                singles << Hypothetical{candidate.table, {candidate.attnum}, {candidate.column}};
        }
    }
    if (!singles.isEmpty())
        createAll(singles, all, false);

    // Two columns, equality (or join, or null test) first, for statements with two candidates on one table.
    QList<Hypothetical> pairs;
    QList<int> withPairs;
    for (int i = 0; i < judged.size(); ++i) {
        const auto &candidates = judged[i].candidates;
        bool any = false;
        for (const Candidate &first : candidates) {
            if (first.use == StatementShape::Use::Range || first.use == StatementShape::Use::Sort)
                continue;
            for (const Candidate &second : candidates) {
                if (second.table != first.table || second.attnum == first.attnum)
                    continue;
                const QList<int> attnums{first.attnum, second.attnum};
                if (covered(first.table, attnums))
                    continue;
                any = true;
                const bool known = std::any_of(pairs.cbegin(), pairs.cend(), [&](const Hypothetical &index) {
                    return index.table == first.table && index.attnums == attnums;
                });
                if (!known)
                    pairs << Hypothetical{first.table, attnums, {first.column, second.column}};
            }
        }
        if (any)
            withPairs << i;
    }
    if (!pairs.isEmpty())
        createAll(pairs, withPairs, true);
    resetHypothetical();

    // Each statement's verdict: the indexes of the cheaper proven plan.
    QList<Proven> proven;
    for (const Judged &entry : std::as_const(judged)) {
        const double base = entry.base.cost;
        if (base <= 0)
            continue;
        const auto proves = [&](const std::optional<Proof> &proof) {
            return proof && proof->plan.cost <= base * (1.0 - m_options.minCostDrop) && !proof->used.isEmpty();
        };
        const Proof *best = nullptr;
        if (proves(entry.single))
            best = &*entry.single;
        if (proves(entry.pair) && (!best || entry.pair->plan.cost < best->plan.cost * 0.9))
            best = &*entry.pair;
        if (!best)
            continue;
        const QList<Hypothetical> &used = best->used;
        const Workload &statement = *entry.workload;
        const double drop = 1.0 - best->plan.cost / base;
        const IndexRecommendation::Statement benefit = helped(statement, entry.base, best->plan);
        const double calls = statement.windowCalls;
        for (const Hypothetical &index : used) {
            auto found = std::find_if(proven.begin(), proven.end(), [&](const Proven &known) {
                return known.table == index.table && known.attnums == index.attnums;
            });
            if (found == proven.end()) {
                proven << Proven{index.table, index.attnums, index.columns, {}, 0};
                found = proven.end() - 1;
            }
            found->statements << benefit;
            // Shared among the indexes the plan uses, so that the total is not counted twice.
            found->savingMs += calls * statement.windowMeanMs * drop / double(used.size());
        }
    }

    // A single column that leads a recommended two-column index gives way to it.
    for (qsizetype i = proven.size() - 1; i >= 0; --i) {
        if (proven[i].attnums.size() != 1)
            continue;
        const auto wider = std::find_if(proven.begin(), proven.end(), [&](const Proven &other) {
            return other.table == proven[i].table && other.attnums.size() > 1
                && other.attnums.first() == proven[i].attnums.first();
        });
        if (wider == proven.end())
            continue;
        for (const auto &statement : std::as_const(proven[i].statements)) {
            const bool known = std::any_of(wider->statements.cbegin(), wider->statements.cend(),
                                           [&](const auto &other) { return other.queryId == statement.queryId; });
            if (!known) {
                wider->statements << statement;
                wider->savingMs += proven[i].savingMs;
            }
        }
        proven.removeAt(i);
    }

    recommendProven(proven);
    if (isSourceDatabase)
        recommendCurated(judged);
    followApplied(judged);
    m_connection.reset();
}

} // namespace Pitwall

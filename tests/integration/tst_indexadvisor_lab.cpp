// The index advisor against the lab's PostgreSQL and its workload: it
// recommends exactly the index that helps (orders by customer_id), with the
// cost drop the test reads from the planner itself; nothing for the indexed
// email lookup; the leading-wildcard LIKE reported as no index can help; the
// same without pg_qualstats (PostgreSQL's parser); a strange table's name
// quoted; and with only the monitoring role, a plain word on what is missing.

#include "advicetext.h"
#include "indexadvisor.h"
#include "indexadvisorrunner.h"
#include "labenvironment.h"
#include "labpostgres.h"
#include "psql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QtTest>

using namespace Pitwall;
using namespace Pitwall::Test;

namespace {

const QString ordersStatement = QStringLiteral("SELECT count(*), sum(amount) FROM orders WHERE customer_id = $1");
const QString emailStatement = QStringLiteral("SELECT id, name FROM customers WHERE email = $1");
const QString likeStatement = QStringLiteral("SELECT count(*) FROM cold_data WHERE filler LIKE '%zz%'");
const QString oddTableSql = QStringLiteral("public.\"x\"\"; DROP TABLE y; --\"");
const QString oddTable = QStringLiteral("x\"; DROP TABLE y; --");
const QString oddColumn = QStringLiteral("Kunden \"Nr\"");
const QString oddColumnSql = QStringLiteral("\"Kunden \"\"Nr\"\"\"");

/// The generic plan's total cost of @p query, as the test reads it from the
/// planner itself, optionally with a hypothetical index from @p ddl.
double genericCost(pqxx::connection &connection, const QString &query, const QString &ddl = {})
{
    pqxx::nontransaction tx(connection);
    tx.exec("SELECT hypopg_reset()");
    if (!ddl.isEmpty())
        tx.exec("SELECT * FROM hypopg_create_index(" + tx.quote(ddl.toStdString()) + ")");
    tx.exec("PREPARE tst_generic AS " + query.toStdString());
    const int parameters = tx.exec("SELECT coalesce(array_length(parameter_types, 1), 0) FROM pg_prepared_statements "
                                   "WHERE name = 'tst_generic'")[0][0]
                               .as<int>();
    QStringList nulls;
    for (int i = 0; i < parameters; ++i)
        nulls << QStringLiteral("NULL");
    tx.exec("BEGIN");
    tx.exec("SET LOCAL plan_cache_mode = force_generic_plan");
    const QString json = QString::fromUtf8(
        tx.exec("EXPLAIN (FORMAT JSON) EXECUTE tst_generic"
                + (parameters ? QStringLiteral("(%1)").arg(nulls.join(QLatin1String(", "))).toStdString() : ""))[0][0]
            .c_str());
    tx.exec("ROLLBACK");
    tx.exec("DEALLOCATE tst_generic");
    tx.exec("SELECT hypopg_reset()");
    return QJsonDocument::fromJson(json.toUtf8())
        .array()
        .first()
        .toObject()
        .value(QLatin1String("Plan"))
        .toObject()
        .value(QLatin1String("Total Cost"))
        .toDouble();
}

QList<IndexRecommendation> computed(const IndexAdvice &advice)
{
    QList<IndexRecommendation> list;
    for (const auto &recommendation : advice.recommendations) {
        if (recommendation.state == IndexRecommendation::State::Recommended
            && recommendation.database == QLatin1String("lab"))
            list << recommendation;
    }
    return list;
}

using Test::describe;

} // namespace

class TestIndexAdvisorLab : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<pqxx::connection> m_super;

    /// Waits until pg_stat_statements holds @p query with at least @p calls calls.
    bool waitForCalls(const QString &query, double calls)
    {
        const bool seen = QTest::qWaitFor(
            [&] {
                const Statements statements = readStatements(*m_super);
                const QString id = queryIdOf(statements, query, true);
                return !id.isEmpty() && statements.value(id).calls >= calls;
            },
            60'000);
        if (!seen) {
            for (const Statement &statement : readStatements(*m_super))
                qWarning().noquote() << statement.calls << statement.query;
        }
        return seen;
    }

private Q_SLOTS:
    void initTestCase()
    {
        PITWALL_REQUIRE_LAB(lab);
        m_super
            = std::make_unique<pqxx::connection>(labConnection(lab, QStringLiteral("postgres"), QStringLiteral("lab")));
        // A workload of the lab's own: what earlier tests left in pg_stat_statements goes.
        sql(*m_super, "SELECT pg_stat_statements_reset()");
        QVERIFY2(waitForCalls(ordersStatement, 10), "the workload's unindexed orders filter does not run");
        QVERIFY2(waitForCalls(emailStatement, 10), "the workload's email lookup does not run");
    }

    void recommendsTheIndexThatHelps()
    {
        PITWALL_REQUIRE_LAB(lab);
        const Profile profile = labProfile(lab, {QStringLiteral("lab-pg")});
        IndexAdvisor advisor(*profile.source(QStringLiteral("lab-pg")), profile);
        const IndexAdvice advice = advisor.advise();
        QVERIFY2(advice.problem.isEmpty(), qPrintable(describe(advice)));

        const auto recommendations = computed(advice);
        QCOMPARE(recommendations.size(), 1);
        const IndexRecommendation &orders = recommendations.first();
        QCOMPARE(orders.qualifiedTable(), QStringLiteral("public.orders"));
        QCOMPARE(orders.columns, QStringList{QStringLiteral("customer_id")});
        QCOMPARE(orders.indexName, QStringLiteral("pitwall_orders_customer_id_idx"));

        // The planner's own numbers, read by the test.
        const double before = genericCost(*m_super, ordersStatement);
        const double after
            = genericCost(*m_super, ordersStatement, QStringLiteral("CREATE INDEX ON orders (customer_id)"));
        QVERIFY2(after <= 0.5 * before, qPrintable(QStringLiteral("%1 → %2").arg(before).arg(after)));
        const auto statement = std::find_if(orders.statements.cbegin(), orders.statements.cend(),
                                            [](const auto &s) { return s.query == ordersStatement; });
        QVERIFY2(statement != orders.statements.cend(), qPrintable(describe(advice)));
        // Statistics may be refreshed by autovacuum between the two reads: close, not equal.
        QVERIFY2(qAbs(statement->costBefore - before) <= 0.05 * before,
                 qPrintable(QStringLiteral("%1 vs %2").arg(statement->costBefore).arg(before)));
        QVERIFY2(qAbs(statement->costAfter - after) <= 0.05 * after + 1,
                 qPrintable(QStringLiteral("%1 vs %2").arg(statement->costAfter).arg(after)));
        QVERIFY(statement->planBefore.contains(QLatin1String("Seq Scan")));
        QVERIFY(statement->planAfter.contains(QLatin1String("btree_orders_customer_id")));

        // The saving: calls × mean × drop, from the statement's own numbers.
        const Statements statements = readStatements(*m_super);
        const Statement read = statements.value(queryIdOf(statements, ordersStatement, true));
        QVERIFY(statement->calls > 0 && statement->calls <= read.calls);
        QVERIFY(orders.estimatedSavingMs > 0);
        QVERIFY(orders.estimatedSavingMs <= read.totalMs);
        QCOMPARE(orders.estimatedSavingMs,
                 statement->calls * statement->meanMs * (1.0 - statement->costAfter / statement->costBefore));

        // Size: the hypothetical index's, as hypopg estimates it.
        {
            pqxx::nontransaction tx(*m_super);
            const auto oid = tx.exec("SELECT indexrelid FROM hypopg_create_index('CREATE INDEX ON orders "
                                     "(customer_id)')")[0][0]
                                 .as<quint32>();
            const qint64 size = tx.exec_params("SELECT hypopg_relation_size($1::oid)", oid)[0][0].as<qint64>();
            tx.exec("SELECT hypopg_reset()");
            QCOMPARE(orders.sizeBytes, size);
        }
        // Orders are read more than written in the workload: no warning, though the writes were counted.
        QVERIFY(orders.writeCalls > 0);
        QVERIFY(orders.readCalls > orders.writeCalls);
        QVERIFY(!orders.writeHeavy);
    }

    void leavesIndexedColumnsAlone()
    {
        PITWALL_REQUIRE_LAB(lab);
        const Profile profile = labProfile(lab, {QStringLiteral("lab-pg")});
        IndexAdvisor advisor(*profile.source(QStringLiteral("lab-pg")), profile);
        const IndexAdvice advice = advisor.advise();
        QVERIFY2(advice.problem.isEmpty(), qPrintable(describe(advice)));
        // The email lookup ran often enough to be judged, and its column leads an index.
        QVERIFY(readStatements(*m_super).value(queryIdOf(readStatements(*m_super), emailStatement, true)).calls
                >= advisor.options().minCalls);
        QCOMPARE(sql(*m_super,
                     "SELECT count(*) FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                     "AND a.attnum = i.indkey[0] WHERE i.indrelid = 'customers'::regclass "
                     "AND a.attname = 'email'")[0][0]
                     .as<int>(),
                 1);
        for (const auto &recommendation : advice.recommendations) {
            QVERIFY2(recommendation.table != QLatin1String("customers"), qPrintable(describe(advice)));
            for (const auto &statement : recommendation.statements)
                QVERIFY2(statement.query != emailStatement, qPrintable(describe(advice)));
        }
    }

    void reportsLeadingWildcardLike()
    {
        PITWALL_REQUIRE_LAB(lab);
        Psql app(lab, QStringLiteral("lab_app"));
        QString many;
        for (int i = 0; i < 6; ++i)
            many += likeStatement + QLatin1Char(';');
        QVERIFY(app.exec(many));
        QVERIFY(waitForCalls(QStringLiteral("SELECT count(*) FROM cold_data WHERE filler LIKE $1"), 6));

        const Profile profile = labProfile(lab, {QStringLiteral("lab-pg")});
        IndexAdvisor advisor(*profile.source(QStringLiteral("lab-pg")), profile);
        const IndexAdvice advice = advisor.advise();
        QVERIFY2(advice.problem.isEmpty(), qPrintable(describe(advice)));
        const auto like = std::find_if(advice.unhelpable.cbegin(), advice.unhelpable.cend(), [](const auto &u) {
            return u.predicate.contains(QLatin1String("cold_data.filler"));
        });
        QVERIFY2(like != advice.unhelpable.cend(), qPrintable(describe(advice)));
        QVERIFY2(like->reason.contains(QLatin1String("leading-wildcard")), qPrintable(like->reason));
        QVERIFY2(like->predicate.contains(QLatin1String("'%zz%'")), qPrintable(like->predicate));
        for (const auto &recommendation : advice.recommendations)
            QVERIFY2(recommendation.table != QLatin1String("cold_data"), qPrintable(describe(advice)));
    }

    void parsesWithoutQualstats()
    {
        PITWALL_REQUIRE_LAB(lab);
        // With pg_qualstats emptied, the columns come from PostgreSQL's parser on the statements' text.
        sql(*m_super, "SELECT pg_qualstats_reset()");
        const Profile profile = labProfile(lab, {QStringLiteral("lab-pg")});
        IndexAdvisor advisor(*profile.source(QStringLiteral("lab-pg")), profile);
        const IndexAdvice advice = advisor.advise();
        QVERIFY2(advice.problem.isEmpty(), qPrintable(describe(advice)));
        const auto recommendations = computed(advice);
        QVERIFY2(std::any_of(recommendations.cbegin(), recommendations.cend(),
                             [](const auto &r) {
                                 return r.table == QLatin1String("orders")
                                     && r.columns == QStringList{QStringLiteral("customer_id")};
                             }),
                 qPrintable(describe(advice)));
        for (const auto &recommendation : recommendations)
            QVERIFY2(recommendation.table != QLatin1String("customers"), qPrintable(describe(advice)));
    }

    void quotesStrangeNames()
    {
        PITWALL_REQUIRE_LAB(lab);
        Psql app(lab, QStringLiteral("lab_app"));
        const auto cleanup = qScopeGuard([&] { app.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(oddTableSql)); });
        QVERIFY(app.exec(QStringLiteral("DROP TABLE IF EXISTS %1; CREATE TABLE %1 (id int, %2 int, note text); "
                                        "INSERT INTO %1 SELECT i, i % 5000, 'n' FROM generate_series(1, 300000) i; "
                                        "ANALYZE %1;")
                             .arg(oddTableSql, oddColumnSql)));
        QString statements;
        for (int i = 0; i < 10; ++i)
            statements
                += QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = %3;").arg(oddTableSql, oddColumnSql).arg(i);
        // Written more than read: every single-row insert would also write the index.
        for (int i = 0; i < 30; ++i)
            statements += QStringLiteral("INSERT INTO %1 VALUES (%2, %2, 'w');").arg(oddTableSql).arg(i);
        QVERIFY(app.exec(statements));

        const Profile profile = labProfile(lab, {QStringLiteral("lab-pg")});
        IndexAdvisor advisor(*profile.source(QStringLiteral("lab-pg")), profile);
        const IndexAdvice advice = advisor.advise();
        QVERIFY2(advice.problem.isEmpty(), qPrintable(describe(advice)));
        const auto recommendations = computed(advice);
        const auto odd = std::find_if(recommendations.cbegin(), recommendations.cend(),
                                      [](const auto &r) { return r.table == oddTable; });
        QVERIFY2(odd != recommendations.cend(), qPrintable(describe(advice)));
        QCOMPARE(odd->columns, QStringList{oddColumn});
        // Its reads and writes as pg_stat_statements counts them, read by the test.
        double reads = 0;
        double writes = 0;
        for (const Statement &statement : readStatements(*m_super)) {
            if (statement.query.startsWith(QStringLiteral("INSERT INTO ") + oddTableSql))
                writes += statement.calls;
            else if (statement.query.startsWith(QStringLiteral("SELECT count(*) FROM ") + oddTableSql))
                reads += statement.calls;
        }
        QCOMPARE(odd->writeCalls, writes);
        QCOMPARE(odd->readCalls, reads);
        QVERIFY(writes > reads);
        QVERIFY(odd->writeHeavy);
        // The table and y (never created) are as they were: nothing but plans was sent.
        QCOMPARE(app.value(QStringLiteral("SELECT count(*) FROM %1").arg(oddTableSql)), QStringLiteral("300030"));
        QCOMPARE(app.value(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE tablename = 'x\"; DROP TABLE y; --'")),
                 QStringLiteral("0"));
    }

    void singleAndTwoColumnIndexesAreToldApart()
    {
        // One statement a single column serves, one that needs two: both are proven in the same run,
        // with HypoPG handing out the same OIDs again after each reset.
        PITWALL_REQUIRE_LAB(lab);
        Psql app(lab, QStringLiteral("lab_app"));
        const auto cleanup = qScopeGuard([&] { app.exec(QStringLiteral("DROP TABLE IF EXISTS advisor_pairs")); });
        QVERIFY(app.exec(QStringLiteral(
            "DROP TABLE IF EXISTS advisor_pairs; CREATE TABLE advisor_pairs (a int, b int, c int, filler text); "
            "INSERT INTO advisor_pairs SELECT i, i % 100, (i / 100) % 100, 'f' FROM generate_series(1, 200000) i; "
            "ANALYZE advisor_pairs;")));
        const QString byA = QStringLiteral("SELECT filler FROM advisor_pairs WHERE a = $1");
        const QString byBC = QStringLiteral("SELECT count(*) FROM advisor_pairs WHERE b = $1 AND c = $2");
        QString statements;
        for (int i = 1; i <= 30; ++i)
            statements += QStringLiteral("SELECT filler FROM advisor_pairs WHERE a = %1;").arg(i * 7);
        for (int i = 1; i <= 10; ++i)
            statements
                += QStringLiteral("SELECT count(*) FROM advisor_pairs WHERE b = %1 AND c = %2;").arg(i).arg(i * 3);
        QVERIFY(app.exec(statements));

        const Profile profile = labProfile(lab, {QStringLiteral("lab-pg")});
        IndexAdvisor advisor(*profile.source(QStringLiteral("lab-pg")), profile);
        const IndexAdvice advice = advisor.advise();
        QVERIFY2(advice.problem.isEmpty(), qPrintable(describe(advice)));
        QMap<QString, QStringList> helped; // columns → the statements that index helps
        for (const auto &recommendation : computed(advice)) {
            if (recommendation.table != QLatin1String("advisor_pairs"))
                continue;
            for (const auto &statement : recommendation.statements)
                helped[recommendation.columns.join(QLatin1Char(','))] << statement.query;
        }
        QStringList pair = helped.keys();
        pair.removeAll(QStringLiteral("a"));
        QVERIFY2(helped.value(QStringLiteral("a")) == QStringList{byA}, qPrintable(describe(advice)));
        QVERIFY2(pair == QStringList{QStringLiteral("b,c")} || pair == QStringList{QStringLiteral("c,b")},
                 qPrintable(describe(advice)));
        QCOMPARE(helped.value(pair.first()), QStringList{byBC});
        // The planner's own numbers, read by the test: each index does for its statement what the advice says.
        for (const QString &columns : helped.keys()) {
            const QString query = helped.value(columns).first();
            const double before = genericCost(*m_super, query);
            const double after
                = genericCost(*m_super, query, QStringLiteral("CREATE INDEX ON advisor_pairs (%1)").arg(columns));
            QVERIFY2(after <= 0.5 * before,
                     qPrintable(QStringLiteral("%1: %2 → %3").arg(columns).arg(before).arg(after)));
        }
    }

    void curatedIndexesBesideComputedOnes()
    {
        PITWALL_REQUIRE_LAB(lab);
        Profile profile = labProfile(lab, {QStringLiteral("lab-pg")});
        SourceConfig source = *profile.source(QStringLiteral("lab-pg"));
        source.indexes
            = {CuratedIndex{QStringLiteral("public.orders"), {QStringLiteral("status"), QStringLiteral("created_at")}},
               // present already: not shown
               CuratedIndex{QStringLiteral("public.customers"), {QStringLiteral("email")}},
               CuratedIndex{QStringLiteral("public.transactions"), {QStringLiteral("user_id")}}};
        IndexAdvisor advisor(source, profile);
        const IndexAdvice advice = advisor.advise();
        QVERIFY2(advice.problem.isEmpty(), qPrintable(describe(advice)));
        QList<IndexRecommendation> curated;
        for (const auto &recommendation : advice.recommendations) {
            if (recommendation.state == IndexRecommendation::State::Curated)
                curated << recommendation;
        }
        QVERIFY2(curated.size() == 1, qPrintable(describe(advice)));
        QCOMPARE(curated.first().display(), QStringLiteral("public.orders (status, created_at)"));
        QVERIFY(curated.first().sizeBytes > 0);
        QVERIFY2(advice.notes.join(QLatin1Char('\n')).contains(QLatin1String("no table public.transactions")),
                 qPrintable(describe(advice)));
    }

    void monitoringRoleSaysWhatIsMissing()
    {
        PITWALL_REQUIRE_LAB(lab);
        Profile profile = labProfile(lab, {QStringLiteral("lab-pg")});
        SourceConfig source = *profile.source(QStringLiteral("lab-pg"));
        source.actionUrl = QUrl();
        IndexAdvisor advisor(source, profile);
        const IndexAdvice advice = advisor.advise();
        QVERIFY(advice.recommendations.isEmpty());
        QVERIFY2(advice.problem.contains(QLatin1String("pitwall_monitor")), qPrintable(advice.problem));
        QVERIFY2(advice.problem.contains(QLatin1String("grant pg_read_all_data to pitwall_monitor")),
                 qPrintable(advice.problem));
        QVERIFY2(advice.problem.contains(QLatin1String("action_url")), qPrintable(advice.problem));
    }

    void runnerAdvisesOffTheCallersThread()
    {
        PITWALL_REQUIRE_LAB(lab);
        IndexAdvisorRunner runner(labProfile(lab, {QStringLiteral("lab-pg"), QStringLiteral("lab-redis")}));
        QCOMPARE(runner.sources(), QStringList{QStringLiteral("lab-pg")});
        QSignalSpy advised(&runner, &IndexAdvisorRunner::advised);
        QSignalSpy finished(&runner, &IndexAdvisorRunner::finished);
        runner.refresh();
        QVERIFY(runner.isRunning());
        runner.refresh(); // ignored while running
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120'000);
        QCOMPARE(advised.size(), 1);
        const auto advice = advised.first().first().value<IndexAdvice>();
        QCOMPARE(advice.source, QStringLiteral("lab-pg"));
        QVERIFY2(advice.problem.isEmpty(), qPrintable(advice.problem));
        QVERIFY(!runner.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestIndexAdvisorLab)
#include "tst_indexadvisor_lab.moc"

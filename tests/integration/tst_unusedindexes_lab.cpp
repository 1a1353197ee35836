// Indexes the statistics say can go, against the lab's PostgreSQL: a table
// made to have an unused index, one that repeats the leading column of
// another, an invalid leftover of a failed CREATE INDEX CONCURRENTLY, and
// beside them a scanned index, a primary key and a unique index that are
// never to be listed. Each listed one with its size and its table's writes,
// as the test reads them from the server. Then the advised drop through the
// action machinery: planned, confirmed by the index's name, audited; and
// refused for the primary key and for the scanned index.

#include "actionprobe.h"
#include "advicetext.h"
#include "indexadvisor.h"
#include "labenvironment.h"
#include "labpostgres.h"
#include "psql.h"

#include <QScopeGuard>
#include <QtTest>

using namespace Pitwall;
using namespace Pitwall::Test;

namespace {

const QString table = QStringLiteral("advisor_leftovers");

Profile labActions(const LabEnvironment &lab)
{
    QFile file(lab.profilePath());
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the lab's profile");
    qputenv("PGPASSFILE", lab.value(QStringLiteral("PGPASSFILE")).toLocal8Bit());
    return actionProfile(QString::fromUtf8(file.readAll()));
}

using Test::describe;

} // namespace

class TestUnusedIndexesLab : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<pqxx::connection> m_super;

    double value(const std::string &query) { return sql(*m_super, query)[0][0].as<double>(0); }

private Q_SLOTS:
    void initTestCase()
    {
        PITWALL_REQUIRE_LAB(lab);
        m_super
            = std::make_unique<pqxx::connection>(labConnection(lab, QStringLiteral("postgres"), QStringLiteral("lab")));
        Psql app(lab, QStringLiteral("lab_app"));
        QVERIFY(app.exec(
            QStringLiteral("DROP TABLE IF EXISTS advisor_leftovers; "
                           "CREATE TABLE advisor_leftovers (id int PRIMARY KEY, a int, b int, c int, d int, e int); "
                           "INSERT INTO advisor_leftovers SELECT i, i % 1000, i % 7, i % 500, i % 300, i FROM "
                           "generate_series(1, 50000) i; "
                           "CREATE INDEX leftovers_a ON advisor_leftovers (a); "
                           "CREATE INDEX leftovers_ab ON advisor_leftovers (a, b); "
                           "CREATE INDEX leftovers_c ON advisor_leftovers (c); "
                           "CREATE INDEX leftovers_d ON advisor_leftovers (d); "
                           "CREATE UNIQUE INDEX leftovers_e ON advisor_leftovers (e); "
                           "ANALYZE advisor_leftovers;")));
        // A build that fails half-way leaves an invalid index behind.
        QVERIFY(!app.exec(
            QStringLiteral("CREATE INDEX CONCURRENTLY leftovers_broken ON advisor_leftovers ((100 / (b - 3)))")));
        QCOMPARE(app.value(QStringLiteral("SELECT indisvalid FROM pg_index WHERE indexrelid = "
                                          "'leftovers_broken'::regclass")),
                 QStringLiteral("f"));
        // The scanned ones are scanned.
        QVERIFY(app.exec(QStringLiteral("SET enable_seqscan = off; SET enable_bitmapscan = off; "
                                        "SELECT count(*) FROM advisor_leftovers WHERE a = 5 AND b = 5; "
                                        "SELECT count(*) FROM advisor_leftovers WHERE d = 5;")));
        QTRY_VERIFY_WITH_TIMEOUT(value("SELECT idx_scan FROM pg_stat_user_indexes WHERE indexrelname = 'leftovers_d'")
                                         > 0
                                     && value("SELECT idx_scan FROM pg_stat_user_indexes "
                                              "WHERE indexrelname = 'leftovers_ab'")
                                         > 0
                                     && value("SELECT n_tup_ins FROM pg_stat_user_tables "
                                              "WHERE relname = 'advisor_leftovers'")
                                         >= 50000,
                                 10'000);
    }

    void cleanupTestCase()
    {
        PITWALL_REQUIRE_LAB(lab);
        Psql(lab, QStringLiteral("lab_app")).exec(QStringLiteral("DROP TABLE IF EXISTS advisor_leftovers"));
    }

    void listsUnusedDuplicateAndInvalidIndexes()
    {
        PITWALL_REQUIRE_LAB(lab);
        const Profile profile = labProfile(lab, {QStringLiteral("lab-pg")});
        IndexAdvisor advisor(*profile.source(QStringLiteral("lab-pg")), profile);
        const IndexAdvice advice = advisor.advise();
        QVERIFY2(advice.problem.isEmpty(), qPrintable(describe(advice)));
        QMap<QString, IndexAdvice::Droppable> listed;
        for (const auto &index : advice.droppable) {
            if (index.table == table)
                listed.insert(index.index, index);
        }
        QCOMPARE(listed.keys(),
                 (QStringList{QStringLiteral("leftovers_a"), QStringLiteral("leftovers_broken"),
                              QStringLiteral("leftovers_c")}));
        using Reason = IndexAdvice::Droppable::Reason;
        QCOMPARE(listed.value(QStringLiteral("leftovers_a")).reason, Reason::Duplicate);
        QCOMPARE(listed.value(QStringLiteral("leftovers_a")).coveredBy, QStringLiteral("public.leftovers_ab"));
        QCOMPARE(listed.value(QStringLiteral("leftovers_broken")).reason, Reason::Invalid);
        QCOMPARE(listed.value(QStringLiteral("leftovers_c")).reason, Reason::Unused);
        // Size, scans and the table's writes as the server gives them, read by the test.
        const double writes = value("SELECT n_tup_ins + n_tup_upd + n_tup_del FROM pg_stat_user_tables "
                                    "WHERE relname = 'advisor_leftovers'");
        for (const auto &index : std::as_const(listed)) {
            QCOMPARE(double(index.sizeBytes),
                     value("SELECT pg_relation_size(" + m_super->quote(index.qualifiedIndex().toStdString())
                           + "::regclass)"));
            QCOMPARE(double(index.scans),
                     value("SELECT idx_scan FROM pg_stat_user_indexes WHERE indexrelname = "
                           + m_super->quote(index.index.toStdString())));
            QCOMPARE(index.tableWrites, writes);
            QVERIFY(index.statsAgeSeconds > 0);
        }
        QVERIFY2(advice.notes.join(QLatin1Char('\n')).contains(QLatin1String("not on a plan")),
                 qPrintable(describe(advice)));
    }

    void dropsAnAdvisedIndexOnlyWhenConfirmed()
    {
        PITWALL_REQUIRE_LAB(lab);
        ActionRequest drop;
        drop.kind = ActionRequest::Kind::DropIndex;
        drop.source = QStringLiteral("lab-pg");
        drop.advisedDrop = true;
        drop.targets = {QStringLiteral("public.leftovers_c")};
        ActionProbe probe(labActions(lab));
        QVERIFY(probe.plan(drop));
        const ActionPlan &plan = probe.currentPlan();
        QVERIFY2(plan.isRunnable(), qPrintable(plan.toText()));
        QCOMPARE(plan.confirmWord, QStringLiteral("leftovers_c"));
        QVERIFY2(plan.statements.join(QLatin1Char('\n'))
                     .contains(QLatin1String("DROP INDEX CONCURRENTLY IF EXISTS \"public\".\"leftovers_c\"")),
                 qPrintable(plan.toText()));
        QVERIFY2(plan.touches.join(QLatin1Char('\n')).contains(QLatin1String("unused")), qPrintable(plan.toText()));
        QVERIFY(probe.run(QStringLiteral("wrong")).status != ActionOutcome::Status::Done);
        QCOMPARE(value("SELECT count(*) FROM pg_class WHERE relname = 'leftovers_c'"), 1.0);
        QVERIFY(probe.plan(drop));
        QCOMPARE(probe.run(QStringLiteral("leftovers_c")).status, ActionOutcome::Status::Done);
        QCOMPARE(value("SELECT count(*) FROM pg_class WHERE relname = 'leftovers_c'"), 0.0);
        const QList<QJsonObject> audit = probe.auditLines();
        QVERIFY(!audit.isEmpty());
        QVERIFY2(QJsonDocument(audit.last()).toJson().contains("leftovers_c"),
                 QJsonDocument(audit.last()).toJson().constData());

        // Never the primary key, never a scanned index.
        for (const QString &kept : {QStringLiteral("public.advisor_leftovers_pkey"),
                                    QStringLiteral("public.leftovers_d"), QStringLiteral("public.leftovers_e")}) {
            drop.targets = {kept};
            ActionProbe refused(labActions(lab));
            QVERIFY(refused.plan(drop));
            QVERIFY2(!refused.currentPlan().isRunnable(), qPrintable(kept));
            QVERIFY2(refused.currentPlan().refusal.contains(QLatin1String("not an index the advisor would drop")),
                     qPrintable(refused.currentPlan().refusal));
        }
        QCOMPARE(value("SELECT count(*) FROM pg_class WHERE relname IN ('advisor_leftovers_pkey', 'leftovers_d', "
                       "'leftovers_e')"),
                 3.0);
    }
};

QTEST_GUILESS_MAIN(TestUnusedIndexesLab)
#include "tst_unusedindexes_lab.moc"

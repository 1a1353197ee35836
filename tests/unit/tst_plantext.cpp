// EXPLAIN (FORMAT JSON) as the advice shows it: one line a node, indented
// under its parent, with its conditions below it.

#include "plantext.h"

#include <QtTest>

using namespace Pitwall;

class TestPlanText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsATree()
    {
        // As PostgreSQL 15 gave it for a join the advisor proved (trimmed to the keys read).
        const QString json = QString::fromUtf8(R"json([{"Plan": {"Node Type": "Aggregate", "Strategy": "Plain",
            "Startup Cost": 52.1, "Total Cost": 52.11, "Plan Rows": 1, "Plans": [
              {"Node Type": "Nested Loop", "Join Type": "Inner", "Startup Cost": 0.84, "Total Cost": 52.0,
               "Plan Rows": 40, "Plans": [
                 {"Node Type": "Index Scan", "Index Name": "<13556>btree_shape_join_l_b",
                  "Relation Name": "shape_join_l", "Alias": "l", "Scan Direction": "Forward",
                  "Startup Cost": 0.42, "Total Cost": 20.5, "Plan Rows": 40, "Index Cond": "(b = $1)"},
                 {"Node Type": "Seq Scan", "Relation Name": "shape_join_r", "Alias": "shape_join_r",
                  "Startup Cost": 0, "Total Cost": 3.1, "Plan Rows": 1, "Filter": "(a = l.a)"}]}]}}])json");
        QCOMPARE(PlanText::fromJson(json),
                 QStringLiteral("Aggregate  (cost=52.10..52.11 rows=1)\n"
                                "    ->  Nested Loop  (cost=0.84..52.00 rows=40)\n"
                                "        ->  Index Scan using <13556>btree_shape_join_l_b on shape_join_l l  "
                                "(cost=0.42..20.50 rows=40)\n"
                                "              Index Cond: (b = $1)\n"
                                "        ->  Seq Scan on shape_join_r  (cost=0.00..3.10 rows=1)\n"
                                "              Filter: (a = l.a)"));
    }

    void nothingForWhatIsNoPlan()
    {
        QCOMPARE(PlanText::fromJson(QString()), QString());
        QCOMPARE(PlanText::fromJson(QStringLiteral("{\"x\": 1}")), QString());
    }
};

QTEST_GUILESS_MAIN(TestPlanText)
#include "tst_plantext.moc"

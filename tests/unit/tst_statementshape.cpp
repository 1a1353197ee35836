// The columns a normalised statement filters, joins and sorts on, as
// PostgreSQL's own parser (libpg_query) sees them: the index advisor's
// fallback where pg_qualstats cannot be read.

#include "statementshape.h"

#include <QtTest>

using namespace Pitwall;

namespace {
using Use = StatementShape::Use;

/// "table.column:use" for each column the statement uses, in order.
QStringList uses(const StatementShape &shape)
{
    QStringList out;
    for (const auto &column : shape.columns) {
        const QString table = column.table >= 0 ? shape.tables.at(column.table).name : QStringLiteral("?");
        out << QStringLiteral("%1.%2:%3").arg(table, column.name, StatementShape::useName(column.use));
    }
    return out;
}
} // namespace

class TestStatementShape : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shapes_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("equality") << QStringLiteral("SELECT count(*), sum(amount) FROM orders WHERE customer_id = $1")
                                  << QStringList{QStringLiteral("orders.customer_id:equality")};
        QTest::newRow("reversed and range")
            << QStringLiteral("SELECT * FROM orders o WHERE $1 = o.customer_id AND o.created_at >= $2")
            << QStringList{QStringLiteral("orders.customer_id:equality"), QStringLiteral("orders.created_at:range")};
        QTest::newRow("between, in, null, sort")
            << QStringLiteral("SELECT id FROM public.orders WHERE created_at BETWEEN $1 AND $2 AND status IN ($3, $4) "
                              "AND amount IS NULL ORDER BY created_at DESC LIMIT $5")
            << QStringList{QStringLiteral("orders.created_at:range"), QStringLiteral("orders.status:equality"),
                           QStringLiteral("orders.amount:null test"), QStringLiteral("orders.created_at:sort")};
        QTest::newRow("join") << QStringLiteral(
            "SELECT c.name FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.email = $1")
                              << QStringList{QStringLiteral("customers.id:join"),
                                             QStringLiteral("orders.customer_id:join"),
                                             QStringLiteral("customers.email:equality")};
        QTest::newRow("leading wildcard") << QStringLiteral("SELECT count(*) FROM cold_data WHERE filler LIKE '%zz%'")
                                          << QStringList{QStringLiteral("cold_data.filler:pattern")};
        QTest::newRow("expression") << QStringLiteral("SELECT 1 FROM customers WHERE lower(email) = $1")
                                    << QStringList{QStringLiteral("customers.email:expression")};
        QTest::newRow("subquery") << QStringLiteral(
            "SELECT * FROM customers WHERE id IN (SELECT customer_id FROM orders WHERE status = $1)")
                                  << QStringList{QStringLiteral("customers.id:equality"),
                                                 QStringLiteral("orders.status:equality")};
        QTest::newRow("update") << QStringLiteral("UPDATE orders SET status = $1 WHERE id = $2")
                                << QStringList{QStringLiteral("orders.id:equality")};
        QTest::newRow("delete with schema and alias")
            << QStringLiteral("DELETE FROM s.t x WHERE x.k < $1") << QStringList{QStringLiteral("t.k:range")};
        QTest::newRow("ambiguous column")
            << QStringLiteral("SELECT 1 FROM a, b WHERE k = $1") << QStringList{QStringLiteral("?.k:equality")};
        QTest::newRow("no table") << QStringLiteral("SELECT pg_sleep($1)") << QStringList{};
        QTest::newRow("quoted names") << QStringLiteral("SELECT 1 FROM \"x\"\"; DROP TABLE y; --\" WHERE \"Cust "
                                                        "\"\"Id\"\"\" = $1")
                                      << QStringList{QStringLiteral("x\"; DROP TABLE y; --.Cust \"Id\":equality")};
    }

    void shapes()
    {
        QFETCH(QString, statement);
        QFETCH(QStringList, expected);
        const StatementShape shape = StatementShape::parse(statement);
        QVERIFY2(shape.isValid(), qPrintable(shape.error));
        QCOMPARE(uses(shape), expected);
    }

    void kinds()
    {
        QCOMPARE(StatementShape::parse(QStringLiteral("SELECT 1")).kind, StatementShape::Kind::Select);
        const auto insert = StatementShape::parse(QStringLiteral("INSERT INTO orders (customer_id) VALUES ($1)"));
        QCOMPARE(insert.kind, StatementShape::Kind::Insert);
        QVERIFY(insert.writes());
        QCOMPARE(insert.tables.first().name, QStringLiteral("orders"));
        QCOMPARE(StatementShape::parse(QStringLiteral("SET work_mem = $1")).kind, StatementShape::Kind::Other);
    }

    void patternConstantAndUnqualifiedScope()
    {
        const auto like = StatementShape::parse(QStringLiteral("SELECT 1 FROM t WHERE a LIKE '%zz%'"));
        QCOMPARE(like.columns.first().constant, QStringLiteral("%zz%"));
        QCOMPARE(like.columns.first().text, QStringLiteral("a ~~ '%zz%'"));
        const auto ambiguous
            = StatementShape::parse(QStringLiteral("SELECT 1 FROM a JOIN b ON a.i = b.i WHERE k = $1"));
        QCOMPARE(ambiguous.columns.last().scope, (QList<int>{0, 1}));
    }

    void unwrapsPreparedAndCursorQueries_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("types");
        QTest::newRow("prepare with types")
            << QStringLiteral("PREPARE p1 (int, numeric(10,2)) AS SELECT 1 FROM t "
                              "WHERE a = $1 AND b > $2")
            << QStringLiteral("SELECT 1 FROM t WHERE a = $1 AND b > $2") << QStringLiteral("(int, numeric(10,2))");
        QTest::newRow("prepare, quoted name, comment")
            << QStringLiteral("/* app */ prepare \"By Id\"\n  as\tUPDATE t SET c = $1 WHERE id = $2")
            << QStringLiteral("UPDATE t SET c = $1 WHERE id = $2") << QString();
        QTest::newRow("cursor") << QStringLiteral(
            "DECLARE c1 NO SCROLL CURSOR WITH HOLD FOR SELECT * FROM t WHERE a = 5")
                                << QStringLiteral("SELECT * FROM t WHERE a = 5") << QString();
        QTest::newRow("plain") << QStringLiteral("SELECT 1 FROM t WHERE a = $1")
                               << QStringLiteral("SELECT 1 FROM t WHERE a = $1") << QString();
    }

    void unwrapsPreparedAndCursorQueries()
    {
        QFETCH(QString, statement);
        QFETCH(QString, body);
        QFETCH(QString, types);
        const StatementShape shape = StatementShape::parse(statement);
        QVERIFY2(shape.isValid(), qPrintable(shape.error));
        QCOMPARE(shape.plannable.body, body);
        QCOMPARE(shape.plannable.parameterTypes, types);
        QVERIFY(shape.kind != StatementShape::Kind::Other);
        QVERIFY(!shape.columns.isEmpty());
    }

    void updateSetColumns()
    {
        const auto update
            = StatementShape::parse(QStringLiteral("UPDATE t SET b = $1, (c, d) = ($2, $3) WHERE a = $4"));
        QCOMPARE(update.setColumns, (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
    }

    void refusesWhatDoesNotParse()
    {
        const auto broken = StatementShape::parse(QStringLiteral("SELEC 1 FROM"));
        QVERIFY(!broken.isValid());
        QVERIFY2(broken.error.contains(QLatin1String("syntax error")), qPrintable(broken.error));
        QVERIFY(!StatementShape::parse(QStringLiteral("SELECT 1; SELECT 2")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestStatementShape)
#include "tst_statementshape.moc"

// The index advisor against every shape in which a real workload's statements
// reach pg_stat_statements: each shape sent to the lab's PostgreSQL the way
// its client sends it (protocol-level prepare, SQL PREPARE/EXECUTE, a psql
// script's multi-statement string, CTEs, subqueries, joins, ORDER BY … LIMIT,
// IN and = ANY, ranges, UPDATE/DELETE … RETURNING, quoted names in a schema
// of their own, reached qualified or through the search path), each on a
// table of its own. The index each one should get is computed here from the
// planner itself, with HypoPG: every column of the shape's tables indexed
// hypothetically, singly and in pairs, and the indexes the generic plan then
// uses. A statement with nothing to recommend must come with a reason. The
// statements read columns no two-column index covers: the advisor proposes
// indexes on what a statement filters, joins and sorts on, not covering ones.

#include "advicetext.h"
#include "indexadvisor.h"
#include "labenvironment.h"
#include "labpostgres.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

#include <functional>

using namespace Pitwall;
using namespace Pitwall::Test;

namespace {

constexpr int rowsPerTable = 200'000;
constexpr int callsPerShape = 20;
const QString shapeSchema = QStringLiteral("Shape Sales");

/// One way a client sends a statement.
struct Shape
{
    QString name;
    /// The tables it reads, as SQL spells them.
    QStringList tables;
    /// What identifies its pg_stat_statements entry.
    QString needle;
    /// The statement the planner runs, with its parameters' types if it names them, and the search path its
    /// client had.
    QString plannable;
    QString parameterTypes;
    QString searchPath;
    /// Sends the statement callsPerShape times as that client does.
    std::function<void(pqxx::connection &)> send;
};

/// `table (a, b)`, as the comparison reads an index.
using IndexKey = QString;

QString key(const QString &table, const QStringList &columns)
{
    return table + QStringLiteral(" (") + columns.join(QLatin1String(", ")) + QLatin1Char(')');
}

/// What the planner says of a statement, read by the test.
struct Oracle
{
    double base = 0;
    double best = 0;
    QSet<IndexKey> expected;
};

void exec(pqxx::connection &connection, const QString &statement)
{
    pqxx::nontransaction tx(connection);
    tx.exec(statement.toStdString());
}

QList<Shape> shapes()
{
    QList<Shape> list;
    const auto simple = [](const QString &name, const QString &table, const QString &plannable,
                           std::function<QString(int)> statement) {
        Shape shape{name, {table}, table, plannable, {}, {}, {}};
        shape.send = [statement](pqxx::connection &connection) {
            for (int i = 1; i <= callsPerShape; ++i)
                exec(connection, statement(i));
        };
        return shape;
    };

    Shape protocol{QStringLiteral("protocol-level prepare (PQprepare)"),
                   {QStringLiteral("shape_protocol")},
                   QStringLiteral("shape_protocol"),
                   QStringLiteral("SELECT count(*) FROM shape_protocol WHERE b = $1"),
                   {},
                   {},
                   {}};
    protocol.send = [](pqxx::connection &connection) {
        connection.prepare("shape_protocol", "SELECT count(*) FROM shape_protocol WHERE b = $1");
        for (int i = 1; i <= callsPerShape; ++i) {
            pqxx::nontransaction tx(connection);
            tx.exec_prepared("shape_protocol", i * 7);
        }
        connection.unprepare("shape_protocol");
    };
    list << protocol;

    Shape sqlPrepare{QStringLiteral("SQL PREPARE / EXECUTE"),
                     {QStringLiteral("shape_sqlprepare")},
                     QStringLiteral("shape_sqlprepare"),
                     QStringLiteral("SELECT id, pad FROM shape_sqlprepare WHERE b = $1"),
                     QStringLiteral("(int)"),
                     {},
                     {}};
    sqlPrepare.send = [](pqxx::connection &connection) {
        exec(connection,
             QStringLiteral("PREPARE shape_by_b (int) AS SELECT id, pad FROM shape_sqlprepare WHERE b = $1"));
        for (int i = 1; i <= callsPerShape; ++i)
            exec(connection, QStringLiteral("EXECUTE shape_by_b(%1)").arg(i * 11));
        exec(connection, QStringLiteral("DEALLOCATE shape_by_b"));
    };
    list << sqlPrepare;

    Shape script{QStringLiteral("psql script, many statements in one string"),
                 {QStringLiteral("shape_script")},
                 QStringLiteral("shape_script"),
                 QStringLiteral("SELECT count(*) FROM shape_script WHERE b = $1"),
                 {},
                 {},
                 {}};
    script.send = [](pqxx::connection &connection) {
        QString many;
        for (int i = 1; i <= callsPerShape; ++i)
            many += QStringLiteral("-- step %1\nSELECT count(*) FROM shape_script WHERE b = %2;\n").arg(i).arg(i * 13);
        exec(connection, many);
    };
    list << script;

    list << simple(QStringLiteral("ORM CTE"), QStringLiteral("shape_cte"),
                   QStringLiteral("WITH recent AS (SELECT id, pad FROM shape_cte WHERE b = $1) SELECT count(*) FROM "
                                  "recent"),
                   [](int i) {
                       return QStringLiteral("WITH recent AS (SELECT id, pad FROM shape_cte WHERE b = %1) "
                                             "SELECT count(*) FROM recent")
                           .arg(i * 17);
                   });
    list << simple(
        QStringLiteral("subquery in FROM"), QStringLiteral("shape_subquery"),
        QStringLiteral("SELECT s.id, s.pad FROM (SELECT id, pad FROM shape_subquery WHERE c = $1) s"), [](int i) {
            return QStringLiteral("SELECT s.id, s.pad FROM (SELECT id, pad FROM shape_subquery WHERE c = %1) s")
                .arg(i * 3);
        });

    Shape join{QStringLiteral("join (keys on both sides)"),
               {QStringLiteral("shape_join_l"), QStringLiteral("shape_join_r")},
               QStringLiteral("shape_join_l"),
               QStringLiteral("SELECT max(l.pad), max(r.pad), max(r.c) FROM shape_join_l l JOIN shape_join_r r ON r.a "
                              "= l.a WHERE l.b = $1"),
               {},
               {},
               {}};
    join.send = [](pqxx::connection &connection) {
        for (int i = 1; i <= callsPerShape; ++i)
            exec(connection,
                 QStringLiteral("SELECT max(l.pad), max(r.pad), max(r.c) FROM shape_join_l l JOIN shape_join_r r ON "
                                "r.a = l.a WHERE l.b = %1")
                     .arg(i * 19));
    };
    list << join;

    list << simple(QStringLiteral("ORDER BY … LIMIT"), QStringLiteral("shape_sort"),
                   QStringLiteral("SELECT id, pad FROM shape_sort ORDER BY a DESC LIMIT $1"), [](int i) {
                       return QStringLiteral("SELECT id, pad FROM shape_sort ORDER BY a DESC LIMIT %1").arg(i);
                   });
    list << simple(QStringLiteral("IN list"), QStringLiteral("shape_in"),
                   QStringLiteral("SELECT count(*) FROM shape_in WHERE b IN ($1, $2, $3)"), [](int i) {
                       return QStringLiteral("SELECT count(*) FROM shape_in WHERE b IN (%1, %2, %3)")
                           .arg(i)
                           .arg(i + 100)
                           .arg(i + 200);
                   });

    Shape any{QStringLiteral("= ANY($1), protocol-level"),
              {QStringLiteral("shape_any")},
              QStringLiteral("shape_any"),
              QStringLiteral("SELECT count(*) FROM shape_any WHERE b = ANY($1)"),
              QStringLiteral("(int[])"),
              {},
              {}};
    any.send = [](pqxx::connection &connection) {
        connection.prepare("shape_any", "SELECT count(*) FROM shape_any WHERE b = ANY($1)");
        for (int i = 1; i <= callsPerShape; ++i) {
            pqxx::nontransaction tx(connection);
            tx.exec_prepared("shape_any", QStringLiteral("{%1,%2}").arg(i).arg(i + 50).toStdString());
        }
        connection.unprepare("shape_any");
    };
    list << any;

    list << simple(
        QStringLiteral("BETWEEN"), QStringLiteral("shape_between"),
        QStringLiteral("SELECT count(*), max(pad), max(c) FROM shape_between WHERE a BETWEEN $1 AND $2"), [](int i) {
            return QStringLiteral("SELECT count(*), max(pad), max(c) FROM shape_between WHERE a BETWEEN %1 AND %2")
                .arg(i * 1000)
                .arg(i * 1000 + 50);
        });
    list << simple(
        QStringLiteral(">= and <"), QStringLiteral("shape_range"),
        QStringLiteral("SELECT count(*), max(pad), max(c) FROM shape_range WHERE a >= $1 AND a < $2"), [](int i) {
            return QStringLiteral("SELECT count(*), max(pad), max(c) FROM shape_range WHERE a >= %1 AND a < %2")
                .arg(i * 1000)
                .arg(i * 1000 + 50);
        });
    list << simple(
        QStringLiteral("open range (>)"), QStringLiteral("shape_open"),
        QStringLiteral("SELECT count(*), max(pad), max(c) FROM shape_open WHERE a > $1"), [](int i) {
            return QStringLiteral("SELECT count(*), max(pad), max(c) FROM shape_open WHERE a > %1").arg(i * 1000);
        });

    Shape cursor{QStringLiteral("server-side cursor (DECLARE … FOR)"),
                 {QStringLiteral("shape_cursor")},
                 QStringLiteral("shape_cursor"),
                 QStringLiteral("SELECT id, pad FROM shape_cursor WHERE b = 42"),
                 {},
                 {},
                 {}};
    cursor.send = [](pqxx::connection &connection) {
        // The cursor's text is recorded as sent, constants and all: the same one each time, as a client that
        // binds nothing into it sends it.
        for (int i = 1; i <= callsPerShape; ++i)
            exec(connection,
                 QStringLiteral("BEGIN; DECLARE shape_rows CURSOR FOR SELECT id, pad FROM shape_cursor "
                                "WHERE b = 42; FETCH 10 FROM shape_rows; COMMIT"));
    };
    list << cursor;

    list << simple(QStringLiteral("UPDATE … WHERE … RETURNING"), QStringLiteral("shape_update"),
                   QStringLiteral("UPDATE shape_update SET c = c + $1 WHERE b = $2 RETURNING id"), [](int i) {
                       return QStringLiteral("UPDATE shape_update SET c = c + 1 WHERE b = %1 RETURNING id").arg(i * 23);
                   });
    list << simple(QStringLiteral("UPDATE of the filtered column"), QStringLiteral("shape_hot"),
                   QStringLiteral("UPDATE shape_hot SET b = b + $1, c = $2 WHERE b = $3"), [](int i) {
                       return QStringLiteral("UPDATE shape_hot SET b = b + 0, c = %1 WHERE b = %2").arg(i).arg(i * 41);
                   });
    list << simple(QStringLiteral("DELETE … WHERE … RETURNING"), QStringLiteral("shape_delete"),
                   QStringLiteral("DELETE FROM shape_delete WHERE b = $1 RETURNING id"), [](int i) {
                       return QStringLiteral("DELETE FROM shape_delete WHERE b = %1 RETURNING id").arg(i * 29);
                   });

    const QString qualified = QStringLiteral("\"Shape Sales\".\"Qualified Lines\"");
    list << simple(QStringLiteral("schema-qualified, quoted names"), qualified,
                   QStringLiteral("SELECT count(*) FROM %1 WHERE \"Sku\" = $1").arg(qualified), [qualified](int i) {
                       return QStringLiteral("SELECT count(*) FROM %1 WHERE \"Sku\" = %2").arg(qualified).arg(i * 31);
                   });

    Shape path{QStringLiteral("quoted names through search_path"),
               {QStringLiteral("\"Shape Sales\".\"Path Lines\"")},
               QStringLiteral("\"Path Lines\""),
               QStringLiteral("SELECT count(*) FROM \"Path Lines\" WHERE \"Sku\" = $1"),
               {},
               QStringLiteral("\"Shape Sales\""),
               {}};
    path.send = [](pqxx::connection &connection) {
        exec(connection, QStringLiteral("SET search_path = \"Shape Sales\""));
        for (int i = 1; i <= callsPerShape; ++i)
            exec(connection, QStringLiteral("SELECT count(*) FROM \"Path Lines\" WHERE \"Sku\" = %1").arg(i * 37));
        exec(connection, QStringLiteral("RESET search_path"));
    };
    list << path;
    return list;
}

using Test::describe;

} // namespace

class TestAdvisorShapesLab : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<pqxx::connection> m_super;
    QList<Shape> m_shapes = shapes();
    IndexAdvice m_advice;
    QStringList m_table;

    /// The generic plan of @p shape with @p indexes hypothetical: its cost and the indexes (as keys) it uses.
    std::pair<double, QSet<IndexKey>> plan(const Shape &shape, const QList<std::pair<QString, QStringList>> &indexes)
    {
        pqxx::nontransaction tx(*m_super);
        tx.exec("SELECT hypopg_reset()");
        QHash<QString, IndexKey> byOid;
        for (const auto &[table, columns] : indexes) {
            QStringList quoted;
            for (const QString &column : columns)
                quoted << QString::fromStdString(tx.quote_name(column.toStdString()));
            const auto oid = tx.exec("SELECT indexrelid FROM hypopg_create_index("
                                     + tx.quote(QStringLiteral("CREATE INDEX ON %1 (%2)")
                                                    .arg(table, quoted.join(QLatin1String(", ")))
                                                    .toStdString())
                                     + ")")[0][0]
                                 .as<quint32>();
            byOid.insert(QString::number(oid), key(table, columns));
        }
        tx.exec("BEGIN");
        if (!shape.searchPath.isEmpty())
            tx.exec("SET LOCAL search_path = " + shape.searchPath.toStdString());
        tx.exec("PREPARE tst_shape " + shape.parameterTypes.toStdString() + " AS " + shape.plannable.toStdString());
        const int parameters = tx.exec("SELECT coalesce(array_length(parameter_types, 1), 0) FROM "
                                       "pg_prepared_statements WHERE name = 'tst_shape'")[0][0]
                                   .as<int>();
        QStringList nulls;
        for (int i = 0; i < parameters; ++i)
            nulls << QStringLiteral("NULL");
        tx.exec("SET LOCAL plan_cache_mode = force_generic_plan");
        const QString json = QString::fromUtf8(
            tx.exec(
                  "EXPLAIN (FORMAT JSON) EXECUTE tst_shape"
                  + (parameters ? QStringLiteral("(%1)").arg(nulls.join(QLatin1String(", "))).toStdString() : ""))[0][0]
                .c_str());
        tx.exec("ROLLBACK");
        tx.exec("DEALLOCATE tst_shape");
        tx.exec("SELECT hypopg_reset()");
        const QJsonObject top
            = QJsonDocument::fromJson(json.toUtf8()).array().first().toObject().value(QLatin1String("Plan")).toObject();
        QSet<IndexKey> used;
        std::function<void(const QJsonObject &)> walk = [&](const QJsonObject &node) {
            const QString name = node.value(QLatin1String("Index Name")).toString();
            if (name.startsWith(QLatin1Char('<')))
                used.insert(byOid.value(name.mid(1, name.indexOf(QLatin1Char('>')) - 1)));
            for (const QJsonValue &child : node.value(QLatin1String("Plans")).toArray())
                walk(child.toObject());
        };
        walk(top);
        return {top.value(QLatin1String("Total Cost")).toDouble(), used};
    }

    QStringList columnsOf(const QString &table)
    {
        QStringList columns;
        pqxx::nontransaction tx(*m_super);
        for (const auto &row :
             tx.exec("SELECT attname FROM pg_attribute WHERE attrelid = " + tx.quote(table.toStdString())
                     + "::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum"))
            columns << QString::fromUtf8(row[0].c_str());
        return columns;
    }

    /// The index(es) the planner picks for @p shape among every column of its tables, singly and in pairs
    /// (a pair only where it is a tenth cheaper than the singles, as Dexter's rule goes), if they halve its cost.
    Oracle oracle(const Shape &shape)
    {
        Oracle result;
        result.base = plan(shape, {}).first;
        QList<std::pair<QString, QStringList>> singles;
        QList<std::pair<QString, QStringList>> pairs;
        for (const QString &table : shape.tables) {
            const QStringList columns = columnsOf(table);
            for (const QString &first : columns) {
                singles.append({table, {first}});
                for (const QString &second : columns) {
                    if (second != first)
                        pairs.append({table, {first, second}});
                }
            }
        }
        auto [cost, used] = plan(shape, singles);
        const auto [pairCost, pairUsed] = plan(shape, pairs);
        if (!pairUsed.isEmpty() && pairCost < 0.9 * cost) {
            cost = pairCost;
            used = pairUsed;
        }
        result.best = cost;
        if (cost <= 0.5 * result.base)
            result.expected = used;
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        PITWALL_REQUIRE_LAB(lab);
        m_super
            = std::make_unique<pqxx::connection>(labConnection(lab, QStringLiteral("postgres"), QStringLiteral("lab")));
        pqxx::connection app(labConnection(lab, QStringLiteral("lab_app"), QStringLiteral("lab")));
        exec(app, QStringLiteral("DROP SCHEMA IF EXISTS \"Shape Sales\" CASCADE; CREATE SCHEMA \"Shape Sales\""));
        for (const Shape &shape : std::as_const(m_shapes)) {
            for (const QString &table : shape.tables) {
                const bool quoted = table.contains(QLatin1Char('"'));
                exec(app,
                     QStringLiteral("DROP TABLE IF EXISTS %1; CREATE TABLE %1 (id int, a int, %2 int, c int, "
                                    "pad text); INSERT INTO %1 SELECT i, i, i % 5000, i % 10000, "
                                    "repeat('p', 40) FROM generate_series(1, %3) i; ANALYZE %1")
                         .arg(table, quoted ? QStringLiteral("\"Sku\"") : QStringLiteral("b"))
                         .arg(rowsPerTable));
            }
        }
        // A name two schemas off the advisor's search path hold: the name alone cannot say which one was meant.
        exec(app,
             QStringLiteral("DROP SCHEMA IF EXISTS \"Shape Other\" CASCADE; CREATE SCHEMA \"Shape Other\"; "
                            "CREATE TABLE \"Shape Sales\".twice (b int); CREATE TABLE \"Shape Other\".twice "
                            "(b int, pad text); INSERT INTO \"Shape Other\".twice SELECT i % 5000, "
                            "repeat('p', 40) FROM generate_series(1, %1) i; ANALYZE \"Shape Other\".twice")
                 .arg(rowsPerTable));
        // Only the shapes' own statements in the window.
        sql(*m_super, "SELECT pg_stat_statements_reset()");
        for (const Shape &shape : std::as_const(m_shapes)) {
            pqxx::connection client(labConnection(lab, QStringLiteral("lab_app"), QStringLiteral("lab")));
            shape.send(client);
        }
        exec(app, QStringLiteral("SET search_path = \"Shape Other\""));
        for (int i = 1; i <= callsPerShape; ++i)
            exec(app, QStringLiteral("SELECT count(*) FROM twice WHERE b = %1").arg(i));
        exec(app, QStringLiteral("RESET search_path"));
        const Profile profile = labProfile(lab, {QStringLiteral("lab-pg")});
        // Every shape judged whatever its time: a cursor's time goes to its FETCHes, not to the DECLARE that
        // holds its query, so by time alone the DECLARE would not be judged.
        IndexAdvisor::Options options;
        options.minTotalMs = 0;
        IndexAdvisor advisor(*profile.source(QStringLiteral("lab-pg")), profile, options);
        m_advice = advisor.advise();
        QVERIFY2(m_advice.problem.isEmpty(), qPrintable(describe(m_advice)));
    }

    void cleanupTestCase()
    {
        if (!m_table.isEmpty())
            qInfo().noquote() << QStringLiteral("\nshape | what the advisor yields\n")
                    + m_table.join(QLatin1Char('\n'));
        PITWALL_REQUIRE_LAB(lab);
        bestEffort(labConnection(lab, QStringLiteral("lab_app"), QStringLiteral("lab")),
                   "DROP SCHEMA IF EXISTS \"Shape Sales\" CASCADE; DROP SCHEMA IF EXISTS \"Shape Other\" CASCADE; "
                   "DROP TABLE IF EXISTS shape_protocol, "
                   "shape_sqlprepare, shape_script, shape_cte, shape_subquery, shape_join_l, shape_join_r, shape_sort, "
                   "shape_in, shape_any, shape_between, shape_range, shape_open, shape_cursor, shape_update, "
                   "shape_hot, shape_delete");
    }

    void aNameTwoSchemasHoldIsTheOnePgQualstatsSaw()
    {
        // The name alone cannot say which schema's table the client read; pg_qualstats saw the table itself.
        PITWALL_REQUIRE_LAB(lab);
        const auto twice = std::find_if(
            m_advice.recommendations.cbegin(), m_advice.recommendations.cend(), [](const IndexRecommendation &r) {
                return r.table == QLatin1String("twice")
                    && std::any_of(r.statements.cbegin(), r.statements.cend(), [](const auto &s) {
                           return s.query == QLatin1String("SELECT count(*) FROM twice WHERE b = $1");
                       });
            });
        QVERIFY2(twice != m_advice.recommendations.cend(), qPrintable(describe(m_advice)));
        QCOMPARE(twice->schema, QStringLiteral("Shape Other"));
        QCOMPARE(twice->columns, QStringList{QStringLiteral("b")});
        m_table << QStringLiteral("a name two schemas off the search path hold | ") + twice->display();
    }

    void warnsWhereTheIndexEndsHotUpdates()
    {
        PITWALL_REQUIRE_LAB(lab);
        const auto on = [&](const QString &table) {
            return std::find_if(m_advice.recommendations.cbegin(), m_advice.recommendations.cend(),
                                [&](const IndexRecommendation &r) { return r.table == table; });
        };
        // The index on b serves the UPDATE's filter and covers a column it sets: its updates stop being HOT.
        const auto hot = on(QStringLiteral("shape_hot"));
        QVERIFY2(hot != m_advice.recommendations.cend(), qPrintable(describe(m_advice)));
        QCOMPARE(hot->columns, QStringList{QStringLiteral("b")});
        QCOMPARE(hot->updatedColumns, QStringList{QStringLiteral("b")});
        const auto row = sql(*m_super,
                             "SELECT n_tup_upd, n_tup_hot_upd FROM pg_stat_user_tables "
                             "WHERE relid = 'shape_hot'::regclass")[0];
        QVERIFY2(hot->tableUpdates > 0 && hot->tableUpdates <= row[0].as<double>(),
                 qPrintable(QStringLiteral("%1 vs %2").arg(hot->tableUpdates).arg(row[0].as<double>())));
        QVERIFY(hot->hotUpdates <= hot->tableUpdates);
        QVERIFY(hot->hotUpdateRatio().has_value());
        // The UPDATE of c filters on b: an index on b leaves its HOT updates alone.
        const auto cold = on(QStringLiteral("shape_update"));
        QVERIFY2(cold != m_advice.recommendations.cend(), qPrintable(describe(m_advice)));
        QVERIFY(cold->updatedColumns.isEmpty());
    }

    void everyShapeGetsThePlannersIndex_data()
    {
        QTest::addColumn<int>("shape");
        for (int i = 0; i < m_shapes.size(); ++i)
            QTest::newRow(qPrintable(m_shapes.at(i).name)) << i;
    }

    void everyShapeGetsThePlannersIndex()
    {
        PITWALL_REQUIRE_LAB(lab);
        QFETCH(int, shape);
        const Shape &tested = m_shapes.at(shape);
        const Statements statements = readStatements(*m_super);
        QString queryId;
        for (auto it = statements.cbegin(); it != statements.cend(); ++it) {
            if (it->query.contains(tested.needle) && !it->query.startsWith(QLatin1String("DROP"))
                && !it->query.startsWith(QLatin1String("CREATE")) && !it->query.startsWith(QLatin1String("DEALLOCATE"))
                && !it->query.startsWith(QLatin1String("FETCH")))
                queryId = it.key();
        }
        QVERIFY2(!queryId.isEmpty(), "the shape's statement is not in pg_stat_statements");
        QCOMPARE(statements.value(queryId).calls, double(callsPerShape));

        QSet<IndexKey> advised;
        for (const auto &recommendation : m_advice.recommendations) {
            if (recommendation.database != QLatin1String("lab"))
                continue;
            for (const auto &statement : recommendation.statements) {
                if (statement.queryId == queryId) {
                    QString table = recommendation.table;
                    if (recommendation.schema != QLatin1String("public"))
                        table = QStringLiteral("\"%1\".\"%2\"").arg(recommendation.schema, recommendation.table);
                    advised.insert(key(table, recommendation.columns));
                }
            }
        }
        const auto skipped = std::find_if(m_advice.skipped.cbegin(), m_advice.skipped.cend(),
                                          [&](const auto &s) { return s.queryId == queryId; });
        const Oracle expected = oracle(tested);
        QStringList advisedList = advised.values();
        advisedList.sort();
        m_table << QStringLiteral("%1 | %2").arg(tested.name,
                                                 !advisedList.isEmpty() ? advisedList.join(QLatin1String(" + "))
                                                     : skipped != m_advice.skipped.cend()
                                                     ? QStringLiteral("no index: ") + skipped->reason
                                                     : QStringLiteral("nothing, no reason"));
        QStringList expectedList = expected.expected.values();
        expectedList.sort();
        QVERIFY2(advised == expected.expected,
                 qPrintable(QStringLiteral("advised {%1}, the planner's best {%2} (cost %3 → %4)\n%5")
                                .arg(advisedList.join(QLatin1String("; ")), expectedList.join(QLatin1String("; ")))
                                .arg(expected.base)
                                .arg(expected.best)
                                .arg(describe(m_advice))));
        if (advised.isEmpty())
            QVERIFY2(skipped != m_advice.skipped.cend() && !skipped->reason.isEmpty(),
                     "a statement with no recommendation has no reason");
    }
};

QTEST_GUILESS_MAIN(TestAdvisorShapesLab)
#include "tst_advisor_shapes_lab.moc"

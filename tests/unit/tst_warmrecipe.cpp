#include "warmrecipe.h"

#include <QtTest>

using namespace Pitwall;

namespace {
WarmRecipe recipe(const QString &key, const QString &value = QStringLiteral("{name}"))
{
    WarmRecipe recipe;
    recipe.name = QStringLiteral("r");
    recipe.keyTemplate = key;
    recipe.valueTemplate = value;
    return recipe;
}
} // namespace

class TestWarmRecipe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void prefixIsEverythingBeforeTheFirstBrace()
    {
        QCOMPARE(recipe(QStringLiteral("lab:customer:{id}")).keyPrefix(), QStringLiteral("lab:customer:"));
        QCOMPARE(recipe(QStringLiteral("a:{x}:b:{y}")).keyPrefix(), QStringLiteral("a:"));
        QCOMPARE(recipe(QStringLiteral("{x}")).keyPrefix(), QString());
    }

    void placeholdersAreNamedOnce()
    {
        QCOMPARE(WarmRecipe::placeholders(QStringLiteral("{a}:{b}:{a}")),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(WarmRecipe::placeholders(QStringLiteral("plain")).isEmpty());
        QVERIFY(WarmRecipe::checkTemplate(QStringLiteral("p:{a_1}:{B}")).isEmpty());
        QVERIFY(!WarmRecipe::checkTemplate(QStringLiteral("p:{a")).isEmpty());
        QVERIFY(!WarmRecipe::checkTemplate(QStringLiteral("p:{a b}")).isEmpty());
        QVERIFY(!WarmRecipe::checkTemplate(QStringLiteral("p:}")).isEmpty());
    }

    void fillsTemplatesBinarySafely()
    {
        const QHash<QString, QByteArray> row{{QStringLiteral("id"), "7"}, {QStringLiteral("name"), "Ada \"x\"; ключ"}};
        QCOMPARE(WarmRecipe::fill(QStringLiteral("{name} ({id})"), row), QByteArray("Ada \"x\"; ключ (7)"));
        QCOMPARE(WarmRecipe::fill(QStringLiteral("ü:{id}"), row), QByteArray("ü:7"));
        QCOMPARE(*recipe(QStringLiteral("lab:customer:{id}")).keyFor(row), QByteArray("lab:customer:7"));
    }

    void refusesRowsWhoseKeyWouldLeaveThePrefix_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("why");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("column 'id' is empty or NULL");
        QTest::newRow("newline") << QByteArray("1\r\nFLUSHALL")
                                 << QStringLiteral("column 'id' holds a control character");
        QTest::newRow("nul") << QByteArray("1\0x", 3) << QStringLiteral("column 'id' holds a control character");
        QTest::newRow("too long") << QByteArray(2000, 'x') << QStringLiteral("the key would be longer than 1024 bytes");
    }

    void refusesRowsWhoseKeyWouldLeaveThePrefix()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, why);
        QString reason;
        QVERIFY(!recipe(QStringLiteral("lab:customer:{id}")).keyFor({{QStringLiteral("id"), value}}, &reason));
        QCOMPARE(reason, why);
    }

    void refusesAMissingColumn()
    {
        QString reason;
        QVERIFY(!recipe(QStringLiteral("p:{nope}")).keyFor({{QStringLiteral("id"), "1"}}, &reason));
        QCOMPARE(reason, QStringLiteral("the query has no column 'nope'"));
    }
};

QTEST_GUILESS_MAIN(TestWarmRecipe)
#include "tst_warmrecipe.moc"

#include "rowtablemodel.h"
#include "slowquerymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Pitwall;

namespace {
struct Item
{
    QString name;
    int value = 0;
};

/// The smallest model on the base: a name and a value per row.
class ItemModel : public RowTableModel<Item>
{
public:
    ItemModel()
        : RowTableModel(2, nullptr)
    { }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole || !index.isValid())
            return {};
        const Item &item = rows().at(index.row());
        return index.column() == 0 ? QVariant(item.name) : QVariant(item.value);
    }
    void upsert(const QList<Item> &items)
    {
        upsertRows(items);
        flushChanges();
    }
    void removeOdd()
    {
        removeRowsWhere([](const Item &item) { return item.value % 2 != 0; });
    }
    int find(const QString &name) const { return rowOf(name); }

private:
    QString rowKey(const Item &item) const override { return item.name; }
};

QList<Item> items(int count, int offset = 0)
{
    QList<Item> list;
    for (int i = 0; i < count; ++i)
        list.append(Item{QStringLiteral("item%1").arg(i), i + offset});
    return list;
}
} // namespace

class TestRowTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsAreSignalledOncePerContiguousRange()
    {
        ItemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.upsert(items(10));
        QCOMPARE(inserted.size(), 1); // ten new rows, one insertion
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(changed.size(), 0);

        // Rows 2..5 and 8 change: two ranges, two signals.
        QList<Item> update;
        for (int row : {5, 3, 8, 2, 4})
            update.append(Item{QStringLiteral("item%1").arg(row), 100 + row});
        model.upsert(update);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 5);
        QCOMPARE(changed.at(0).at(1).toModelIndex().column(), 1);
        QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 8);
        QCOMPARE(changed.at(1).at(1).toModelIndex().row(), 8);
        QCOMPARE(model.index(4, 1).data().toInt(), 104);
        QCOMPARE(inserted.size(), 1);
    }

    void removalsAreOnePerContiguousRangeAndKeysFollowTheRows()
    {
        ItemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Values 0 1 1 1 4 5 6 7: the odd ones stand in three ranges.
        QList<Item> list = items(8);
        list[2].value = 1;
        list[3].value = 1;
        model.upsert(list);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.removeOdd();
        QCOMPARE(removed.size(), 3);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.find(QStringLiteral("item0")), 0);
        QCOMPARE(model.find(QStringLiteral("item4")), 1);
        QCOMPARE(model.find(QStringLiteral("item6")), 2);
        QCOMPARE(model.find(QStringLiteral("item1")), -1);
    }

    void aBatchThatRepeatsAKeyAddsOneRow()
    {
        ItemModel model;
        model.upsert({Item{QStringLiteral("a"), 1}, Item{QStringLiteral("a"), 2}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 1).data().toInt(), 2);
    }

    // The slow-query table on the base: a poll that updates every running
    // statement of a source signals one range, however many rows it has.
    void aPollOfManyStatementsIsOneChange()
    {
        SlowQueryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<SlowQuery> poll;
        for (int i = 0; i < 200; ++i) {
            SlowQuery query;
            query.source = QStringLiteral("db");
            query.id = QString::number(i);
            query.running = true;
            query.meanMs = 1000 + i;
            poll.append(query);
        }
        model.update(QStringLiteral("db"), poll);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        for (auto &query : poll)
            query.meanMs += 1;
        poll.removeAt(100); // no longer running: leaves
        model.update(QStringLiteral("db"), poll);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 199);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 198);
    }
};

QTEST_GUILESS_MAIN(TestRowTableModel)
#include "tst_rowtablemodel.moc"

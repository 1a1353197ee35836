#include "sourcestatusmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Pitwall;

class TestSourceStatusModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsSourcesAndTheirStatus()
    {
        SourceStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        SourceConfig db{QStringLiteral("orders-db"),
                        SourceKind::Postgres,
                        QUrl(QStringLiteral("postgresql://monitor@127.0.0.1:5432/orders")),
                        {},
                        {}};
        SourceConfig cache{
            QStringLiteral("cache"), SourceKind::Redis, QUrl(QStringLiteral("redis://127.0.0.1:6379/0")), {}, {}};
        model.setSources({db, cache});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, SourceStatusModel::NameColumn).data().toString(), QStringLiteral("orders-db"));
        QCOMPARE(model.index(0, SourceStatusModel::KindColumn).data().toString(), QStringLiteral("postgres"));
        QCOMPARE(model.index(0, SourceStatusModel::AddressColumn).data().toString(),
                 QStringLiteral("127.0.0.1:5432/orders"));
        QCOMPARE(model.index(1, SourceStatusModel::StateColumn).data().toString(), QStringLiteral("not polled"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        SourceStatus error;
        error.state = SourceStatus::State::Error;
        error.message = QStringLiteral("redis `cache` (127.0.0.1:6379): connection refused — is the server running?");
        model.setStatus(QStringLiteral("cache"), error);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(model.index(1, SourceStatusModel::StateColumn).data(SourceStatusModel::StateRole).toInt(),
                 int(SourceStatus::State::Error));
        QCOMPARE(model.index(1, SourceStatusModel::MessageColumn).data().toString(), error.message);
        QCOMPARE(model.status(QStringLiteral("orders-db")).state, SourceStatus::State::NotPolled);

        model.setStatus(QStringLiteral("no-such-source"), error);
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSourceStatusModel)
#include "tst_sourcestatusmodel.moc"

#include "recentprofiles.h"

#include <QDir>
#include <QtTest>

using namespace Pitwall;

class TestRecentProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // apart from the user's settings
        QSettings().clear();
    }

    void newestFirstAbsoluteOnceAndAtMostEight()
    {
        QVERIFY(RecentProfiles::all().isEmpty());
        QVERIFY(RecentProfiles::latest().isEmpty());
        for (int i = 0; i < 10; ++i)
            RecentProfiles::remember(QStringLiteral("/profiles/p%1.yaml").arg(i));
        QCOMPARE(RecentProfiles::all().size(), 8);
        QCOMPARE(RecentProfiles::latest(), QStringLiteral("/profiles/p9.yaml"));
        QCOMPARE(RecentProfiles::all().constLast(), QStringLiteral("/profiles/p2.yaml"));

        // Opened again: it moves to the front, not in twice. A relative path is kept absolute.
        RecentProfiles::remember(QStringLiteral("/profiles/p5.yaml"));
        QCOMPARE(RecentProfiles::all().count(QStringLiteral("/profiles/p5.yaml")), 1);
        QCOMPARE(RecentProfiles::latest(), QStringLiteral("/profiles/p5.yaml"));
        RecentProfiles::remember(QStringLiteral("relative.yaml"));
        QCOMPARE(RecentProfiles::latest(), QDir::current().absoluteFilePath(QStringLiteral("relative.yaml")));
    }
};

QTEST_GUILESS_MAIN(TestRecentProfiles)
#include "tst_recentprofiles.moc"

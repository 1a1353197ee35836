#include "thresholdrule.h"

#include <QtTest>

using namespace Pitwall;

class TestThresholdRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void above()
    {
        ThresholdRule rule;
        rule.direction = ThresholdRule::Direction::Above;
        rule.warning = 1000;
        rule.critical = 5000;
        rule.emergency = 10000;
        QCOMPARE(rule.levelOf(999), Level::Ok);
        QCOMPARE(rule.levelOf(1000), Level::Ok); // a limit is crossed, not touched
        QCOMPARE(rule.levelOf(1001), Level::Warning);
        QCOMPARE(rule.levelOf(6100), Level::Critical);
        QCOMPARE(rule.levelOf(12000), Level::Emergency);
    }

    void below()
    {
        ThresholdRule rule;
        rule.direction = ThresholdRule::Direction::Below;
        rule.warning = 0.9;
        rule.critical = 0.8;
        rule.emergency = 0.7;
        QCOMPARE(rule.levelOf(0.97), Level::Ok);
        QCOMPARE(rule.levelOf(0.85), Level::Warning);
        QCOMPARE(rule.levelOf(0.75), Level::Critical);
        QCOMPARE(rule.levelOf(0.25), Level::Emergency);
    }

    void zeroWarningMeansAnyValueAboveZero()
    {
        ThresholdRule rule;
        rule.direction = ThresholdRule::Direction::Above;
        rule.warning = 0;
        QCOMPARE(rule.levelOf(0), Level::Ok);
        QCOMPARE(rule.levelOf(0.01), Level::Warning);
    }

    void withoutDirectionNothingIsJudged()
    {
        ThresholdRule rule;
        rule.warning = 1;
        QCOMPARE(rule.levelOf(1e12), Level::Ok);
    }

    void levelNames()
    {
        QCOMPARE(levelName(Level::Ok), QStringLiteral("ok"));
        QCOMPARE(levelName(Level::Emergency), QStringLiteral("emergency"));
        QCOMPARE(levelName(Level::Unknown), QStringLiteral("unknown"));
    }
};

QTEST_GUILESS_MAIN(TestThresholdRule)
#include "tst_thresholdrule.moc"

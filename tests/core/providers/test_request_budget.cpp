// The account-wide request budget: additive increase and multiplicative decrease of the
// requests in flight on 429s, a Retry-After that holds everyone back, and a token bucket.
#include "providers/request_budget.h"

#include <QTest>

using paydeck::providers::RequestBudget;

class TestRequestBudget : public QObject
{
    Q_OBJECT
private slots:
    void theWindowHalvesOnA429AndGrowsBackOnSuccesses()
    {
        RequestBudget budget({6, 0});
        QCOMPARE(budget.window(), 6);
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(budget.delayBeforeNext(0), qint64(0));
            budget.started(0);
        }
        QCOMPARE(budget.delayBeforeNext(0), qint64(-1)); // full: wait for one to finish
        budget.finished(true, 0, 10);
        QCOMPARE(budget.window(), 3);
        QCOMPARE(budget.delayBeforeNext(10), qint64(-1)); // five in flight, three allowed
        budget.finished(true, 0, 10);
        budget.finished(true, 0, 10);
        QCOMPARE(budget.window(), 1);
        budget.finished(true, 0, 10);
        QCOMPARE(budget.window(), 1); // never below one
        // About one more per window's worth of successes, up to the limit.
        int successes = 0;
        while (budget.window() < 6 && successes < 100) {
            budget.started(20);
            budget.finished(false, 0, 20);
            ++successes;
        }
        QCOMPARE(budget.window(), 6);
        QVERIFY2(successes >= 10 && successes <= 20, qPrintable(QString::number(successes)));
    }

    void aRetryAfterPausesEveryRequest()
    {
        RequestBudget budget({6, 0});
        budget.started(1000);
        budget.finished(true, 2000, 1000);
        QCOMPARE(budget.delayBeforeNext(1000), qint64(2000));
        QCOMPARE(budget.delayBeforeNext(2500), qint64(500));
        QCOMPARE(budget.delayBeforeNext(3000), qint64(0));
        // A shorter Retry-After later does not shorten the pause.
        budget.started(1500);
        budget.finished(true, 100, 1500);
        QCOMPARE(budget.delayBeforeNext(2999), qint64(1));
    }

    void theTokenBucketAllowsOneSecondOfBurst()
    {
        RequestBudget budget({100, 4});
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(budget.delayBeforeNext(0), qint64(0));
            budget.started(0);
            budget.finished(false, 0, 0);
        }
        QCOMPARE(budget.delayBeforeNext(0), qint64(250)); // a token every 250 ms
        QCOMPARE(budget.delayBeforeNext(100), qint64(150));
        QCOMPARE(budget.delayBeforeNext(250), qint64(0));
        budget.started(250);
        // Idle time refills at most one second's worth.
        QCOMPARE(budget.delayBeforeNext(60000), qint64(0));
        for (int i = 0; i < 4; ++i)
            budget.started(60000);
        QVERIFY(budget.delayBeforeNext(60000) > 0);
    }
};

QTEST_GUILESS_MAIN(TestRequestBudget)
#include "test_request_budget.moc"

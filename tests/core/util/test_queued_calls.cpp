#include "util/queued_calls.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>
#include <vector>

using namespace paydeck;

class TestQueuedCalls : public QObject
{
    Q_OBJECT
private slots:
    // Calls posted from a plain worker thread run on the owner's thread, in the order posted,
    // and what they captured arrives whole.
    void callsRunOnTheOwnersThreadInOrder()
    {
        QObject owner;
        auto *calls = new QueuedCalls(&owner);
        std::vector<int> seen;
        std::vector<QThread *> threads;
        std::thread worker([poster = calls->poster(), &seen, &threads] {
            for (int i = 0; i < 1000; ++i) {
                std::vector<int> payload(size_t(i % 7), i); // heap memory written here
                poster([&seen, &threads, payload, i] {
                    QCOMPARE(payload.size(), size_t(i % 7));
                    seen.push_back(i);
                    threads.push_back(QThread::currentThread());
                });
            }
        });
        worker.join();
        QTRY_COMPARE(seen.size(), size_t(1000));
        for (int i = 0; i < 1000; ++i) {
            QCOMPARE(seen[size_t(i)], i);
            QCOMPARE(threads[size_t(i)], owner.thread());
        }
    }

    // An owner in another thread gets the calls there; once it is gone, calls still queued are
    // dropped and later posts are harmless.
    void callsFollowTheOwnerAndStopWithIt()
    {
        QThread thread;
        thread.start();
        auto *owner = new QObject;
        auto *calls = new QueuedCalls(owner);
        owner->moveToThread(&thread);
        const QueuedCalls::Poster poster = calls->poster();
        std::atomic<QThread *> ranOn{nullptr};
        poster([&ranOn] { ranOn = QThread::currentThread(); });
        QTRY_COMPARE(ranOn.load(), &thread);

        // The owner is deleted by an event queued before the call: the call never runs.
        QObject helper;
        auto *helperCalls = new QueuedCalls(&helper);
        helper.moveToThread(&thread);
        QSemaphore gate;
        std::atomic<int> ranAfter{0};
        helperCalls->post([&gate, owner] {
            gate.acquire();
            delete owner;
        });
        poster([&ranAfter] { ++ranAfter; });
        gate.release();
        QMetaObject::invokeMethod(
            &helper, [] {}, Qt::BlockingQueuedConnection); // drained
        poster([&ranAfter] { ++ranAfter; });
        std::thread([poster, &ranAfter] { poster([&ranAfter] { ++ranAfter; }); }).join();
        QMetaObject::invokeMethod(
            &helper, [] {}, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
        QCOMPARE(ranAfter.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestQueuedCalls)
#include "test_queued_calls.moc"

// The progress + cancel object: cancel from another thread, throttling, sub-ranges.

#include "common/error.h"
#include "common/progress.h"

#include <QTest>

#include <atomic>
#include <thread>

using nexvitad::Progress;
using nexvitad::ProgressUpdate;

class TestProgress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cancelFromAnotherThreadStopsLoop()
    {
        Progress progress;
        std::atomic<long> iterations{0};
        std::atomic<bool> started{false};
        std::thread worker([&] {
            // A loop that would run for ~forever unless canceled.
            for (long i = 0; i < 1'000'000'000L; ++i) {
                started = true;
                if (!progress.report(i, 1'000'000'000L))
                    break;
                ++iterations;
            }
        });
        while (!started)
            std::this_thread::yield();
        progress.cancel();
        worker.join();
        QVERIFY(progress.isCanceled());
        QVERIFY(iterations < 1'000'000'000L);
        QVERIFY_THROWS_EXCEPTION(nexvitad::Canceled, progress.throwIfCanceled());
    }

    void callbackReturningFalseCancels()
    {
        int calls = 0;
        Progress progress([&](const ProgressUpdate &) { return ++calls < 3; },
                          std::chrono::milliseconds(0));
        int done = 0;
        for (; done < 100; ++done) {
            if (!progress.report(done, 100))
                break;
        }
        QCOMPARE(calls, 3);
        QCOMPARE(done, 2);
        QVERIFY(progress.isCanceled());
    }

    void throttlesButAlwaysReportsEnds()
    {
        QList<ProgressUpdate> updates;
        Progress progress([&](const ProgressUpdate &u) {
            updates << u;
            return true;
        }, std::chrono::hours(1));
        for (int i = 0; i <= 1000; ++i)
            progress.report(i, 1000);
        // First and last only: the interval never elapses.
        QCOMPARE(updates.size(), 2);
        QCOMPARE(updates.first().fraction, 0.0);
        QCOMPARE(updates.last().fraction, 1.0);
        QCOMPARE(updates.last().done, 1000);
    }

    void childMapsIntoParentRange()
    {
        QList<double> fractions;
        QStringList stages;
        Progress root([&](const ProgressUpdate &u) {
            fractions << u.fraction;
            stages << u.stage;
            return true;
        }, std::chrono::milliseconds(0));
        Progress second = root.child(0.5, 1.0);
        Progress quarter = second.child(0.0, 0.5);
        quarter.setStage(QStringLiteral("scan"));
        quarter.reportNow(1, 2);
        QCOMPARE(fractions.last(), 0.625);
        QCOMPARE(stages.last(), QStringLiteral("scan"));
        second.cancel();
        QVERIFY(root.isCanceled()); // one flag for the whole job
    }

    void silentSharesCancelButNeverReports()
    {
        int calls = 0;
        Progress root([&](const ProgressUpdate &) {
            ++calls;
            return true;
        }, std::chrono::milliseconds(0));
        Progress quiet = root.silent();
        Progress quietChild = quiet.child(0.0, 0.5);
        QVERIFY(quiet.reportNow(1, 2));
        QVERIFY(quietChild.reportNow(1, 2));
        QCOMPARE(calls, 0);
        root.reportNow(1, 2);
        QCOMPARE(calls, 1);
        root.cancel();
        QVERIFY(quietChild.isCanceled());
        QVERIFY(!quiet.report(2, 2));
        QVERIFY_THROWS_EXCEPTION(nexvitad::Canceled, quietChild.throwIfCanceled());
    }

    void noneNeverCancels()
    {
        QVERIFY(Progress::none().report(5, 10));
        QVERIFY(!Progress::none().isCanceled());
    }
};

QTEST_GUILESS_MAIN(TestProgress)
#include "test_progress.moc"

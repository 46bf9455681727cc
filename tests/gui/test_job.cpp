// Background jobs: results, engine errors and cancel reach the GUI thread as signals.

#include "common/error.h"
#include "job.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

using namespace nexvitad::ui;

class TestJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void succeedsWithResultAndProgress()
    {
        Job job(QStringLiteral("sum"), [](nexvitad::Progress &p) {
            p.setStage(QStringLiteral("adding"));
            int sum = 0;
            for (int i = 1; i <= 100; ++i) {
                sum += i;
                p.report(i, 100);
            }
            return QVariant(sum);
        });
        QSignalSpy ok(&job, &Job::succeeded);
        QSignalSpy progress(&job, &Job::progressChanged);
        QSignalSpy done(&job, &Job::finished);
        job.start();
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(ok.size(), 1);
        QCOMPARE(ok.first().first().toInt(), 5050);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toDouble(), 1.0);
        QCOMPARE(progress.last().at(1).toString(), QStringLiteral("adding"));
    }

    void engineErrorBecomesFailedWithPath()
    {
        Job job(QStringLiteral("bad"), [](nexvitad::Progress &) -> QVariant {
            throw nexvitad::Error(QStringLiteral("mask has the wrong size"),
                                  QStringLiteral("/data/x_mask.png"));
        });
        QSignalSpy failed(&job, &Job::failed);
        QSignalSpy ok(&job, &Job::succeeded);
        job.start();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("mask has the wrong size"));
        QCOMPARE(failed.first().at(1).toString(), QStringLiteral("/data/x_mask.png"));
        QCOMPARE(ok.size(), 0);
    }

    void cancelStopsALongLoop()
    {
        std::atomic<bool> started{false};
        Job job(QStringLiteral("forever"), [&](nexvitad::Progress &p) {
            started = true;
            for (;;) {
                p.throwIfCanceled();
                QThread::msleep(1);
            }
            return QVariant();
        });
        QSignalSpy canceled(&job, &Job::canceled);
        QSignalSpy done(&job, &Job::finished);
        job.start();
        QTRY_VERIFY(started);
        job.cancel();
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(canceled.size(), 1);
        QVERIFY(!job.isRunning());
    }

    void destructorCancelsAndJoins()
    {
        std::atomic<bool> started{false};
        std::atomic<bool> left{false};
        {
            Job job(QStringLiteral("forever"), [&](nexvitad::Progress &p) {
                started = true;
                while (!p.isCanceled())
                    QThread::msleep(1);
                left = true;
                return QVariant();
            });
            job.start();
            QTRY_VERIFY(started);
        }
        QVERIFY(left); // the worker ended before the Job was gone
    }
};

QTEST_GUILESS_MAIN(TestJob)
#include "test_job.moc"

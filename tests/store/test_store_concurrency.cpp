// Readers on their own threads (own connections) while a writer works: nobody waits for
// "database is locked" errors, and every reader sees whole transactions only. The
// StoreService runs queued work on its thread and hands results and errors to futures.

#include "common/error.h"
#include "store/job_records.h"
#include "store/project.h"
#include "store/sql.h"
#include "store/store_service.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>
#include <vector>

using namespace nexvitad::store;

class TestStoreConcurrency : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

private Q_SLOTS:
    void readersWhileAWriterWorks()
    {
        const Project project = Project::create(m_tmp.filePath("concurrent"), "c");
        constexpr int kWrites = 300;
        std::atomic<bool> writerDone{false};
        std::atomic<int> readerErrors{0}, torn{0}, backwards{0}, reads{0};

        std::thread writer([&] {
            const QSqlDatabase db = project.database();
            try {
                for (int i = 0; i < kWrites; ++i) {
                    // A job and its run in one transaction: readers must see both or neither.
                    Transaction transaction(db);
                    const qint64 job = createJob(db, "train", "writer");
                    createTrainingRun(db, job, 0, {{"i", i}}, 1);
                    transaction.commit();
                }
            } catch (const nexvitad::Error &e) {
                qWarning("writer: %s", qPrintable(e.userText()));
                readerErrors++;
            }
            writerDone = true;
        });
        std::vector<std::thread> readers;
        for (int r = 0; r < 3; ++r) {
            readers.emplace_back([&] {
                const QSqlDatabase db = project.database(); // this thread's own connection
                int last = 0;
                try {
                    do {
                        QSqlQuery q = exec(db, "SELECT (SELECT count(*) FROM jobs),"
                                               " (SELECT count(*) FROM training_runs)");
                        q.next();
                        const int jobs = q.value(0).toInt();
                        if (jobs != q.value(1).toInt())
                            torn++;
                        if (jobs < last)
                            backwards++;
                        last = jobs;
                        reads++;
                    } while (!writerDone);
                } catch (const nexvitad::Error &e) {
                    qWarning("reader: %s", qPrintable(e.userText()));
                    readerErrors++;
                }
            });
        }
        writer.join();
        for (std::thread &reader : readers)
            reader.join();
        qInfo("%d reads during %d write transactions", reads.load(), kWrites);
        QCOMPARE(readerErrors.load(), 0);
        QCOMPARE(torn.load(), 0);
        QCOMPARE(backwards.load(), 0);
        QVERIFY(reads.load() > 3);
        QCOMPARE(scalar(project.database(), "SELECT count(*) FROM jobs").toInt(), kWrites);
    }

    void serviceRunsWorkOnItsOwnThread()
    {
        const Project project = Project::create(m_tmp.filePath("service"), "s");
        QFuture<qint64> created;
        QFuture<int> counted;
        QFuture<void> refused;
        Qt::HANDLE serviceThread = nullptr;
        {
            StoreService service(project);
            created = service.run([&](const QSqlDatabase &db) {
                serviceThread = QThread::currentThreadId();
                return createJob(db, "inspect", "gui");
            });
            // Queued work runs in order: the count sees the job created before it.
            counted = service.run([](const QSqlDatabase &db) {
                return scalar(db, "SELECT count(*) FROM jobs").toInt();
            });
            refused = service.run([](const QSqlDatabase &db) {
                transitionJob(db, 1, JobStatus::Completed); // pending -> completed: refused
            });
        } // the destructor runs what is queued, then stops
        QVERIFY(created.isFinished() && counted.isFinished() && refused.isFinished());
        QCOMPARE(created.result(), qint64(1));
        QCOMPARE(counted.result(), 1);
        QVERIFY(serviceThread != QThread::currentThreadId());
        QVERIFY_THROWS_EXCEPTION(nexvitad::Error, refused.waitForFinished());
        QCOMPARE(job(project.database(), 1).status, JobStatus::Pending);
    }
};

QTEST_GUILESS_MAIN(TestStoreConcurrency)
#include "test_store_concurrency.moc"

// Job lifecycle (allowed and refused transitions, progress, orphan recovery) and the
// append-only audit log.

#include "store_fixture.h"

#include "common/error.h"
#include "store/asset_records.h"
#include "store/audit_log.h"
#include "store/job_records.h"
#include "store/project.h"
#include "store/recorded_job.h"
#include "store/sql.h"

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace nexvitad::store;

namespace {
const QList<JobStatus> kAll = {JobStatus::Pending, JobStatus::Running, JobStatus::Completed,
                               JobStatus::Failed, JobStatus::Canceled};

// Brings a new job to `status` along allowed transitions.
qint64 jobIn(const QSqlDatabase &db, JobStatus status)
{
    const qint64 id = createJob(db, "train", "test");
    if (status == JobStatus::Pending)
        return id;
    if (status != JobStatus::Running && status != JobStatus::Completed) {
        transitionJob(db, id, status, "because");
        return id;
    }
    transitionJob(db, id, JobStatus::Running);
    if (status == JobStatus::Completed)
        transitionJob(db, id, JobStatus::Completed);
    return id;
}
} // namespace

class TestStoreLifecycle : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::optional<Project> m_project; // shared by the transition rows

private Q_SLOTS:
    void initTestCase() { m_project = Project::create(m_tmp.filePath("transitions"), "t"); }
    void cleanupTestCase() { m_project.reset(); }

    void transitions_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<bool>("allowed");
        using S = JobStatus;
        const QSet<QPair<int, int>> allowed = {
            {int(S::Pending), int(S::Running)},   {int(S::Pending), int(S::Failed)},
            {int(S::Pending), int(S::Canceled)},  {int(S::Running), int(S::Completed)},
            {int(S::Running), int(S::Failed)},    {int(S::Running), int(S::Canceled)}};
        for (const JobStatus from : kAll)
            for (const JobStatus to : kAll)
                QTest::addRow("%s->%s", qPrintable(jobStatusName(from)), qPrintable(jobStatusName(to)))
                    << int(from) << int(to) << allowed.contains({int(from), int(to)});
    }

    void transitions()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(bool, allowed);
        QCOMPARE(canTransition(JobStatus(from), JobStatus(to)), allowed);

        const QSqlDatabase db = m_project->database();
        const qint64 id = jobIn(db, JobStatus(from));
        if (allowed) {
            transitionJob(db, id, JobStatus(to), "why");
            const JobRecord record = job(db, id);
            QCOMPARE(record.status, JobStatus(to));
            QCOMPARE(record.startedAt.isEmpty(), !(to == int(JobStatus::Running) || from == int(JobStatus::Running)));
            QCOMPARE(record.finishedAt.isEmpty(), !isTerminal(JobStatus(to)));
        } else {
            QVERIFY_THROWS_EXCEPTION(nexvitad::Error, transitionJob(db, id, JobStatus(to)));
            QCOMPARE(job(db, id).status, JobStatus(from));
        }
    }

    void progressOnlyWhileRunning()
    {
        const Project project = Project::create(m_tmp.filePath("progress"), "p");
        const QSqlDatabase db = project.database();
        const qint64 id = createJob(db, "train", "test");
        QVERIFY_THROWS_EXCEPTION(nexvitad::Error, setJobProgress(db, id, 0.5));
        transitionJob(db, id, JobStatus::Running);
        setJobProgress(db, id, 0.25);
        QCOMPARE(job(db, id).progress, 0.25);
        transitionJob(db, id, JobStatus::Completed);
        QCOMPARE(job(db, id).progress, 1.0);
        QVERIFY_THROWS_EXCEPTION(nexvitad::Error, setJobProgress(db, id, 0.5));
        // The database refuses what the code would never write.
        QVERIFY_THROWS_EXCEPTION(nexvitad::Error,
                                 exec(db, "UPDATE jobs SET status = 'paused' WHERE id = ?", {id}));
    }

    void recordedJobsEndAsTheirWorkEnds()
    {
        const Project project = Project::create(m_tmp.filePath("recorded"), "r");
        const QSqlDatabase db = project.database();
        qint64 seen = 0;
        // Running while the work runs, completed when it returns.
        const int value = runRecordedJob(db, "bank", "gui: build", [&](qint64 id) {
            seen = id;
            return job(db, id).status == JobStatus::Running ? 42 : 0;
        });
        QCOMPARE(value, 42);
        QCOMPARE(job(db, seen).status, JobStatus::Completed);
        QCOMPARE(job(db, seen).command, QStringLiteral("gui: build"));
        // An error fails the job with its text (file included) and is rethrown.
        QVERIFY_THROWS_EXCEPTION(nexvitad::Error,
                                 runRecordedJob(db, "inspect", "gui: inspect", [&](qint64 id) {
                                     seen = id;
                                     throw nexvitad::Error("no such image", "/tmp/x.png");
                                     return 0;
                                 }));
        QCOMPARE(job(db, seen).status, JobStatus::Failed);
        QCOMPARE(job(db, seen).reason, QStringLiteral("/tmp/x.png: no such image"));
        // A stop on request is "canceled", not a failure.
        QVERIFY_THROWS_EXCEPTION(nexvitad::Canceled,
                                 runRecordedJob(db, "inspect", "gui: inspect", [&](qint64 id) {
                                     seen = id;
                                     throw nexvitad::Canceled();
                                     return 0;
                                 }));
        QCOMPARE(job(db, seen).status, JobStatus::Canceled);
    }

    void orphanedRunningJobsFailAtOpen()
    {
        const QString folder = m_tmp.filePath("orphans");
        qint64 mine = 0, deadOwner = 0, finished = 0;
        {
            const Project project = Project::create(folder, "o");
            const QSqlDatabase db = project.database();
            mine = jobIn(db, JobStatus::Running);
            deadOwner = jobIn(db, JobStatus::Running);
            finished = jobIn(db, JobStatus::Completed);
            // A process that has exited: its pid is free.
            QProcess gone;
            gone.start("true");
            QVERIFY(gone.waitForStarted());
            const qint64 pid = gone.processId();
            QVERIFY(gone.waitForFinished());
            exec(db, "UPDATE jobs SET owner_pid = ? WHERE id = ?", {pid, deadOwner});

            // Another user has the project open: only the dead owner's job is orphaned.
            const Project second = Project::open(folder);
            QVERIFY(!second.openReport().soleUser);
            QCOMPARE(second.openReport().interruptedJobs, 1);
            QCOMPARE(job(db, deadOwner).status, JobStatus::Failed);
            QCOMPARE(job(db, deadOwner).reason, QStringLiteral("interrupted"));
            QCOMPARE(job(db, mine).status, JobStatus::Running);
        }
        // Nobody has it open any more: every running job was interrupted.
        const Project reopened = Project::open(folder);
        QVERIFY(reopened.openReport().soleUser);
        QCOMPARE(reopened.openReport().interruptedJobs, 1);
        const QSqlDatabase db = reopened.database();
        QCOMPARE(job(db, mine).status, JobStatus::Failed);
        QCOMPARE(job(db, mine).reason, QStringLiteral("interrupted"));
        QCOMPARE(job(db, finished).status, JobStatus::Completed);
    }

    void auditLogIsAppendOnly()
    {
        const Project project = Project::create(m_tmp.filePath("audit"), "a");
        const storetest::FilledIds ids = storetest::fillProject(project);
        const QSqlDatabase db = project.database();
        setBankThresholds(db, ids.bank, {0.9, 0.3}, "carol", "line 2 calibration");

        const QList<AuditEntry> entries = auditEntries(db);
        QCOMPARE(entries.size(), 3); // model registered, bank created, threshold changed
        const AuditEntry &change = entries.last();
        QCOMPARE(change.action, QStringLiteral("threshold.changed"));
        QCOMPARE(change.actor, QStringLiteral("carol"));
        QCOMPARE(change.entityId, ids.bank);
        QCOMPARE(change.details["image_before"].toDouble(), 0.5);
        QCOMPARE(change.details["image_after"].toDouble(), 0.9);
        QCOMPARE(change.details["reason"].toString(), QStringLiteral("line 2 calibration"));

        for (const char *sql : {"UPDATE audit_log SET actor = 'mallory'",
                                "DELETE FROM audit_log WHERE id = 1", "DELETE FROM audit_log"}) {
            try {
                exec(db, sql);
                QFAIL(sql);
            } catch (const nexvitad::Error &e) {
                QVERIFY2(e.message().contains("append-only"), qPrintable(e.message()));
            }
        }
        QCOMPARE(auditEntries(db).size(), 3);
        QCOMPARE(auditEntries(db).first().actor, QStringLiteral("tester"));

        // A change whose transaction rolls back leaves no audit entry either.
        {
            Transaction transaction(db);
            setBankThresholds(db, ids.bank, {0.1, 0.1}, "carol", "oops");
        }
        QCOMPARE(auditEntries(db).size(), 3);
        QCOMPARE(bankThresholds(db, ids.bank).image.value(), 0.9);
    }
};

QTEST_GUILESS_MAIN(TestStoreLifecycle)
#include "test_store_lifecycle.moc"

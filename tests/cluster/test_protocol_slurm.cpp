// The protocol on a real Slurm cluster (one node on loopback, started by
// with_slurm_cluster.sh, which sets SLURM_CONF): a plan of tiny untrained tasks submitted as
// one job array, its collected files byte-identical to the local engine's; one array task
// canceled mid-run is reported lost, `resume` runs only it, and the summary is again the
// local one; a done task is never run or counted twice; bad input refused before submitting.

#include "store/project.h"
#include "store/sql.h"
#include "test_support.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace nexvitad;
using testsupport::runCli;

class TestProtocolSlurm : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_home, m_data, m_project, m_local;

    QString path(const QString &name) const { return m_tmp.filePath(name); }
    QStringList protocol(const QString &out) const
    {
        return {"protocol", "--data", m_data, "--splits", "2/1", "--runs", "3", "--out", out,
                "--untrained", "--hiera", "random:hiera_mini:1", "--dinov2",
                "random:dinov2_mini:2", "--set", "image_size=64", "--k", "6", "--count", "4"};
    }
    static QString explain(const testsupport::ProcessResult &r) { return r.out + r.err; }

    QVariant query(const QString &sql, const QVariantList &values = {}) const
    {
        const store::Project project = store::Project::open(m_project, store::OpenMode::ReadOnly);
        return store::scalar(project.database(), sql, values);
    }
    int tasksWithStatus(qint64 plan, const QString &status) const
    {
        return query("SELECT count(*) FROM protocol_tasks WHERE plan_id = ? AND status = ?",
                     {plan, status})
            .toInt();
    }
    // `protocol status` until its summary line contains `text` (bounded wait).
    QString waitForStatus(const QString &text, int seconds = 120) const
    {
        QElapsedTimer timer;
        timer.start();
        QString last;
        while (timer.elapsed() < seconds * 1000) {
            const auto r = runCli({"protocol", "status", "--project", m_project}, m_home);
            last = explain(r);
            if (r.exitCode == 0 && r.out.trimmed().split('\n').last().contains(text))
                return r.out;
            QThread::msleep(300);
        }
        qWarning().noquote() << "last status:" << last;
        return {};
    }
    void verifySameFiles(const QString &out) const
    {
        for (const char *name : {"protocol.json", "protocol.csv", "protocol.md"}) {
            QFile a(QDir(m_local).filePath(name)), b(QDir(out).filePath(name));
            QVERIFY2(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly), name);
            QCOMPARE(b.readAll(), a.readAll());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QByteArray why = qgetenv("NEXVITAD_SLURM_UNAVAILABLE"); !why.isEmpty())
            QSKIP(qPrintable("no Slurm cluster could be started here: " + QString::fromUtf8(why)));
        if (qEnvironmentVariableIsEmpty("SLURM_CONF"))
            QSKIP("not started by tests/cluster/with_slurm_cluster.sh (run it through ctest)");
        QVERIFY(m_tmp.isValid());
        testsupport::isolateSettings();
        m_home = path("home");
        m_data = path("data");
        m_project = path("project");
        m_local = path("local");
        const auto synth = runCli({"synth", "--out", m_data, "--classes", "3", "--size", "64",
                                   "--train-good", "5", "--test-good", "2", "--test-defects", "1"},
                                  m_home);
        QVERIFY2(synth.exitCode == 0, qPrintable(explain(synth)));
        const auto init = runCli({"project", "init", m_project}, m_home);
        QVERIFY2(init.exitCode == 0, qPrintable(explain(init)));
        const auto local = runCli(protocol(m_local), m_home);
        QVERIFY2(local.exitCode == 0, qPrintable(explain(local)));
    }

    void badInputIsRefusedBeforeSubmitting()
    {
        const auto partition = runCli(protocol(path("bad")) + QStringList{"--engine", "slurm",
                                          "--project", m_project, "--partition", "nope"},
                                      m_home);
        QCOMPARE(partition.exitCode, 1);
        QVERIFY2(partition.err.contains("no partition \"nope\""), qPrintable(explain(partition)));
        const auto noProject = runCli(protocol(path("bad")) + QStringList{"--engine", "slurm"}, m_home);
        QCOMPARE(noProject.exitCode, 2);
        QVERIFY2(noProject.err.contains("needs --project"), qPrintable(explain(noProject)));
        // No Slurm commands on PATH; a controller that does not answer.
        const QStringList submit =
            protocol(path("bad")) + QStringList{"--engine", "slurm", "--project", m_project};
        const QByteArray pathVariable = qgetenv("PATH"), conf = qgetenv("SLURM_CONF");
        qputenv("PATH", QFile::encodeName(path("empty-bin")));
        const auto noSlurm = runCli(submit, m_home);
        qputenv("PATH", pathVariable);
        QCOMPARE(noSlurm.exitCode, 1);
        QVERIFY2(noSlurm.err.contains("sbatch command is not installed"), qPrintable(explain(noSlurm)));
        QFile dead(path("dead-slurm.conf"));
        QVERIFY(dead.open(QIODevice::WriteOnly));
        // Port 9 (discard) has no controller; short timeouts: refused at once, not in 10 s.
        dead.write("ClusterName=dead\nSlurmctldHost=localhost(127.0.0.1)\nSlurmctldPort=9\n"
                   "MessageTimeout=1\nTCPTimeout=1\nNodeName=n CPUs=1\nPartitionName=p Nodes=n\n");
        dead.close();
        qputenv("SLURM_CONF", QFile::encodeName(dead.fileName()));
        const auto unreachable = runCli(submit, m_home);
        qputenv("SLURM_CONF", conf);
        QCOMPARE(unreachable.exitCode, 1);
        QVERIFY2(unreachable.err.contains("controller cannot be reached, nothing was submitted"),
                 qPrintable(explain(unreachable)));
        // The plan was recorded before submission and removed with its tasks when it failed.
        QCOMPARE(query("SELECT count(*) FROM protocol_plans").toInt(), 0);
        QCOMPARE(query("SELECT count(*) FROM protocol_tasks").toInt(), 0);
        const auto collect = runCli({"protocol", "collect", "--project", m_project}, m_home);
        QCOMPARE(collect.exitCode, 1);
        QVERIFY2(collect.err.contains("no protocol plan"), qPrintable(explain(collect)));
    }

    void slurmSummaryEqualsLocal()
    {
        const QString out = path("slurm");
        const auto submit =
            runCli(protocol(out) + QStringList{"--engine", "slurm", "--project", m_project}, m_home);
        QVERIFY2(submit.exitCode == 0, qPrintable(explain(submit)));
        QVERIFY2(submit.out.contains("3 task(s) submitted as Slurm array job"),
                 qPrintable(submit.out));
        const QString status = waitForStatus("3 done");
        QVERIFY2(!status.isEmpty(), "the array's tasks did not finish within 120 s");
        QVERIFY2(status.contains("task 2: split 2/1 run 2: done"), qPrintable(status));
        const qint64 plan = query("SELECT max(id) FROM protocol_plans").toLongLong();
        QCOMPARE(query("SELECT sum(attempts) FROM protocol_tasks WHERE plan_id = ?", {plan}).toInt(),
                 3);

        const auto collect = runCli({"protocol", "collect", "--project", m_project}, m_home);
        QVERIFY2(collect.exitCode == 0, qPrintable(explain(collect)));
        QVERIFY2(collect.out.contains("## Split 2/1 (3 run"), qPrintable(collect.out));
        verifySameFiles(out);

        // A done task is neither run nor counted again.
        const QString before =
            query("SELECT result_json FROM protocol_tasks WHERE plan_id = ? AND task = 1", {plan})
                .toString();
        const auto again = runCli({"protocol-task", "--project", m_project, "--plan",
                                   QString::number(plan), "--task", "1"},
                                  m_home);
        QVERIFY2(again.exitCode == 0, qPrintable(explain(again)));
        QVERIFY2(again.out.contains("done already"), qPrintable(again.out));
        QCOMPARE(query("SELECT result_json FROM protocol_tasks WHERE plan_id = ? AND task = 1",
                       {plan})
                     .toString(),
                 before);
        const auto resume = runCli({"protocol", "resume", "--project", m_project}, m_home);
        QVERIFY2(resume.out.contains("nothing to resume"), qPrintable(explain(resume)));
    }

    void canceledTaskIsLostThenResumed()
    {
        const QString out = path("canceled");
        // Two CPUs per task on the two-CPU node: one task at a time, so the canceled one is
        // surely mid-run while the others wait.
        const auto submit = runCli(protocol(out) + QStringList{"--engine", "slurm", "--project",
                                                               m_project, "--cpus-per-task", "2"},
                                   m_home);
        QVERIFY2(submit.exitCode == 0, qPrintable(explain(submit)));
        const qint64 plan = query("SELECT max(id) FROM protocol_plans").toLongLong();
        const QString job =
            query("SELECT slurm_job FROM protocol_tasks WHERE plan_id = ? AND task = 0", {plan})
                .toString();
        QVERIFY(!job.isEmpty());

        // Task 0 has started its work (its row says running): cancel it there.
        QElapsedTimer timer;
        timer.start();
        while (tasksWithStatus(plan, "running") == 0 && timer.elapsed() < 60000)
            QThread::msleep(20);
        QCOMPARE(query("SELECT task FROM protocol_tasks WHERE plan_id = ? AND status = 'running'",
                       {plan})
                     .toInt(),
                 0);
        QCOMPARE(QProcess::execute("scancel", {job + "_0"}), 0);

        const QString status = waitForStatus("2 done, 0 running, 0 pending, 0 failed, 1 lost");
        QVERIFY2(!status.isEmpty(), "the other tasks did not finish within 120 s");
        QVERIFY2(status.contains("task 0: split 2/1 run 0: lost"), qPrintable(status));
        QVERIFY2(status.contains("CANCELLED"), qPrintable(status));
        QCOMPARE(tasksWithStatus(plan, "done"), 2);
        const auto early = runCli({"protocol", "collect", "--project", m_project}, m_home);
        QCOMPARE(early.exitCode, 1);
        QVERIFY2(early.err.contains("task(s) 0 have no result yet"), qPrintable(explain(early)));

        const auto resume = runCli({"protocol", "resume", "--project", m_project}, m_home);
        QVERIFY2(resume.exitCode == 0, qPrintable(explain(resume)));
        QVERIFY2(resume.out.contains("resubmitted 1 task(s)"), qPrintable(resume.out));
        QVERIFY2(!waitForStatus("3 done").isEmpty(), "the resumed task did not finish in 120 s");
        QCOMPARE(query("SELECT attempts FROM protocol_tasks WHERE plan_id = ? AND task = 0", {plan})
                     .toInt(),
                 2);
        QCOMPARE(query("SELECT sum(attempts) FROM protocol_tasks WHERE plan_id = ?", {plan}).toInt(),
                 4);
        const auto collect = runCli({"protocol", "collect", "--project", m_project}, m_home);
        QVERIFY2(collect.exitCode == 0, qPrintable(explain(collect)));
        verifySameFiles(out);
    }
};

QTEST_GUILESS_MAIN(TestProtocolSlurm)
#include "test_protocol_slurm.moc"

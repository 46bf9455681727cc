// A writer process killed with SIGKILL at random points, many times, never leaves a
// project whose database fails its integrity check or refers to a missing or different
// artifact; the next open repairs the rest (interrupted jobs, leftover files).

#include "store_fixture.h"

#include "store/artifact_references.h"
#include "store/job_records.h"
#include "store/project.h"
#include "store/project_check.h"
#include "store/sql.h"

#include <QDirIterator>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace nexvitad::store;

class TestStoreCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterNeverDamagesTheProject()
    {
        QTemporaryDir tmp;
        const QString folder = tmp.filePath("crash");
        { Project::create(folder, "crash"); }

        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator rng(seed);
        int interrupted = 0, removed = 0, models = 0;
        constexpr int kKills = 25;
        for (int round = 0; round < kKills; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(STORE_CRASH_WRITER),
                         {folder, QString::number(rng.generate())});
            QVERIFY(writer.waitForStarted());
            QVERIFY2(writer.waitForReadyRead(30000), qPrintable(writer.readAllStandardError()));
            QCOMPARE(writer.readLine().trimmed(), QByteArray("ready"));
            QTest::qWait(int(rng.bounded(20, 400))); // a random point of its loop
            QCOMPARE(writer.state(), QProcess::Running); // it must not have failed by itself
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished());
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

            const Project project = Project::open(folder); // quick_check runs here
            QVERIFY(project.openReport().soleUser);
            interrupted += project.openReport().interruptedJobs;
            removed += project.openReport().removedFiles;
            const CheckResult check = checkProject(project);
            QVERIFY2(check.ok(), qPrintable(check.problems.join('\n')));
            const QSqlDatabase db = project.database();
            QCOMPARE(scalar(db, "SELECT count(*) FROM jobs WHERE status = 'running'").toInt(), 0);
            // Nothing unreferenced is left in artifacts/.
            int files = 0;
            QDirIterator it(project.artifactsFolder(), QDir::Files | QDir::Hidden,
                            QDirIterator::Subdirectories);
            for (; it.hasNext(); it.next())
                ++files;
            QCOMPARE(files, check.artifactsChecked);
            models = storetest::rowCount(db, "models");
        }
        qInfo("%d kills: %d models written, %d interrupted jobs failed, %d leftover files removed",
              kKills, models, interrupted, removed);
        QVERIFY(models > kKills);          // the writer got work done between kills
        QVERIFY(interrupted >= kKills / 2); // and was mostly killed in the middle of a job
    }
};

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "test_store_crash.moc"

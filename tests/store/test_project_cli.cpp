// nexvitad-cli project init|info|check|export|import, and the --project helper that other
// commands use to record their runs as jobs.

#include "store_fixture.h"
#include "test_support.h"

#include "cli_command.h"
#include "cli_project_option.h"
#include "common/error.h"
#include "store/job_records.h"
#include "store/project.h"
#include "store/sql.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace nexvitad::store;

class TestProjectCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

private Q_SLOTS:
    void initTestCase() { testsupport::isolateSettings(); }

    void initInfoCheckExportImport()
    {
        const QString home = m_tmp.filePath("home");
        const QString folder = m_tmp.filePath("line 1"); // a space on purpose
        auto r = testsupport::runCli({"project", "init", folder, "--name", "Line one"}, home);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(Project::isProjectFolder(folder));
        r = testsupport::runCli({"project", "init", folder}, home);
        QCOMPARE(r.exitCode, int(cli_exit::failure)); // not empty any more
        QVERIFY(r.err.contains("not empty"));

        { storetest::fillProject(Project::open(folder)); }
        r = testsupport::runCli({"project", "info", folder}, home);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("Line one"));
        QVERIFY(r.out.contains("read-write"));
        QVERIFY(r.out.contains(QRegularExpression("inspections +1")));
        QVERIFY(r.out.contains("completed 1"));

        r = testsupport::runCli({"project", "check", folder}, home);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("4 artifact(s)"));

        const QString archive = m_tmp.filePath("line1.tar");
        r = testsupport::runCli({"project", "export", folder, archive}, home);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString copy = m_tmp.filePath("copy");
        r = testsupport::runCli({"project", "import", archive, copy}, home);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = testsupport::runCli({"project", "check", copy}, home);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // A changed artifact is found by check.
        {
            QFile map(copy + "/artifacts/maps/0001.png");
            QVERIFY(map.open(QIODevice::Append));
            map.write("x");
        }
        r = testsupport::runCli({"project", "check", copy}, home);
        QCOMPARE(r.exitCode, int(cli_exit::failure));
        QVERIFY2(r.err.contains("artifacts/maps/0001.png does not match"), qPrintable(r.err));
    }

    void usageErrors()
    {
        const QString home = m_tmp.filePath("home");
        QCOMPARE(testsupport::runCli({"project"}, home).exitCode, int(cli_exit::usage));
        QCOMPARE(testsupport::runCli({"project", "export", "a"}, home).exitCode, int(cli_exit::usage));
        QCOMPARE(testsupport::runCli({"project", "frobnicate", "a"}, home).exitCode, int(cli_exit::usage));
        const auto r = testsupport::runCli({"project", "info", m_tmp.filePath("nothing")}, home);
        QCOMPARE(r.exitCode, int(cli_exit::failure));
        QVERIFY(r.err.contains("Not a NexViTAD project"));
    }

    void projectOptionRecordsAJob_data()
    {
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("status");
        QTest::newRow("ok") << int(cli_exit::ok) << int(JobStatus::Completed);
        QTest::newRow("failed") << int(cli_exit::failure) << int(JobStatus::Failed);
        QTest::newRow("canceled") << int(cli_exit::canceled) << int(JobStatus::Canceled);
    }

    void projectOptionRecordsAJob()
    {
        QFETCH(int, exitCode);
        QFETCH(int, status);
        const QString folder = m_tmp.filePath(QStringLiteral("option-%1").arg(exitCode));
        const Project project = Project::create(folder, "o");
        const QStringList args = {"nexvitad-cli train", "--project", folder, "--epochs", "2"};
        QCommandLineParser parser;
        ProjectOption option;
        option.addTo(parser);
        parser.addOption({"epochs", "e", "n"});
        QVERIFY(parser.parse(args));
        option.begin(parser, "train", args);
        QVERIFY(option.active());
        const qint64 id = option.jobId();
        QCOMPARE(job(project.database(), id).status, JobStatus::Running);
        option.setProgress(0.5);
        QCOMPARE(job(project.database(), id).progress, 0.5);
        QCOMPARE(option.finish(exitCode), exitCode);
        const JobRecord record = job(project.database(), id);
        QCOMPARE(int(record.status), status);
        QCOMPARE(record.kind, QStringLiteral("train"));
        QVERIFY(record.command.contains("--epochs 2"));
    }

    void trackingWritesProgressAtALowRate()
    {
        const QString folder = m_tmp.filePath("tracking");
        const Project project = Project::create(folder, "t");
        const QStringList args = {"nexvitad-cli synth", "--project", folder};
        QCommandLineParser parser;
        ProjectOption option;
        option.addTo(parser);
        QVERIFY(parser.parse(args));
        option.begin(parser, "synth", args);
        int shown = 0;
        const auto callback = option.tracking([&](const nexvitad::ProgressUpdate &) {
            ++shown;
            return true;
        });
        nexvitad::ProgressUpdate update;
        update.fraction = 0.25;
        QVERIFY(callback(update));
        update.fraction = 0.5; // within the same second: shown, not written
        QVERIFY(callback(update));
        QCOMPARE(shown, 2);
        QCOMPARE(job(project.database(), option.jobId()).progress, 0.25);
        QTest::qWait(1100);
        update.fraction = 0.75;
        QVERIFY(callback(update));
        QCOMPARE(job(project.database(), option.jobId()).progress, 0.75);
        QCOMPARE(option.finish(cli_exit::ok), int(cli_exit::ok));
    }

    void projectOptionIsOptional()
    {
        QCommandLineParser parser;
        ProjectOption option;
        option.addTo(parser);
        QVERIFY(parser.parse({"nexvitad-cli train"}));
        option.begin(parser, "train", {});
        QVERIFY(!option.active());
        QCOMPARE(option.finish(cli_exit::ok), int(cli_exit::ok));
    }
};

QTEST_GUILESS_MAIN(TestProjectCli)
#include "test_project_cli.moc"

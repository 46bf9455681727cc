// nexvitad-cli report and bench report, run as a user would: the PDF lands at --out, the
// project keeps a copy as an artifact with its `reports` row and a completed `report` job,
// and command-line mistakes or unknown ids write nothing.

#include "io/chunked_read.h"
#include "pdf_tools.h"
#include "report_fixture.h"
#include "store/artifacts.h"
#include "store/sql.h"
#include "test_support.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace nexvitad::store;
using namespace reporttest;

class TestReportCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    Fixture m_fixture;
    QString m_projectDir;

    int reportRows() const
    {
        return scalar(m_fixture.project->database(), "SELECT count(*) FROM reports").toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!havePoppler())
            QSKIP("poppler-utils are not installed");
        m_fixture = makeFixture(m_tmp.filePath("fixture"));
        m_projectDir = m_fixture.project->folder();
    }

    void batchReportIsWrittenAndRecorded()
    {
        const QString pdf = m_tmp.filePath("out/batch report.pdf");
        QDir().mkpath(QFileInfo(pdf).absolutePath());
        const auto r = testsupport::runCli({"report", "--project", m_projectDir,
                                            "--inspection-batch", QString::number(m_fixture.batch),
                                            "--out", pdf, "--operator", "Eve"},
                                           m_tmp.filePath("home"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("Recorded in the project as report"));
        QVERIFY(pdfPages(pdf) >= 4);
        QVERIFY(pdfText(pdf).contains("Eve"));

        const QSqlDatabase db = m_fixture.project->database();
        QSqlQuery q = exec(db, "SELECT kind, report_path, report_sha256, batch_id FROM reports"
                               " ORDER BY id DESC LIMIT 1");
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("inspection"));
        QCOMPARE(q.value(3).toLongLong(), m_fixture.batch);
        const QString stored = m_fixture.project->absolutePath(q.value(1).toString());
        QCOMPARE(nexvitad::io::sha256OfFile(stored), q.value(2).toString());
        // The same bytes as the user's copy.
        QCOMPARE(nexvitad::io::sha256OfFile(pdf), q.value(2).toString());
        QCOMPARE(
            scalar(db, "SELECT status FROM jobs WHERE kind = 'report' ORDER BY id DESC LIMIT 1")
                .toString(),
            QStringLiteral("completed"));
    }

    void evaluationReportOnLetter()
    {
        const QString pdf = m_tmp.filePath("evaluation.pdf");
        // "latest" is the newest evaluation: the fixture's only one.
        const auto r = testsupport::runCli({"report", "--project", m_projectDir, "--evaluation",
                                            "latest", "--out", pdf, "--paper", "letter"},
                                           m_tmp.filePath("home"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(pdfPageSize(pdf).contains("letter"));
        QVERIFY(pdfText(pdf).contains(m_fixture.manifestSha256));
    }

    void mistakesWriteNothing_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("both ids") << QStringList{"--inspection-batch", "1", "--evaluation", "1"}
                                  << 2;
        QTest::newRow("no id") << QStringList{} << 2;
        QTest::newRow("bad paper") << QStringList{"--evaluation", "1", "--paper", "a3"} << 2;
        QTest::newRow("unknown batch") << QStringList{"--inspection-batch", "99"} << 1;
        QTest::newRow("bad id") << QStringList{"--inspection-batch", "first"} << 2;
    }

    void mistakesWriteNothing()
    {
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        const int rowsBefore = reportRows();
        QTemporaryDir out;
        const QString pdf = out.filePath("never.pdf");
        const auto r = testsupport::runCli(
            QStringList{"report", "--project", m_projectDir, "--out", pdf} + options,
            m_tmp.filePath("home"));
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
        QCOMPARE(reportRows(), rowsBefore);
    }

    void interruptLeavesNoFile()
    {
        // Enough image pages that the report is still being written when Ctrl-C arrives.
        QTemporaryDir tmp;
        const Fixture big = makeFixture(tmp.filePath("big"), "Big", 400);
        const QString out = tmp.filePath("out");
        QDir().mkpath(out);
        QProcess cli;
        testsupport::startCli(cli,
                              {"report", "--project", big.project->folder(), "--inspection-batch",
                               QString::number(big.batch), "--out", out + "/big.pdf"},
                              m_tmp.filePath("home"));
        QByteArray stderrText;
        QTRY_VERIFY_WITH_TIMEOUT(
            (stderrText += cli.readAllStandardError()).contains("Writing the report"), 60000);
        ::kill(pid_t(cli.processId()), SIGINT);
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 130);
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
        QCOMPARE(scalar(big.project->database(), "SELECT status FROM jobs WHERE kind = 'report'")
                     .toString(),
                 QStringLiteral("canceled"));
        QCOMPARE(scalar(big.project->database(), "SELECT count(*) FROM reports").toInt(), 0);
    }

    void benchReportPrintsTimeAndMemory()
    {
        const auto r = testsupport::runCli({"bench", "report", "--images", "4", "--size", "64"},
                                           m_tmp.filePath("home"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("image tiles: 4"), qPrintable(r.out));
        QVERIFY(r.out.contains("Peak RSS"));
    }
};

QTEST_MAIN(TestReportCli)
#include "test_report_cli.moc"

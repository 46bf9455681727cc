// nexvitad-cli watch as an operator runs it: images already waiting and images dropped in
// while it runs are each judged once (one line per image on the console, one CSV line, one
// project row), SIGTERM stops it cleanly (exit 0, summary, the project's job completed with
// the reason), a restart inspects only what is new, and bad input is refused before work.

#include "store/job_records.h"
#include "store/line_records.h"
#include "store/project.h"
#include "store/sql.h"
#include "line_fixture.h"
#include "test_support.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace nexvitad;

namespace {
int csvLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return int(f.readAll().count('\n')) - 1; // without the header
}
} // namespace

class TestWatchCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_home;
    LineFixture m_fixture;

    QStringList watchArgs(const QString &in) const
    {
        return {"watch", "--bank", m_fixture.bankPath, "--in", in, "--out",
                m_tmp.filePath("out"), "--project", m_tmp.filePath("project"), "--settle", "50",
                "--poll", "20"};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_home = m_tmp.filePath("home");
        QDir().mkpath(m_home);
        m_fixture = makeLineFixture(m_tmp.filePath("fixture"));
        const auto r = testsupport::runCli({"project", "init", m_tmp.filePath("project")}, m_home);
        QCOMPARE(r.exitCode, 0);
    }

    void sigtermStopsCleanlyAndARestartTakesOnlyNewImages()
    {
        const QString in = m_tmp.filePath("in");
        QDir().mkpath(in);
        QVERIFY(QFile::copy(m_fixture.images[0], QDir(in).filePath("waiting.png")));
        QProcess p;
        testsupport::startCli(p, watchArgs(in), m_home);
        QVERIFY(p.waitForStarted());
        QString output;
        QElapsedTimer clock;
        clock.start();
        auto waitFor = [&](const QString &text) {
            while (!output.contains(text) && clock.elapsed() < 120000 &&
                   p.state() == QProcess::Running) {
                p.waitForReadyRead(200);
                output += QString::fromUtf8(p.readAllStandardOutput());
            }
            return output.contains(text);
        };
        QVERIFY2(waitFor("waiting.png"), qPrintable(output + p.readAllStandardError()));
        QVERIFY(QFile::copy(m_fixture.images[1], QDir(in).filePath("dropped.png")));
        QVERIFY2(waitFor("dropped.png"), qPrintable(output));
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(60000));
        output += QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(output.contains("Watched: 2 inspected"), qPrintable(output));
        QCOMPARE(csvLines(m_tmp.filePath("out/line.csv")), 2);

        const store::Project project = store::Project::open(m_tmp.filePath("project"));
        const qint64 jobId =
            store::scalar(project.database(),
                          QStringLiteral("SELECT max(id) FROM jobs WHERE kind = 'watch'"))
                .toLongLong();
        const store::JobRecord job = store::job(project.database(), jobId);
        QCOMPARE(job.status, store::JobStatus::Completed);
        QVERIFY2(job.reason.contains("stopped by a signal"), qPrintable(job.reason));

        // Restart with one more image: only that one is inspected.
        QVERIFY(QFile::copy(m_fixture.images[2], QDir(in).filePath("later.png")));
        const auto r = testsupport::runCli(watchArgs(in) + QStringList{"--exit-when-idle", "2"},
                                           m_home);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("(2 images already done)"), qPrintable(r.out));
        QVERIFY2(r.out.contains("later.png") && !r.out.contains("waiting.png"), qPrintable(r.out));
        QCOMPARE(csvLines(m_tmp.filePath("out/line.csv")), 3);
        QCOMPARE(store::lineItems(project.database(), QDir(in).absolutePath()).size(), 3);
    }

    void badInputIsRefusedBeforeAnyWork()
    {
        auto r = testsupport::runCli({"watch", "--bank", m_fixture.bankPath, "--in",
                                      m_tmp.filePath("no-such-folder"), "--out",
                                      m_tmp.filePath("out-bad")},
                                     m_home);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no-such-folder") && r.err.contains("does not exist"),
                 qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(m_tmp.filePath("out-bad")));
        r = testsupport::runCli({"watch", "--bank", m_tmp.filePath("missing.bank"), "--in",
                                 m_tmp.path(), "--out", m_tmp.filePath("out-bad")},
                                m_home);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("missing.bank"), qPrintable(r.err));
        r = testsupport::runCli({"watch", "--bank", m_fixture.bankPath, "--in", m_tmp.path()},
                                m_home);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("output folder or a project"), qPrintable(r.err));
        r = testsupport::runCli({"watch", "--in", m_tmp.path()}, m_home);
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestWatchCli)
#include "test_watch_cli.moc"

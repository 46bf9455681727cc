// The command-line tool as a user runs it: a real process, real exit codes.

#include "test_support.h"

#include <QTest>

using testsupport::runCli;

class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;

private Q_SLOTS:
    void version()
    {
        const auto r = runCli({QStringLiteral("--version")}, m_home.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("nexvitad-cli 0.")), qPrintable(r.out));
    }

    void helpListsCommands()
    {
        const auto r = runCli({QStringLiteral("--help")}, m_home.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Usage: nexvitad-cli")));
        QVERIFY(r.out.contains(QStringLiteral("doctor")));
    }

    void noArgumentsIsUsageError()
    {
        const auto r = runCli({}, m_home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("Usage")));
    }

    void unknownCommandFails()
    {
        const auto r = runCli({QStringLiteral("frobnicate")}, m_home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("unknown command 'frobnicate'")), qPrintable(r.err));
    }

    void unknownOptionFails()
    {
        const auto r = runCli({QStringLiteral("doctor"), QStringLiteral("--bogus")}, m_home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("bogus")), qPrintable(r.err));
    }

    void doctorRuns()
    {
        const auto r = runCli({QStringLiteral("doctor")}, m_home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        for (const char *line : {"Qt:", "LibTorch:", "OpenCV:", "CUDA:", "Threads:", "BLAS:",
                                 "Models:", "Status:       usable"})
            QVERIFY2(r.out.contains(QLatin1String(line)), line);
        QVERIFY(r.out.contains(m_home.path() + QStringLiteral("/data/nexvitad/models")));
        qInfo().noquote() << r.out;
    }

    void doctorFailsWithReasonWhenModelsDirUnusable()
    {
        // A file where the models folder should be: the engine could never store weights.
        QDir(m_home.path()).mkpath(QStringLiteral("data/nexvitad"));
        QFile blocker(m_home.path() + QStringLiteral("/data/nexvitad/models"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const auto r = runCli({QStringLiteral("doctor")}, m_home.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is not a folder")), qPrintable(r.err));
        QFile::remove(blocker.fileName());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"

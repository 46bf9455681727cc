// nexvitad-cli protocol end to end in its fast --untrained mode on a tiny synthetic dataset
// with the mini backbones: exit code, the Markdown table printed at the end, the three files,
// the job recorded with --project, and bad input refused with exit codes.

#include "store/project.h"
#include "store/sql.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace nexvitad;
using testsupport::runCli;

class TestProtocolCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_home, m_data, m_project;

    QString path(const QString &name) const { return m_tmp.filePath(name); }
    QStringList protocol(const QString &out, const QString &splits) const
    {
        return {"protocol", "--data",
                m_data,     "--splits",
                splits,     "--runs",
                "2",        "--out",
                out,        "--untrained",
                "--hiera",  "random:hiera_mini:1",
                "--dinov2", "random:dinov2_mini:2",
                "--set",    "image_size=64",
                "--k",      "6",
                "--count",  "4"};
    }
    static QString explain(const testsupport::ProcessResult &r) { return r.out + r.err; }

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::isolateSettings();
        m_home = path("home");
        m_data = path("data");
        m_project = path("project");
        const auto synth = runCli({"synth", "--out", m_data, "--classes", "3", "--size", "64",
                                   "--train-good", "5", "--test-good", "2", "--test-defects", "1"},
                                  m_home);
        QVERIFY2(synth.exitCode == 0, qPrintable(explain(synth)));
        const auto init = runCli({"project", "init", m_project}, m_home);
        QVERIFY2(init.exitCode == 0, qPrintable(explain(init)));
    }

    void untrainedProtocolPrintsTableAndWritesFiles()
    {
        const QString out = path("out");
        const auto r = runCli(protocol(out, "2/1") + QStringList{"--project", m_project}, m_home);
        QVERIFY2(r.exitCode == 0, qPrintable(explain(r)));
        QVERIFY(r.out.contains("## Split 2/1"));
        QVERIFY(r.out.contains("| pixel_auroc |"));
        QVERIFY(r.out.contains("UNTRAINED BACKBONE (random weights)"));
        for (const char *name : {"protocol.json", "protocol.csv", "protocol.md"})
            QVERIFY2(QFile::exists(QDir(out).filePath(name)), name);
        QFile json(QDir(out).filePath("protocol.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(doc.value("runs").toArray().size(), 2);
        QCOMPARE(doc.value("k").toInt(), 6);
        QCOMPARE(doc.value("bank_images").toInt(), 4);
        const store::Project project = store::Project::open(m_project);
        QCOMPARE(
            store::scalar(project.database(), "SELECT status FROM jobs WHERE kind = 'protocol'")
                .toString(),
            QStringLiteral("completed"));
    }

    void badInputIsRefused()
    {
        const auto tooMany = runCli(protocol(path("bad"), "2/1,3/1"), m_home);
        QCOMPARE(tooMany.exitCode, 1);
        QVERIFY2(tooMany.err.contains("3/1 needs 4 classes"), qPrintable(explain(tooMany)));
        QVERIFY(!QFile::exists(path("bad/protocol.json")));
        const auto decoder =
            runCli(protocol(path("bad"), "2/1") + QStringList{"--inference", "decoder"}, m_home);
        QCOMPARE(decoder.exitCode, 1);
        const auto missing = runCli({"protocol", "--data", m_data, "--out", path("bad")}, m_home);
        QCOMPARE(missing.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestProtocolCli)
#include "test_protocol_cli.moc"

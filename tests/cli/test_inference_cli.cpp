// nexvitad-cli bank / eval / inspect end to end on a tiny synthetic dataset with the
// randomly initialised mini backbones: the files each command writes, thresholds saved in
// the bank by eval, verdicts in the CSV, editing a bank, what --project records (bank,
// evaluation, inspection batch with heat maps), and bad input refused with exit codes.

#include "infer/inspection_files.h"
#include "infer/memory_bank.h"
#include "store/project.h"
#include "store/result_records.h"
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

class TestInferenceCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_home, m_data, m_project, m_bank;
    const QString m_class = QStringLiteral("carpet_syn");

    QString path(const QString &name) const { return m_tmp.filePath(name); }
    QStringList untrained() const
    {
        return {"--untrained", "--hiera", "random:hiera_mini:1", "--dinov2", "random:dinov2_mini:2",
                "--size", "64"};
    }
    static QString explain(const testsupport::ProcessResult &r) { return r.out + r.err; }
    // Every progress line on stderr starts with its label ("Inspecting images: 50% 4 of 8").
    static void verifyProgressLabelled(const testsupport::ProcessResult &r, const QString &label)
    {
        QVERIFY2(r.err.contains(label + QStringLiteral(": ")), qPrintable(r.err));
        for (const QString &line : r.err.split(QLatin1Char('\n')))
            QVERIFY2(!line.startsWith(QLatin1Char(':')), qPrintable(r.err));
    }

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::isolateSettings();
        m_home = path("home");
        m_data = path("data");
        m_project = path("project");
        m_bank = path("u.bank");
        const auto synth = runCli({"synth", "--out", m_data, "--classes", "2", "--size", "64",
                                   "--train-good", "6", "--test-good", "2", "--test-defects", "2"},
                                  m_home);
        QVERIFY2(synth.exitCode == 0, qPrintable(explain(synth)));
        const auto init = runCli({"project", "init", m_project}, m_home);
        QVERIFY2(init.exitCode == 0, qPrintable(explain(init)));
    }

    void bankIsWrittenAndRecorded()
    {
        const auto r = runCli(QStringList{"bank"} + untrained() +
                                  QStringList{"--data", m_data, "--class", m_class, "--count", "4",
                                              "--k", "6", "--out", m_bank, "--project", m_project},
                              m_home);
        QVERIFY2(r.exitCode == 0, qPrintable(explain(r)));
        QVERIFY(r.out.contains("untrained backbone"));
        const infer::MemoryBank bank = infer::MemoryBank::load(m_bank);
        QCOMPARE(bank.imageCount(), 4);
        QCOMPARE(bank.info().clustering.k, 6);
        const store::Project project = store::Project::open(m_project);
        QCOMPARE(store::scalar(project.database(), "SELECT count(*) FROM memory_banks").toInt(), 1);
        QCOMPARE(store::scalar(project.database(), "SELECT k FROM memory_banks").toInt(), 6);
        QCOMPARE(store::scalar(project.database(),
                               "SELECT status FROM jobs WHERE kind = 'bank'").toString(),
                 QStringLiteral("completed"));
    }

    void evalWritesMetricsAndSavesThresholds()
    {
        const QString json = path("metrics.json");
        const auto r = runCli({"eval", "--bank", m_bank, "--data", m_data, "--class", m_class,
                               "--json", json, "--save-thresholds", "--heatmaps", path("maps"),
                               "--project", m_project},
                              m_home);
        QVERIFY2(r.exitCode == 0, qPrintable(explain(r)));
        QVERIFY(r.out.contains("pixel_auroc"));
        QVERIFY(r.out.contains("UNTRAINED BACKBONE"));
        verifyProgressLabelled(r, QStringLiteral("Inspecting the test images"));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(doc.value("pixel_auroc").isDouble());
        QVERIFY(doc.value("pixel_auroc").toDouble() > 0.5);
        QVERIFY(doc.value("untrained_backbone").toBool());
        QCOMPARE(doc.value("images").toArray().size(), 2 + 2 * 3); // good + 3 defect types x 2
        QVERIFY(doc.value("curves").toObject().contains("pixel_pro"));
        // The thresholds went into the bank, with a review band around the image threshold.
        const infer::MemoryBank bank = infer::MemoryBank::load(m_bank);
        QVERIFY(bank.thresholds().image && bank.thresholds().pixel && bank.thresholds().imageReview);
        QCOMPARE(bank.thresholds().imageReview->passBelow, bank.thresholds().image->value * 0.9f);
        // ... and the good test images' scores, the drift monitor's reference (docs/line.md).
        QVERIFY(bank.goodScoreReference());
        QCOMPARE(bank.goodScoreReference()->count, qint64(2));
        QCOMPARE(bank.goodScoreReference()->className, m_class);
        QVERIFY(QDir(path("maps")).entryList({"*.overlay.png"}).size() == 8);
        // Recorded: the evaluation, its (new, thresholded) bank file.
        const store::Project project = store::Project::open(m_project);
        const auto e = store::evaluation(project.database(), 1);
        QCOMPARE(e.metrics.value("class").toString(), m_class);
        QVERIFY(e.metrics.value("untrained").toBool());
        QCOMPARE(e.curves.value("image_scores").toArray().size(), 8);
        QVERIFY(e.curves.value("thresholds").toObject().contains("image_review"));
        QCOMPARE(store::scalar(project.database(), "SELECT count(*) FROM memory_banks").toInt(), 2);
    }

    void inspectWritesVerdictsMapsAndABatch()
    {
        const QString out = path("inspection");
        const auto r = runCli({"inspect", "--bank", m_bank, m_data + "/" + m_class + "/test",
                               "--out", out, "--project", m_project},
                              m_home);
        QVERIFY2(r.exitCode == 0, qPrintable(explain(r)));
        verifyProgressLabelled(r, QStringLiteral("Inspecting images"));
        QFile csv(out + "/inspection.csv");
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 8);
        QCOMPARE(lines[0], QStringLiteral("image,score,verdict,map,overlay"));
        for (const QString &line : lines.mid(1)) {
            const QStringList f = line.split(',');
            QVERIFY2(QStringList({"pass", "review", "fail"}).contains(f[2]), qPrintable(line));
            QVERIFY(QFile::exists(f[3]) && QFile::exists(f[4]));
            QCOMPARE(infer::readInspectionMap(f[3]).rows, 64);
        }
        const store::Project project = store::Project::open(m_project);
        const auto rows = store::inspections(project.database(), 1);
        QCOMPARE(rows.size(), 8);
        for (const auto &row : rows)
            QVERIFY(QFile::exists(project.absolutePath(row.map.storedPath)));
        QCOMPARE(store::inspectionBatch(project.database(), 1).bankId,
                 store::scalar(project.database(), "SELECT max(id) FROM memory_banks").toLongLong());
    }

    void bankCanBeEdited()
    {
        const infer::MemoryBank before = infer::MemoryBank::load(m_bank);
        const QString removed = before.images().front().name;
        const QString edited = path("edited.bank");
        const auto r = runCli({"bank", "--from", m_bank, "--remove", removed, "--k", "5", "--out",
                               edited},
                              m_home);
        QVERIFY2(r.exitCode == 0, qPrintable(explain(r)));
        const infer::MemoryBank after = infer::MemoryBank::load(edited);
        QCOMPARE(after.imageCount(), before.imageCount() - 1);
        QCOMPARE(after.info().clustering.k, 5);
        QCOMPARE(after.prototypes().front().rows, 5);
        // Adding it back encodes only that image.
        const auto add = runCli({"bank", "--from", edited, "--add",
                                 m_data + "/" + m_class + "/train/good/" + removed, "--out", edited},
                                m_home);
        QVERIFY2(add.exitCode == 0, qPrintable(explain(add)));
        QCOMPARE(infer::MemoryBank::load(edited).imageCount(), before.imageCount());
    }

    void badInputIsRefused()
    {
        // Usage errors: 2; errors found while working: 1, naming the problem.
        QCOMPARE(runCli({"bank", "--out", path("x.bank")}, m_home).exitCode, 2);
        auto r = runCli(QStringList{"bank"} + untrained() +
                            QStringList{"--data", m_data, "--class", "nope", "--out", path("x.bank")},
                        m_home);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("nope"));
        QVERIFY(!QFile::exists(path("x.bank")));
        r = runCli({"inspect", "--bank", path("missing.bank"), m_data, "--out", path("y")}, m_home);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("missing.bank"));
        r = runCli({"eval", "--bank", m_bank, "--data", m_data, "--class", m_class, "--inference",
                    "decoder"},
                   m_home);
        QCOMPARE(r.exitCode, 1); // an untrained bank has no decoder head
        r = runCli({"bank", "--from", m_bank, "--remove", "not-there.png", "--out", path("z.bank")},
                   m_home);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("not-there.png"));
    }
};

QTEST_GUILESS_MAIN(TestInferenceCli)
#include "test_inference_cli.moc"

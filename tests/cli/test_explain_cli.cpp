// nexvitad-cli explain and inspect --explain end to end on a tiny synthetic dataset with the
// randomly initialised mini backbones: the side-by-side picture and the JSON, coordinates
// in the image's own pixels, flagged images explained (picture beside the overlay, JSON in
// the project), an old bank without images refused with the reason, bad input refused.

#include "infer/memory_bank.h"
#include "infer/patch_retrieval.h"
#include "io/safetensors.h"
#include "store/project.h"
#include "store/result_records.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace nexvitad;
using testsupport::runCli;

class TestExplainCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_home, m_data, m_bank, m_image;
    const QString m_class = QStringLiteral("carpet_syn");

    QString path(const QString &name) const { return m_tmp.filePath(name); }
    static QString output(const testsupport::ProcessResult &r) { return r.out + r.err; }

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::isolateSettings();
        m_home = path("home");
        m_data = path("data");
        m_bank = path("u.bank");
        auto r = runCli({"synth", "--out", m_data, "--classes", "1", "--size", "64",
                         "--train-good", "4", "--test-good", "1", "--test-defects", "1"},
                        m_home);
        QVERIFY2(r.exitCode == 0, qPrintable(output(r)));
        r = runCli({"bank", "--untrained", "--hiera", "random:hiera_mini:1", "--dinov2",
                    "random:dinov2_mini:2", "--size", "64", "--data", m_data, "--class", m_class,
                    "--count", "4", "--k", "4", "--out", m_bank},
                   m_home);
        QVERIFY2(r.exitCode == 0, qPrintable(output(r)));
        const QStringList defects =
            QDir(m_data + "/" + m_class + "/test").entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &d : defects)
            if (d != QLatin1String("good"))
                m_image = QDir(m_data + "/" + m_class + "/test/" + d)
                              .absoluteFilePath(QDir(m_data + "/" + m_class + "/test/" + d)
                                                    .entryList(QDir::Files)
                                                    .first());
        QVERIFY(!m_image.isEmpty());
    }

    void explainWritesPictureAndJson()
    {
        const QString png = path("e.png"), json = path("e.json");
        const auto r = runCli({"explain", "--bank", m_bank, m_image, "--region", "10,20,16,8",
                               "--k", "2", "--out", png, "--json", json},
                              m_home);
        QVERIFY2(r.exitCode == 0, qPrintable(output(r)));
        QVERIFY(r.out.contains("looks least like"));
        const QImage picture(png);
        QVERIFY(!picture.isNull());
        QVERIFY(picture.width() >= 3 * 150);         // the query + 2 patches per row
        QVERIFY(picture.height() > 4 * 150);         // one row per layer
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const infer::Explanation e =
            infer::Explanation::fromJson(QJsonDocument::fromJson(f.readAll()).object(), json);
        QCOMPARE(e.region, QRect(10, 20, 16, 8)); // the synthetic images are 64 x 64 = S
        QCOMPARE(e.layers.size(), size_t(4));
        for (const infer::LayerExplanation &l : e.layers)
            QCOMPARE(l.matches.size(), size_t(2));
    }

    void refusesBadInput()
    {
        auto r = runCli({"explain", "--bank", m_bank, m_image, "--at", "1,2", "--region", "1,2,3,4"},
                        m_home);
        QCOMPARE(r.exitCode, 2);
        r = runCli({"explain", "--bank", m_bank, m_image, "--at", "1"}, m_home);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("--at"));
        r = runCli({"explain", "--bank", m_bank, m_image, "--at", "500,2", "--out", path("x.png")},
                   m_home);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("outside"));
        QVERIFY(!QFile::exists(path("x.png")));
    }

    void oldBankIsRefusedWithTheReason()
    {
        const QString old = path("old.bank");
        const io::SafeTensorsFile file = io::SafeTensorsFile::open(m_bank);
        std::vector<std::vector<float>> keep;
        std::vector<io::Float32Tensor> tensors;
        for (const io::TensorInfo &t : file.header().tensors)
            if (io::isFloatDtype(t.dtype)) { // all but the images
                keep.push_back(file.readFloat32(t.name));
                tensors.push_back({t.name, t.shape, nullptr});
            }
        for (size_t i = 0; i < tensors.size(); ++i)
            tensors[i].data = keep[i].data();
        io::writeSafeTensors(old, tensors, file.header().metadata);
        const auto r = runCli({"explain", "--bank", old, m_image, "--at", "3,3"}, m_home);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("rebuild the bank"), qPrintable(output(r)));
    }

    void inspectExplainsFlaggedImages()
    {
        // Every image fails at a zero threshold, so every image is explained.
        infer::MemoryBank bank = infer::MemoryBank::load(m_bank);
        infer::ThresholdSet zero;
        zero.image = infer::manualThreshold(0.0f);
        bank.setThresholds(zero);
        const QString strict = path("strict.bank");
        bank.save(strict);
        const QString project = path("project");
        auto r = runCli({"project", "init", project}, m_home);
        QVERIFY2(r.exitCode == 0, qPrintable(output(r)));
        const QString out = path("inspection");
        r = runCli({"inspect", "--bank", strict, m_data + "/" + m_class + "/test", "--out", out,
                    "--explain", "--project", project},
                   m_home);
        QVERIFY2(r.exitCode == 0, qPrintable(output(r)));
        const QStringList pictures = QDir(out).entryList({"*.explanation.png"});
        QCOMPARE(pictures.size(), QDir(out).entryList({"*.overlay.png"}).size());
        QVERIFY(!pictures.isEmpty());
        QVERIFY(!QImage(QDir(out).filePath(pictures.first())).isNull());
        const store::Project p = store::Project::open(project);
        const auto stored = store::inspections(p.database(), 1);
        QVERIFY(!stored.isEmpty());
        for (const store::StoredInspection &s : stored)
            QCOMPARE(infer::Explanation::fromJson(s.explanation).layers.size(), size_t(4));
    }
};

QTEST_GUILESS_MAIN(TestExplainCli)
#include "test_explain_cli.moc"

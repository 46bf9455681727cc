// The inference pipeline end to end on a tiny synthetic dataset with the real (randomly
// initialised) hiera_mini + dinov2_mini backbones: bank building with an untrained and a
// trained encoder, the bank file as the only thing inspection needs, growing a bank,
// inspection files, evaluation (defects found far above chance), inference = decoder, and
// bad input refused.

#include "common/error.h"
#include "common/progress.h"
#include "data/dataset_scan.h"
#include "data/synthetic.h"
#include "infer/bank_builder.h"
#include "infer/bank_evaluation.h"
#include "infer/inspection_files.h"
#include "infer/inspector.h"
#include "train/backbone_pair.h"
#include "train/trainer.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace nexvitad;
using namespace nexvitad::infer;

namespace {

const QString kHiera = QStringLiteral("random:hiera_mini:1");
const QString kDino = QStringLiteral("random:dinov2_mini:2");

EncoderChoice untrainedEncoder(const QString &modelsDir)
{
    EncoderChoice e;
    e.hieraSpec = kHiera;
    e.dinoSpec = kDino;
    e.imageSize = 64;
    e.modelsDir = modelsDir;
    return e;
}

const ExtraTensor *findTensor(const MemoryBank &bank, const QString &name)
{
    for (const ExtraTensor &t : bank.extraTensors())
        if (t.name == name)
            return &t;
    return nullptr;
}

} // namespace

class TestInspectionPipeline : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;
    data::Manifest manifest;
    QString target;
    QString models;

    BankBuildRequest request(int count, int k = 8)
    {
        BankBuildRequest r;
        r.encoder = untrainedEncoder(models);
        r.images = chooseGoodImages(manifest, target, count, 0);
        r.clustering.k = k;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        data::SyntheticOptions o;
        o.classes = 3;
        o.size = 64;
        o.trainGood = 6;
        o.testGood = 2;
        o.testDefects = 2;
        o.seed = 5;
        data::writeSyntheticDataset(dir.filePath(QStringLiteral("data")), o, false,
                                    Progress::none());
        manifest = data::scanDataset(dir.filePath(QStringLiteral("data")), data::ScanOptions{},
                                     Progress::none());
        target = manifest.classNames().first();
        models = dir.filePath(QStringLiteral("models"));
    }

    void untrainedBankHasIdentityAdaptersAndRoundTrips()
    {
        MemoryBank bank = buildBank(request(4));
        QCOMPARE(bank.imageCount(), 4);
        QCOMPARE(bank.info().layers.size(), size_t(4));
        QCOMPARE(bank.info().layers[0].gridHeight, 16); // S / 4
        QCOMPARE(bank.info().layers[3].gridHeight, 2);  // S / 32
        QVERIFY(bank.info().runId.isEmpty());
        QVERIFY(bank.info().encoder.value(QStringLiteral("untrained_backbone")).toBool());
        // Identity adapters: W_up and b_up are zero, W_down is not.
        const ExtraTensor *up = findTensor(bank, QStringLiteral("encoder.adapter1.up.weight"));
        const ExtraTensor *down = findTensor(bank, QStringLiteral("encoder.adapter1.down.weight"));
        QVERIFY(up && down);
        QVERIFY(std::all_of(up->values.begin(), up->values.end(), [](float v) { return v == 0; }));
        QVERIFY(std::any_of(down->values.begin(), down->values.end(), [](float v) { return v != 0; }));
        QVERIFY(findTensor(bank, QStringLiteral("encoder.projection4.linear.weight")));
        QVERIFY(std::none_of(bank.extraTensors().begin(), bank.extraTensors().end(),
                             [](const ExtraTensor &e) { return e.name.startsWith("target_head."); }));

        // The file alone (plus the backbones) reproduces the in-memory inspector's scores.
        const QString path = dir.filePath(QStringLiteral("u.bank"));
        bank.save(path);
        const QString image = manifest.absoluteDisplayPath(
            manifest.findClass(target)->splits.back().images.front().path);
        Inspector fromMemory(bank, InspectorOptions{models});
        Inspector fromFile(path, InspectorOptions{models});
        const auto a = fromMemory.inspectFiles({image}, Progress::none());
        const auto b = fromFile.inspectFiles({image}, Progress::none());
        QCOMPARE(a.size(), size_t(1));
        QCOMPARE(a[0].score, b[0].score);
        QCOMPARE(a[0].map.rows, 64);
        QCOMPARE(cv::norm(a[0].map, b[0].map, cv::NORM_INF), 0.0);
        QCOMPARE(a[0].originalSize, cv::Size(64, 64));
        QVERIFY(!a[0].verdict); // the bank has no threshold yet
    }

    void growingEncodesOnlyTheNewImage()
    {
        const QString path = dir.filePath(QStringLiteral("grow.bank"));
        buildBank(request(3)).save(path);
        MemoryBank bank = MemoryBank::load(path);
        const BankImage first = bank.images().front();
        const QStringList all = chooseGoodImages(manifest, target, 6, 0);
        QString extra;
        for (const QString &f : all)
            if (std::none_of(bank.images().begin(), bank.images().end(),
                             [&](const BankImage &i) { return f.endsWith(i.name); }))
                extra = f;
        QVERIFY(!extra.isEmpty());
        addImagesToBank(bank, {extra}, models, QStringLiteral("cpu"));
        QCOMPARE(bank.imageCount(), 4);
        // Untouched, not re-encoded.
        QCOMPARE(bank.images().front().sha256, first.sha256);
        QVERIFY(bank.images().front().patches == first.patches);
        QVERIFY(!bank.prototypesStale());
        QVERIFY_THROWS_EXCEPTION(Error, addImagesToBank(bank, {extra}, models, QStringLiteral("cpu")));
    }

    void evaluationFindsDefectsAndWritesFiles()
    {
        Inspector inspector(buildBank(request(6, 10)), InspectorOptions{models});
        int seen = 0;
        const BankEvaluation e = evaluateBank(inspector, manifest, target, Progress::none(),
                                              [&](const Inspection &r, const cv::Mat &mask) {
                                                  QCOMPARE(mask.rows, 64);
                                                  QCOMPARE(r.map.rows, 64);
                                                  ++seen;
                                              });
        QCOMPARE(seen, int(e.images.size()));
        QVERIFY(e.result.pixel.ranking.auroc.has_value());
        qInfo("pixel AUROC %.4f, image AUROC %.4f", *e.result.pixel.ranking.auroc,
              e.result.image.auroc.value_or(-1));
        QVERIFY(*e.result.pixel.ranking.auroc > 0.75); // chance is 0.5
        QVERIFY(e.f1Thresholds.pixel && e.f1Thresholds.image);

        // Only good test images: metrics without F1-optimal thresholds, and no error.
        data::Manifest goodOnly = manifest;
        for (data::ClassEntry &c : goodOnly.classes)
            std::erase_if(c.splits, [](const data::Split &s) {
                return s.kind == data::SplitKind::TestDefect;
            });
        const BankEvaluation good = evaluateBank(inspector, goodOnly, target);
        QVERIFY(!good.images.empty());
        QVERIFY(!good.f1Thresholds.pixel && !good.f1Thresholds.image);

        // Verdicts follow the thresholds; files are written and readable.
        inspector.setThresholds(e.f1Thresholds);
        const QString image = e.images.back().path;
        const auto r = inspector.inspectFiles({image}, Progress::none());
        QVERIFY(r[0].verdict.has_value());
        QCOMPARE(*r[0].verdict, r[0].score >= e.f1Thresholds.image->value ? Verdict::Fail
                                                                          : Verdict::Pass);
        const InspectionFiles files = writeInspectionFiles(
            r[0], dir.filePath(QString()), QStringLiteral("one"), e.f1Thresholds.pixel);
        QCOMPARE(cv::norm(readInspectionMap(files.map), r[0].map, cv::NORM_INF), 0.0);
        const QImage overlay(files.overlay);
        QCOMPARE(overlay.size(), QSize(64, 64));
    }

    void evaluationRefusesBankImages()
    {
        BankBuildRequest r = request(2);
        r.images << e2eTestImage();
        Inspector inspector(buildBank(r), InspectorOptions{models});
        QVERIFY_THROWS_EXCEPTION(Error, evaluateBank(inspector, manifest, target));
    }

    void trainedRunGivesItsEncoderAndDecoderHead()
    {
        train::TrainingRequest t;
        t.manifest = manifest;
        const QStringList classes = manifest.classNames();
        t.sourceClasses = {classes[1], classes[2]};
        t.targetClasses = {target};
        t.runDir = dir.filePath(QStringLiteral("run"));
        t.config = train::TrainingConfig::fromPreset(QStringLiteral("cpu"));
        t.config.hiera = kHiera;
        t.config.dinov2 = kDino;
        t.config.imageSize = 64;
        t.config.epochs = 1;
        t.config.batchSize = 2;
        t.config.lr = 1e-2;
        t.config.decoderWidths = {16, 8, 4};
        t.config.pseudoHidden = {8, 4};
        train::Trainer(t, train::loadBackbonePair(kHiera, kDino, models, QStringLiteral("cpu")))
            .run(Progress::none());

        BankBuildRequest r = request(3);
        r.encoder.runDir = t.runDir;
        const MemoryBank bank = buildBank(r);
        QCOMPARE(bank.info().runId, t.runDir);
        const ExtraTensor *up = findTensor(bank, QStringLiteral("encoder.adapter4.up.weight"));
        QVERIFY(up);
        QVERIFY(std::any_of(up->values.begin(), up->values.end(), [](float v) { return v != 0; }));
        QVERIFY(std::any_of(bank.extraTensors().begin(), bank.extraTensors().end(),
                            [](const ExtraTensor &e) { return e.name.startsWith("target_head."); }));

        const QString path = dir.filePath(QStringLiteral("trained.bank"));
        bank.save(path);
        InspectorOptions decoder{models};
        decoder.inference = InferenceMode::Decoder;
        Inspector inspector(path, decoder);
        const auto result = inspector.inspectFiles({e2eTestImage()}, Progress::none());
        double low = 0, high = 0;
        cv::minMaxLoc(result[0].map, &low, &high);
        QVERIFY(low >= 0.0 && high <= 1.0); // probabilities

        // An untrained bank has no head for inference = decoder.
        const QString untrainedPath = dir.filePath(QStringLiteral("u2.bank"));
        buildBank(request(2)).save(untrainedPath);
        QVERIFY_THROWS_EXCEPTION(Error, Inspector(untrainedPath, decoder));
        // A run trained for another target class is refused by name.
        r.encoder.targetClass = classes[1];
        QVERIFY_THROWS_EXCEPTION(Error, buildBank(r));
    }

    void badInputIsRefused()
    {
        BankBuildRequest r = request(2);
        r.images << dir.filePath(QStringLiteral("missing.png"));
        QVERIFY_THROWS_EXCEPTION(Error, buildBank(r));
        r = request(2);
        r.layers = {5};
        QVERIFY_THROWS_EXCEPTION(Error, buildBank(r));
        QVERIFY_THROWS_EXCEPTION(Error, chooseGoodImages(manifest, QStringLiteral("nope"), 3, 0));
        r = request(2, 1000); // K above the patch count of a layer
        QVERIFY_THROWS_EXCEPTION(Error, buildBank(r));
        QFile junk(dir.filePath(QStringLiteral("junk.bank")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a bank");
        junk.close();
        QVERIFY_THROWS_EXCEPTION(Error, Inspector(junk.fileName(), InspectorOptions{models}));
    }

private:
    QString e2eTestImage() const
    {
        return manifest.absoluteDisplayPath(
            manifest.findClass(target)->find(data::SplitKind::TestGood)->images.front().path);
    }
};

QTEST_GUILESS_MAIN(TestInspectionPipeline)
#include "test_inspection_pipeline.moc"

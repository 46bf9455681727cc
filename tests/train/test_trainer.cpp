// The Trainer end to end on a tiny synthetic dataset with the real (randomly initialised)
// hiera_mini + dinov2_mini backbones: training lowers the source loss, callbacks and run
// folder contents, cancel + resume reproduces an uninterrupted run exactly, and bad input
// is refused before any work.

#include "common/error.h"
#include "common/progress.h"
#include "data/dataset_scan.h"
#include "data/synthetic.h"
#include "model/trainable_model_torch.h"
#include "train/backbone_pair.h"
#include "train/checkpoint_torch.h"
#include "train/frozen_backbones_torch.h"
#include "train/run_folder.h"
#include "train/trainer.h"

#include <torch/torch.h>

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace nexvitad;
using namespace nexvitad::train;

namespace {

train::TrainingConfig tinyConfig(int epochs)
{
    TrainingConfig c = TrainingConfig::fromPreset(QStringLiteral("cpu"));
    c.hiera = QStringLiteral("random:hiera_mini:1");
    c.dinov2 = QStringLiteral("random:dinov2_mini:2");
    c.imageSize = 64;
    c.epochs = epochs;
    c.batchSize = 2;
    c.lr = 1e-2;
    c.theta = 0.6;           // a few steps on 16 images make the pseudo heads only this confident
    c.phase1Fraction = 0.34; // epoch 1 source only, then joint
    c.decoderWidths = {32, 16, 8};
    c.pseudoHidden = {8, 4};
    c.augVariants = 2;
    c.seed = 3;
    return c;
}

struct Fixture
{
    QTemporaryDir dir;
    data::Manifest manifest;
    std::shared_ptr<FrozenBackbones> backbones;

    Fixture()
    {
        data::SyntheticOptions o;
        o.classes = 3;
        o.size = 64;
        o.trainGood = 4;
        o.testGood = 1;
        o.testDefects = 1;
        o.seed = 1;
        const QString root = dir.filePath(QStringLiteral("data"));
        data::writeSyntheticDataset(root, o, false, Progress::none());
        manifest = data::scanDataset(root, data::ScanOptions{}, Progress::none());
        const TrainingConfig c = tinyConfig(1);
        backbones = loadBackbonePair(c.hiera, c.dinov2, dir.filePath(QStringLiteral("models")),
                                     QStringLiteral("cpu"));
    }

    TrainingRequest request(const QString &run, int epochs)
    {
        TrainingRequest r;
        r.manifest = manifest;
        const QStringList classes = manifest.classNames();
        r.sourceClasses = {classes[0], classes[1]};
        r.targetClasses = {classes[2]};
        r.runDir = dir.filePath(run);
        r.config = tinyConfig(epochs);
        return r;
    }
};

std::map<std::string, torch::Tensor> weightsOf(const QString &checkpoint, const TrainingRequest &r,
                                               FrozenBackbones &b)
{
    model::ModelSpec spec;
    spec.hieraChannels = b.hieraChannels();
    spec.dinoChannels = b.dinoChannels();
    spec.decoderWidths = {32, 16, 8};
    spec.pseudoHidden = {8, 4};
    spec.sourceClasses = int(r.sourceClasses.size());
    spec.targetClasses = int(r.targetClasses.size());
    model::TrainableModel m(spec);
    torch::optim::Adam adam(m->parameters());
    loadCheckpoint(checkpoint, m, adam);
    std::map<std::string, torch::Tensor> out;
    for (const auto &p : m->named_parameters())
        out[p.key()] = p.value();
    for (const auto &p : m->named_buffers())
        out[p.key()] = p.value();
    return out;
}

} // namespace

class TestTrainer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { fx = std::make_unique<Fixture>(); }
    void cleanupTestCase() { fx.reset(); }

    void trainingLowersTheLossAndFillsTheRunFolder()
    {
        TrainingRequest r = fx->request(QStringLiteral("run"), 3);
        Trainer trainer(r, fx->backbones);
        std::vector<StepReport> steps;
        std::vector<EpochReport> epochs;
        trainer.onStep([&](const StepReport &s) { steps.push_back(s); });
        trainer.onEpoch([&](const EpochReport &e) { epochs.push_back(e); });
        const TrainingOutcome out = trainer.run(Progress::none());

        QCOMPARE(out.epochsDone, 3);
        QCOMPARE(epochs.size(), size_t(3));
        QVERIFY(!epochs[0].joint && epochs[1].joint && epochs[2].joint);
        QVERIFY(epochs[1].pseudoCoverage > 0.0 && epochs[1].pseudoCoverage <= 1.0);
        QVERIFY(epochs[2].loss.targetCe > 0.0 || epochs[2].loss.targetMse > 0.0);
        QCOMPARE(epochs[0].loss.targetCe, 0.0);
        // Every image of the source classes, in batches of 2.
        const int sourceImages = fx->manifest.findClass(r.sourceClasses[0])->imageCount() +
                                 fx->manifest.findClass(r.sourceClasses[1])->imageCount();
        QCOMPARE(int(steps.size()), 3 * ((sourceImages + 1) / 2));
        QVERIFY(steps.front().lr > 0.0 && steps.back().lr < steps[4].lr);
        const double first = steps[0].loss.sourceCe, last = epochs[2].loss.sourceCe;
        QVERIFY2(last < 0.7 * first, qPrintable(QStringLiteral("%1 -> %2").arg(first).arg(last)));
        // The cache served every later epoch.
        QCOMPARE(epochs[1].cacheMisses, 0);
        QVERIFY(epochs[1].cacheHits > 0);

        const RunFolder folder(r.runDir);
        QCOMPARE(loadTrainingConfig(folder.configPath()), r.config);
        QCOMPARE(folder.readMetrics().size(), size_t(3));
        QCOMPARE(QDir(folder.checkpointsDir()).entryList(QDir::Files).size(), 1);
        QCOMPARE(folder.latestCheckpoint(), out.checkpoint);
        QVERIFY(!QDir(folder.cacheDir()).entryList(QDir::Files).isEmpty());
    }

    void cancelAndResumeReproduceAnUninterruptedRun()
    {
        const TrainingRequest straight = fx->request(QStringLiteral("straight"), 3);
        const TrainingOutcome a = Trainer(straight, fx->backbones).run(Progress::none());

        TrainingRequest broken = fx->request(QStringLiteral("broken"), 3);
        Progress progress;
        {
            Trainer trainer(broken, fx->backbones);
            trainer.onStep([&](const StepReport &s) {
                if (s.epoch == 1 && s.stepInEpoch == 1)
                    progress.cancel(); // stops before the next step
            });
            QVERIFY_THROWS_EXCEPTION(Canceled, trainer.run(progress));
        }
        QCOMPARE(RunFolder(broken.runDir).readMetrics().size(), size_t(1));
        broken.resume = true;
        const TrainingOutcome b = Trainer(broken, fx->backbones).run(Progress::none());
        QCOMPARE(b.epochsDone, 3);

        const auto wa = weightsOf(a.checkpoint, straight, *fx->backbones);
        const auto wb = weightsOf(b.checkpoint, broken, *fx->backbones);
        QCOMPARE(wa.size(), wb.size());
        for (const auto &[name, t] : wa)
            QVERIFY2(torch::equal(t, wb.at(name)), name.c_str());
        const auto ma = RunFolder(straight.runDir).readMetrics();
        const auto mb = RunFolder(broken.runDir).readMetrics();
        QCOMPARE(ma.back().value(QStringLiteral("loss")), mb.back().value(QStringLiteral("loss")));
    }

    void badInputIsRefusedBeforeAnyWork()
    {
        auto expectError = [&](TrainingRequest r, const QString &fragment) {
            try {
                Trainer(r, fx->backbones).run(Progress::none());
                QFAIL("expected an error");
            } catch (const Canceled &) {
                QFAIL("canceled instead of an error");
            } catch (const Error &e) {
                QVERIFY2(e.message().contains(fragment, Qt::CaseInsensitive),
                         qPrintable(e.userText()));
            }
        };
        TrainingRequest r = fx->request(QStringLiteral("bad"), 1);
        r.targetClasses = {QStringLiteral("no_such_class")};
        expectError(r, QStringLiteral("no_such_class"));
        QVERIFY(!QFileInfo::exists(r.runDir)); // nothing written

        r = fx->request(QStringLiteral("bad"), 1);
        r.targetClasses = {r.sourceClasses[0]};
        expectError(r, r.sourceClasses[0]);

        r = fx->request(QStringLiteral("bad"), 1);
        r.resume = true;
        expectError(r, QStringLiteral("checkpoint"));

        // An earlier run is not overwritten without force, nor resumed with another config.
        r = fx->request(QStringLiteral("run"), 3);
        expectError(r, QStringLiteral("--force"));
        r.resume = true;
        r.config.lr = 5e-3;
        expectError(r, QStringLiteral("\"lr\""));
    }

private:
    std::unique_ptr<Fixture> fx;
};

QTEST_GUILESS_MAIN(TestTrainer)
#include "test_trainer.moc"

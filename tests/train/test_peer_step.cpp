// Issue 22's peer: tools/peer_train_step.py (plain Python PyTorch) and our heads and losses
// (stepLossOnFeatures) compute the same step loss on the same parameters and features,
// within 1e-4 in float32. Skips, saying why, where no python3 imports torch (Debian's
// python3-torch; ./workstation installs it for the tests).

#include "train/step_bench.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <torch/torch.h>

using namespace nexvitad;
using namespace nexvitad::train;

class TestPeerStep : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { torch::set_num_threads(2); }

    void sameLossAsPyTorch_data()
    {
        QTest::addColumn<bool>("presetChannels");
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("sourceClasses");
        QTest::newRow("tiny widths, 64 px, 3 sources") << false << 64 << 3;
        QTest::newRow("tiny widths, 96 px, 1 source") << false << 96 << 1;
        // The cpu preset's heads (Hiera-tiny + ViT-S/14 channels, widths 256/128/64) at a
        // small size, so the test stays fast.
        QTest::newRow("cpu preset heads, 64 px") << true << 64 << 3;
    }

    void sameLossAsPyTorch()
    {
        QFETCH(bool, presetChannels);
        QFETCH(int, size);
        QFETCH(int, sourceClasses);
        QString why;
        const QString python = findPythonWithTorch(&why);
        if (python.isEmpty())
            QSKIP(qPrintable(why));

        TrainingConfig config = TrainingConfig::fromPreset(QStringLiteral("cpu"));
        config.imageSize = size;
        StepBenchSetup setup;
        if (presetChannels) {
            setup = stepBenchSetup(config, {96, 192, 384, 768}, 384);
        } else {
            config.decoderWidths = {16, 8, 8};
            config.pseudoHidden = {8, 4};
            setup = stepBenchSetup(config, {8, 16, 32, 64}, 24);
        }
        setup.sourceClasses = sourceClasses;
        setup.seed = 7;

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("step.safetensors"));
        const double ours = writeStepFile(setup, file);
        QVERIFY(std::isfinite(ours) && ours > 0);
        const QString line = runPeerScript(python, QStringLiteral(NEXVITAD_PEER_SCRIPT),
                                           {file, QStringLiteral("--check")}, 300);
        const double peer = QJsonDocument::fromJson(line.toUtf8()).object().value(
                                QStringLiteral("loss")).toDouble(-1);
        qInfo("ours %.8f, PyTorch %.8f", ours, peer);
        QVERIFY2(std::abs(ours - peer) <= 1e-4,
                 qPrintable(QStringLiteral("ours %1, PyTorch %2").arg(ours, 0, 'g', 10)
                                .arg(peer, 0, 'g', 10)));
    }

    // The comparison is only worth something if the loss depends on what the file holds:
    // another seed (other parameters and features) must give another loss on both sides.
    void lossDependsOnTheStepFile()
    {
        TrainingConfig config = TrainingConfig::fromPreset(QStringLiteral("cpu"));
        config.imageSize = 64;
        config.decoderWidths = {16, 8, 8};
        config.pseudoHidden = {8, 4};
        StepBenchSetup setup = stepBenchSetup(config, {8, 16, 32, 64}, 24);
        QTemporaryDir dir;
        const double a = writeStepFile(setup, dir.filePath(QStringLiteral("a.safetensors")));
        setup.seed = 1;
        const double b = writeStepFile(setup, dir.filePath(QStringLiteral("b.safetensors")));
        QVERIFY(std::abs(a - b) > 1e-3);
    }

    void timesSteps()
    {
        TrainingConfig config = TrainingConfig::fromPreset(QStringLiteral("cpu"));
        config.imageSize = 64;
        config.decoderWidths = {16, 8, 8};
        config.pseudoHidden = {8, 4};
        const auto seconds = timeCachedSteps(stepBenchSetup(config, {8, 16, 32, 64}, 24), 1, 2);
        QCOMPARE(seconds.size(), size_t(2));
        QVERIFY(median(seconds) > 0);
    }
};

QTEST_GUILESS_MAIN(TestPeerStep)
#include "test_peer_step.moc"

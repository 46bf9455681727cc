// Hiera and DINOv2 against timm's outputs (the golden fixtures in tests/data/fixtures, made
// with timm 1.0.29.dev0 / PyTorch 1.13), the weights-spec loaders and the torch glue.
#include "backbones/backbones_torch.h"
#include "backbones/weights_check.h"
#include "common/error.h"
#include "io/safetensors_torch.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QtTest>

#include <torch/torch.h>

using namespace nexvitad;
using namespace nexvitad::backbones;

namespace {

constexpr double kTolerance = 1e-4; // max abs error the issue allows

QString fixture(const QString &name)
{
    return testsupport::dataPath(QStringLiteral("fixtures/") + name);
}

double maxAbsError(const torch::Tensor &a, const torch::Tensor &b)
{
    if (a.sizes() != b.sizes())
        return std::numeric_limits<double>::infinity();
    return (a - b).abs().max().item<double>();
}

QString errorOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const Error &e) {
        return e.userText();
    }
    return QString();
}

} // namespace

class TestBackboneFixtures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { torch::set_num_threads(2); }

    void hieraMatchesTimm_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("hiera_mini") << "hiera_mini";
        QTest::newRow("hiera_mini_h2") << "hiera_mini_h2";
    }

    void hieraMatchesTimm()
    {
        QFETCH(QString, name);
        LoadedHiera hiera = loadHiera(fixture(name + ".safetensors"), QString());
        QCOMPARE(hiera.source.variant, name); // recognised from the keys
        QVERIFY(!hiera.source.untrained);
        auto expected = io::loadSafeTensors(fixture(name + ".io.safetensors"));
        torch::InferenceMode inference;
        const std::vector<torch::Tensor> stages = hiera.module->forwardStages(expected.at("input"));
        QCOMPARE(stages.size(), size_t(4));
        for (int i = 0; i < 4; ++i) {
            const torch::Tensor &want = expected.at("stage" + std::to_string(i + 1));
            const double err = maxAbsError(stages[i], want);
            QVERIFY2(err <= kTolerance, qPrintable(QStringLiteral("stage%1: max abs error %2")
                                                       .arg(i + 1)
                                                       .arg(err)));
        }
    }

    void dinoMatchesTimm_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("size");
        for (const char *name : {"dinov2_mini", "dinov2_mini_reg4"})
            for (int size : {224, 448})
                QTest::newRow(qPrintable(QStringLiteral("%1@%2").arg(name).arg(size)))
                    << QString::fromLatin1(name) << size;
    }

    void dinoMatchesTimm()
    {
        QFETCH(QString, name);
        QFETCH(int, size);
        LoadedDinoV2 dino = loadDinoV2(fixture(name + ".safetensors"), QString());
        QCOMPARE(dino.source.variant, name);
        auto expected = io::loadSafeTensors(fixture(name + ".io.safetensors"));
        const std::string s = std::to_string(size);
        torch::InferenceMode inference;
        const torch::Tensor input = expected.at("input" + s);
        const torch::Tensor grid = dino.module->forwardPatchGrid(input); // NCHW
        QCOMPARE(grid.size(2), int64_t(size / 14));
        const double err = maxAbsError(grid.permute({0, 2, 3, 1}), expected.at("patch_tokens" + s));
        QVERIFY2(err <= kTolerance, qPrintable(QStringLiteral("patch tokens: %1").arg(err)));
        const torch::Tensor cls = dino.module->forwardTokens(input).select(1, 0);
        const double clsErr = maxAbsError(cls, expected.at("cls" + s));
        QVERIFY2(clsErr <= kTolerance, qPrintable(QStringLiteral("cls: %1").arg(clsErr)));
    }

    // The modules have exactly the keys the weights check expects (what lets
    // validateWeightsFile speak for the loaders), for every variant small enough to build
    // quickly (tiny, small, ViT-S, the test variants).
    void modulesHaveExpectedKeys()
    {
        for (const QString &variant : knownVariants()) {
            const Variant *v = findVariant(variant);
            const auto expected = expectedParameters(variant);
            qint64 count = 0;
            for (const auto &shape : expected)
                count += std::accumulate(shape.begin(), shape.end(), qint64(1), std::multiplies<>());
            if (count > 40'000'000)
                continue; // base and up: same code paths, too slow to initialise in a test
            std::shared_ptr<torch::nn::Module> module =
                v->family == Family::Hiera
                    ? std::static_pointer_cast<torch::nn::Module>(Hiera(v->hiera).ptr())
                    : std::static_pointer_cast<torch::nn::Module>(DinoV2(v->dino).ptr());
            const auto params = module->named_parameters(true);
            QCOMPARE(int(params.size()), int(expected.size()));
            for (const auto &item : params) {
                const auto it = expected.constFind(QString::fromStdString(item.key()));
                QVERIFY2(it != expected.constEnd(), item.key().c_str());
                QVERIFY2(std::vector<qint64>(item.value().sizes().begin(), item.value().sizes().end()) == *it,
                         item.key().c_str());
            }
        }
    }

    void randomSpecIsSeededAndFlagged()
    {
        LoadedHiera a = loadHiera(QStringLiteral("random:hiera_mini:7"), QString());
        LoadedHiera b = loadHiera(QStringLiteral("random:hiera_mini:7"), QString());
        LoadedHiera c = loadHiera(QStringLiteral("random:hiera_mini"), QString());
        QVERIFY(a.source.untrained);
        QCOMPARE(a.source.seed, quint64(7));
        QCOMPARE(a.source.identity(), QStringLiteral("random:hiera_mini:7"));
        torch::manual_seed(1);
        const torch::Tensor x = torch::randn({2, 3, 256, 320});
        torch::InferenceMode inference;
        const auto sa = a.module->forwardStages(x);
        const auto sb = b.module->forwardStages(x);
        const auto sc = c.module->forwardStages(x);
        // Non-224 sizes: the position embedding is resampled, the stages follow the size.
        QCOMPARE(sa[0].sizes(), (c10::IntArrayRef{2, 16, 64, 80}));
        QCOMPARE(sa[3].sizes(), (c10::IntArrayRef{2, 128, 8, 10}));
        for (int i = 0; i < 4; ++i) {
            QVERIFY(torch::equal(sa[i], sb[i]));
            QVERIFY(sa[i].isfinite().all().item<bool>());
        }
        QVERIFY(!torch::equal(sa[3], sc[3]));
        // Each image is computed on its own: batching changes nothing.
        QVERIFY(maxAbsError(a.module->forwardStages(x.narrow(0, 1, 1))[2], sa[2].narrow(0, 1, 1)) < 1e-5);

        LoadedDinoV2 d = loadDinoV2(QStringLiteral("random:dinov2_mini_reg4:3"), QString());
        QVERIFY(d.source.untrained);
        const torch::Tensor grid = d.module->forwardPatchGrid(torch::randn({1, 3, 280, 140}));
        QCOMPARE(grid.sizes(), (c10::IntArrayRef{1, 32, 20, 10}));
    }

    void resampledPositionsAtNativeSizeAreUnchanged()
    {
        const torch::Tensor pos = torch::randn({1, 1 + 37 * 37, 8});
        QVERIFY(torch::equal(resampleAbsPosEmbed(pos, 1, {37, 37}, {37, 37}), pos));
        const torch::Tensor small = resampleAbsPosEmbed(pos, 1, {37, 37}, {16, 12});
        QCOMPARE(small.sizes(), (c10::IntArrayRef{1, 1 + 16 * 12, 8}));
        QVERIFY(torch::equal(small.narrow(1, 0, 1), pos.narrow(1, 0, 1))); // prefix kept
    }

    void loaderErrorsNameTheProblem()
    {
        QVERIFY(errorOf([] { loadHiera(fixture("dinov2_mini.safetensors"), QString()); })
                    .contains(QLatin1String("Not a Hiera checkpoint")));
        QVERIFY(errorOf([] { loadHiera(QStringLiteral("random:vit_small_patch14_dinov2"), QString()); })
                    .contains(QLatin1String("Unknown Hiera variant")));
        QVERIFY(errorOf([] { loadDinoV2(QStringLiteral("random:dinov2_mini:x"), QString()); })
                    .contains(QLatin1String("seed")));
        QVERIFY(errorOf([] { loadDinoV2(QStringLiteral("nonexistent/file.safetensors"), QString()); })
                    .contains(QLatin1String("does not exist")));
        QVERIFY(errorOf([] { loadDinoV2(QStringLiteral("vit_tiny_whatever"), QString()); })
                    .contains(QLatin1String("is neither")));
        // Registry names: the models directory is looked up, a missing file says how to get it.
        QTemporaryDir models;
        const QString notDownloaded = errorOf(
            [&] { loadHiera(QStringLiteral("hiera_tiny_224.mae_in1k_ft_in1k"), models.path()); });
        QVERIFY2(notDownloaded.contains(QLatin1String("weights download hiera_tiny_224.mae_in1k_ft_in1k")) &&
                     notDownloaded.startsWith(models.path()),
                 qPrintable(notDownloaded));
        QVERIFY(errorOf([&] { loadHiera(QStringLiteral("vit_small_patch14_dinov2.lvd142m"), models.path()); })
                    .contains(QLatin1String("is not a Hiera model")));
        LoadedHiera h = loadHiera(QStringLiteral("random:hiera_mini"), QString());
        QVERIFY(errorOf([&] { h.module->forwardStages(torch::zeros({1, 3, 224, 200})); })
                    .contains(QLatin1String("multiples of 32")));

        // Loading a file with a wrong shape into a module names the key.
        QTemporaryDir dir;
        auto tensors = io::loadSafeTensors(fixture("dinov2_mini.safetensors"));
        tensors["norm.weight"] = torch::zeros({31});
        tensors.erase("blocks.1.ls2.gamma");
        const QString path = dir.filePath(QStringLiteral("bad.safetensors"));
        io::saveSafeTensors(path, tensors);
        DinoV2 module(findVariant(QStringLiteral("dinov2_mini"))->dino);
        const QString message = errorOf([&] { loadWeightsInto(*module, QStringLiteral("dinov2_mini"), path); });
        QVERIFY2(message.contains(QLatin1String("missing keys: blocks.1.ls2.gamma")) &&
                     message.contains(QLatin1String("norm.weight: file [31], expected [32]")),
                 qPrintable(message));
    }

    void torchGlueRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.safetensors"));
        const torch::Tensor a = torch::randn({3, 4}).t(); // non-contiguous
        const torch::Tensor b = torch::randn({5}).to(torch::kFloat16);
        io::saveSafeTensors(path, {{"a", a}, {"b", b}}, {{QStringLiteral("k"), QStringLiteral("v")}});
        auto back = io::loadSafeTensors(path);
        QVERIFY(torch::equal(back.at("a"), a));
        QVERIFY(torch::equal(back.at("b"), b.to(torch::kFloat32)));
        QCOMPARE(back.at("a").dtype(), torch::kFloat32);
    }
};

QTEST_GUILESS_MAIN(TestBackboneFixtures)
#include "test_backbone_fixtures.moc"

// Issue 22's bf16 precision (common/precision.h): the frozen backbones' features and the
// training step's loss under bf16 stay within the documented tolerance of float32 (and do
// differ from it, so the bf16 path is what ran), the option is parsed, stored and refused
// where it cannot run. The tolerance tests skip, saying why, on CPUs without AVX512_BF16.
#include "backbones/backbones_torch.h"
#include "common/error.h"
#include "common/precision.h"
#include "common/settings.h"
#include "io/safetensors_torch.h"
#include "test_support.h"
#include "train/step_bench.h"

#include <QTemporaryDir>
#include <QtTest>

#include <torch/torch.h>

using namespace nexvitad;
using namespace nexvitad::backbones;

namespace {

// Documented in docs/performance.md ("bf16"): the largest difference to float32 relative to
// the largest float32 magnitude of the tensor, and the smallest cosine similarity of a
// feature vector (one pixel / token across channels) with its float32 twin.
constexpr double kMaxRelativeDifference = 0.02; // measured 0.0035-0.0074
constexpr double kMinCosine = 0.9995;           // measured 0.99995 and above

QString fixture(const QString &name)
{
    return testsupport::dataPath(QStringLiteral("fixtures/") + name);
}

struct Difference
{
    double relative = 0; // max |a - b| / max |a|
    double minCosine = 1;
};

// a, b: [B, C, ...] (channels second).
Difference compare(const torch::Tensor &a, const torch::Tensor &b)
{
    const torch::Tensor va = a.flatten(2).transpose(1, 2).reshape({-1, a.size(1)});
    const torch::Tensor vb = b.flatten(2).transpose(1, 2).reshape({-1, b.size(1)});
    Difference d;
    d.relative = (a - b).abs().max().item<double>() / a.abs().max().item<double>();
    d.minCosine = torch::cosine_similarity(va, vb, 1).min().item<double>();
    return d;
}

class PrecisionScope
{
public:
    explicit PrecisionScope(Precision p) { runtime::configurePrecision(p); }
    ~PrecisionScope() { runtime::configurePrecision(Precision::Float32); }
};

void checkClose(const QString &what, const torch::Tensor &fp32, const torch::Tensor &bf16)
{
    const Difference d = compare(fp32, bf16);
    qInfo("%s: max relative difference %.5f, min cosine %.6f", qPrintable(what), d.relative,
          d.minCosine);
    QVERIFY2(d.relative > 0, qPrintable(what + QStringLiteral(": bf16 gave float32's result")));
    QVERIFY2(d.relative <= kMaxRelativeDifference,
             qPrintable(QStringLiteral("%1: %2").arg(what).arg(d.relative)));
    QVERIFY2(d.minCosine >= kMinCosine,
             qPrintable(QStringLiteral("%1: cosine %2").arg(what).arg(d.minCosine)));
}

} // namespace

class TestBf16Precision : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::isolateSettings();
        torch::set_num_threads(2);
    }

    void namesParseAndSettingsKeepThem()
    {
        Precision p = Precision::Float32;
        QVERIFY(parsePrecision(QStringLiteral(" BF16 "), &p));
        QCOMPARE(p, Precision::BFloat16);
        QVERIFY(parsePrecision(QStringLiteral("float32"), &p));
        QCOMPARE(p, Precision::Float32);
        QVERIFY(!parsePrecision(QStringLiteral("fp16"), &p));
        QCOMPARE(precisionName(Precision::BFloat16), QStringLiteral("bf16"));

        Settings settings;
        QCOMPARE(settings.precision(), Precision::Float32); // the default
        settings.setPrecision(Precision::BFloat16);
        QCOMPARE(Settings().precision(), Precision::BFloat16);
        qputenv("NEXVITAD_PRECISION", "fp32");
        QCOMPARE(Settings().precision(), Precision::Float32);
        qunsetenv("NEXVITAD_PRECISION");
        settings.setPrecision(Precision::Float32);
    }

    // Where the CPU cannot, bf16 is refused with the reason (and nothing changes); where it
    // can, it is taken.
    void refusedWithTheReasonWhereItCannotRun()
    {
        const QString problem = runtime::cpuBf16Problem();
        if (problem.isEmpty()) {
            PrecisionScope bf16(Precision::BFloat16);
            QCOMPARE(runtime::precision(), Precision::BFloat16);
            runtime::requirePrecisionOn(QStringLiteral("cpu")); // does not throw
            return;
        }
        QVERIFY(problem.contains(QStringLiteral("AVX512_BF16")) ||
                problem.contains(QStringLiteral("oneDNN")));
        if (!torch::cuda::is_available()) {
            QVERIFY_THROWS_EXCEPTION(Error, runtime::configurePrecision(Precision::BFloat16));
            QCOMPARE(runtime::precision(), Precision::Float32);
        }
    }

    void hieraFeaturesWithinTolerance()
    {
        if (!runtime::cpuHasBf16())
            QSKIP(qPrintable(runtime::cpuBf16Problem()));
        LoadedHiera hiera = loadHiera(fixture(QStringLiteral("hiera_mini.safetensors")), {});
        auto io = io::loadSafeTensors(fixture(QStringLiteral("hiera_mini.io.safetensors")));
        torch::InferenceMode inference;
        const auto fp32 = hiera.module->forwardStages(io.at("input"));
        std::vector<torch::Tensor> bf16;
        {
            PrecisionScope scope(Precision::BFloat16);
            bf16 = hiera.module->forwardStages(io.at("input"));
        }
        for (size_t i = 0; i < fp32.size(); ++i) {
            QCOMPARE(bf16[i].scalar_type(), torch::kFloat32);
            checkClose(QStringLiteral("hiera stage %1").arg(i + 1), fp32[i], bf16[i]);
        }
        // And float32 again afterwards: exactly timm's numbers (the bf16 copies did not
        // replace the packed float32 weights).
        const auto again = hiera.module->forwardStages(io.at("input"));
        QVERIFY(torch::equal(again[3], fp32[3]));
    }

    void dinoFeaturesWithinTolerance()
    {
        if (!runtime::cpuHasBf16())
            QSKIP(qPrintable(runtime::cpuBf16Problem()));
        LoadedDinoV2 dino = loadDinoV2(fixture(QStringLiteral("dinov2_mini.safetensors")), {});
        auto io = io::loadSafeTensors(fixture(QStringLiteral("dinov2_mini.io.safetensors")));
        torch::InferenceMode inference;
        const torch::Tensor input = io.at("input224");
        const torch::Tensor fp32 = dino.module->forwardPatchGrid(input);
        torch::Tensor bf16;
        {
            PrecisionScope scope(Precision::BFloat16);
            bf16 = dino.module->forwardPatchGrid(input);
        }
        checkClose(QStringLiteral("dinov2 patch grid"), fp32, bf16);
    }

    // The training step's loss under autocast: close to float32's (measured 7e-6 relative,
    // bar 1e-3), not equal to it.
    void stepLossWithinTolerance()
    {
        if (!runtime::cpuHasBf16())
            QSKIP(qPrintable(runtime::cpuBf16Problem()));
        using namespace nexvitad::train;
        TrainingConfig config = TrainingConfig::fromPreset(QStringLiteral("cpu"));
        config.imageSize = 64;
        StepBenchSetup setup = stepBenchSetup(config, {96, 192, 384, 768}, 384);
        setup.seed = 3;
        QTemporaryDir dir;
        const double fp32 = writeStepFile(setup, dir.filePath(QStringLiteral("a.safetensors")));
        double bf16 = 0;
        {
            PrecisionScope scope(Precision::BFloat16);
            bf16 = writeStepFile(setup, dir.filePath(QStringLiteral("b.safetensors")));
        }
        qInfo("step loss fp32 %.6f, bf16 %.6f", fp32, bf16);
        QVERIFY(bf16 != fp32);
        QVERIFY2(std::abs(bf16 - fp32) <= 1e-3 * std::abs(fp32),
                 qPrintable(QStringLiteral("fp32 %1, bf16 %2").arg(fp32).arg(bf16)));
    }
};

QTEST_GUILESS_MAIN(TestBf16Precision)
#include "test_bf16_precision.moc"

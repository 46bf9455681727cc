#pragma once
// `nexvitad-cli bench backbone`: how fast the frozen backbones run here, in absolute terms
// (seconds per image) and relative to the machine (achieved GFLOP/s over the sgemm GFLOP/s
// measured in the same process), plus peak memory. Weights do not change the speed, so the
// bench uses seeded random weights of the named variants. Plain types only.

#include <QString>
#include <QStringList>

#include <vector>

namespace nexvitad {
class Progress;
}

namespace nexvitad::backbones {

struct BenchOptions
{
    QString hieraVariant = QStringLiteral("hiera_tiny_224");          // empty: skip Hiera
    QString dinoVariant = QStringLiteral("vit_small_patch14_dinov2"); // empty: skip DINOv2
    int size = 224;
    std::vector<int> batches{1, 10};
    int warmupRuns = 2;
    int timedRuns = 5; // the median is reported
};

struct BenchRow
{
    QString what;            // "hiera", "dinov2" or "both"
    int batch = 0;
    double secondsPerImage = 0.0; // median over the timed runs
    double gflopPerImage = 0.0;   // analytic count (backbone_variants.h)
    double gflops = 0.0;          // achieved: gflopPerImage / secondsPerImage
    // Median over the timed runs of (this run's GFLOP/s / the sgemm GFLOP/s measured just
    // before it): pairing the two cancels slow swings of a shared machine's speed.
    double ratioToSgemm = 0.0;
};

struct BenchResult
{
    std::vector<BenchRow> rows;
    int threads = 0;
    // runtime::checkBlas (square sgemm, best of a few products), measured before every
    // timed run: the median and the range of those measurements.
    double sgemmGflops = 0.0;
    double sgemmMinGflops = 0.0, sgemmMaxGflops = 0.0;
    int sgemmSize = 0;
    QString blasLibrary;
    qint64 peakRssKiB = 0;      // VmHWM of this process after the runs
    int dinoSize = 0;           // the side DINOv2 saw (nearest multiple of 14)
};

// Throws nexvitad::Error for unknown variants or a size that is not a multiple of 32.
BenchResult benchBackbones(const BenchOptions &options, Progress &progress);

} // namespace nexvitad::backbones

#include "backbones/backbone_bench.h"

#include "backbones/backbones_torch.h"
#include "common/error.h"
#include "common/process_resources.h"
#include "common/progress.h"
#include "common/runtime.h"
#include "train/input_resize_torch.h"

#include <QCoreApplication>

#include <torch/torch.h>

#include <algorithm>
#include <chrono>

namespace nexvitad::backbones {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::backbones::Bench)
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

BenchResult benchBackbones(const BenchOptions &options, Progress &progress)
{
    const bool withHiera = !options.hieraVariant.isEmpty();
    const bool withDino = !options.dinoVariant.isEmpty();
    if (!withHiera && !withDino)
        throw Error(Tr::tr("Nothing to benchmark: give a Hiera or a DINOv2 variant."));
    if (options.size < 32 || options.size % 32 != 0)
        throw Error(Tr::tr("The image size must be a positive multiple of 32, not %1.")
                        .arg(options.size));
    if (options.timedRuns < 1 || options.batches.empty() ||
        *std::min_element(options.batches.begin(), options.batches.end()) < 1)
        throw Error(Tr::tr("Batch sizes and the number of runs must be positive."));

    // Weights do not change the speed: seeded random ones, no download needed.
    Hiera hiera{nullptr};
    DinoV2 dino{nullptr};
    double hieraGflop = 0.0, dinoGflop = 0.0;
    BenchResult result;
    result.dinoSize = options.size;
    if (withHiera) {
        const Variant &v = requireVariant(options.hieraVariant, Family::Hiera);
        hiera = Hiera(v.hiera);
        initRandom(*hiera, 0);
        hiera->eval();
        hieraGflop = hieraFlops(v.hiera, options.size) / 1e9;
    }
    if (withDino) {
        const Variant &v = requireVariant(options.dinoVariant, Family::DinoV2);
        dino = DinoV2(v.dino);
        initRandom(*dino, 0);
        dino->eval();
        result.dinoSize = int(train::resizeForPatches(torch::zeros({1, 3, options.size, options.size}),
                                                      v.dino.patchSize)
                                  .size(2));
        dinoGflop = dinoFlops(v.dino, result.dinoSize) / 1e9;
    }

    result.threads = runtime::threadCount();
    std::vector<double> allSgemm;

    progress.setStage(Tr::tr("Running the backbones"));
    const int runsPerBatch = options.warmupRuns + options.timedRuns;
    const int totalRuns = runsPerBatch * int(options.batches.size());
    int done = 0;
    torch::InferenceMode inference;
    torch::manual_seed(0);
    for (int batch : options.batches) {
        const torch::Tensor images = torch::randn({batch, 3, options.size, options.size});
        const torch::Tensor dinoImages =
            withDino ? train::resizeForPatches(images, dino->config().patchSize) : torch::Tensor();
        std::vector<double> hieraTimes, dinoTimes, totalTimes, sgemm;
        for (int run = 0; run < runsPerBatch; ++run) {
            progress.throwIfCanceled();
            if (run >= options.warmupRuns) {
                // The machine's reference speed right now (a shared machine's speed drifts).
                const runtime::BlasCheck blas = runtime::checkBlas();
                sgemm.push_back(blas.gflops);
                result.sgemmSize = blas.matrixSize;
                result.blasLibrary = blas.library;
            }
            const auto start = std::chrono::steady_clock::now();
            if (withHiera)
                hiera->forwardStages(images);
            const double tHiera = secondsSince(start);
            if (withDino)
                dino->forwardPatchGrid(dinoImages);
            const double tTotal = secondsSince(start);
            if (run >= options.warmupRuns) {
                hieraTimes.push_back(tHiera);
                dinoTimes.push_back(tTotal - tHiera);
                totalTimes.push_back(tTotal);
            }
            progress.report(++done, totalRuns);
        }
        auto addRow = [&](const QString &what, double gflop, const std::vector<double> &times) {
            BenchRow row;
            row.what = what;
            row.batch = batch;
            row.secondsPerImage = median(times) / batch;
            row.gflopPerImage = gflop;
            row.gflops = row.secondsPerImage > 0 ? gflop / row.secondsPerImage : 0.0;
            std::vector<double> ratios;
            for (size_t i = 0; i < times.size(); ++i)
                ratios.push_back(gflop * batch / std::max(times[i], 1e-9) / sgemm[i]);
            row.ratioToSgemm = median(ratios);
            result.rows.push_back(row);
        };
        if (withHiera)
            addRow(QStringLiteral("hiera"), hieraGflop, hieraTimes);
        if (withDino)
            addRow(QStringLiteral("dinov2"), dinoGflop, dinoTimes);
        if (withHiera && withDino)
            addRow(QStringLiteral("both"), hieraGflop + dinoGflop, totalTimes);
        allSgemm.insert(allSgemm.end(), sgemm.begin(), sgemm.end());
    }
    result.sgemmGflops = median(allSgemm);
    result.sgemmMinGflops = *std::min_element(allSgemm.begin(), allSgemm.end());
    result.sgemmMaxGflops = *std::max_element(allSgemm.begin(), allSgemm.end());
    result.peakRssKiB = runtime::peakResidentKiB();
    return result;
}

} // namespace nexvitad::backbones

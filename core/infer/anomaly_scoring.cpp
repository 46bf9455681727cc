#include "common/error.h"
#include "infer/anomaly_scoring_torch.h"
#include "infer/sinkhorn_kmeans_torch.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace nexvitad::infer {

namespace {

struct ScoringText
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::infer::Scoring)
};

namespace F = torch::nn::functional;

// 1-D Gaussian taps, normalised to sum 1, in `like`'s dtype and device.
torch::Tensor gaussianKernel(double sigma, int radius, const torch::Tensor &like)
{
    const torch::Tensor x = torch::arange(
        -radius, radius + 1, torch::TensorOptions().dtype(torch::kFloat64).device(like.device()));
    const torch::Tensor k = torch::exp(-0.5 * (x / sigma).pow(2));
    return (k / k.sum()).to(like.scalar_type());
}

} // namespace

torch::Tensor minDistanceMap(const torch::Tensor &features, const torch::Tensor &prototypes,
                             qint64 chunkElements)
{
    const qint64 n = features.size(0);
    const qint64 c = features.size(1);
    const qint64 h = features.size(2);
    const qint64 w = features.size(3);
    if (prototypes.dim() != 2 || prototypes.size(1) != c)
        throw Error(ScoringText::tr("The memory bank's prototypes have %1 channels but the "
                                    "encoder gives %2: the bank was built with another "
                                    "encoder.")
                        .arg(prototypes.dim() == 2 ? prototypes.size(1) : -1)
                        .arg(c));
    const torch::Tensor queries =
        features.to(torch::kFloat32).permute({0, 2, 3, 1}).reshape({n * h * w, c});
    const torch::Tensor protos = prototypes.to(queries.device(), torch::kFloat32);
    const qint64 rows = queries.size(0);
    const qint64 k = protos.size(0);

    // Blocks of queryChunk x protoChunk distances; the running minimum is all that stays.
    const qint64 budget = std::max<qint64>(chunkElements, 1);
    const qint64 protoChunk = std::clamp<qint64>(budget, 1, k);
    const qint64 queryChunk = std::clamp<qint64>(budget / protoChunk, 1, rows);
    torch::Tensor best = torch::empty({rows}, queries.options());
    for (qint64 q0 = 0; q0 < rows; q0 += queryChunk) {
        const torch::Tensor q = queries.slice(0, q0, std::min(rows, q0 + queryChunk));
        torch::Tensor minimum;
        for (qint64 p0 = 0; p0 < k; p0 += protoChunk) {
            const torch::Tensor p = protos.slice(0, p0, std::min(k, p0 + protoChunk));
            const torch::Tensor blockMin = std::get<0>(squaredDistances(q, p).min(1));
            minimum = minimum.defined() ? torch::minimum(minimum, blockMin) : blockMin;
        }
        best.slice(0, q0, q0 + q.size(0)).copy_(minimum);
    }
    return best.sqrt().reshape({n, h, w});
}

torch::Tensor gaussianBlur(const torch::Tensor &maps, double sigma)
{
    const int radius = gaussianRadius(sigma);
    if (sigma <= 0.0 || radius == 0)
        return maps;
    const torch::Tensor kernel = gaussianKernel(sigma, radius, maps);
    const bool canReflect = maps.size(-1) > radius && maps.size(-2) > radius;
    const auto mode = canReflect ? torch::nn::functional::PadFuncOptions::mode_t(torch::kReflect)
                                 : torch::nn::functional::PadFuncOptions::mode_t(torch::kReplicate);
    torch::Tensor x = maps.unsqueeze(1); // N x 1 x H x W
    x = F::pad(x, F::PadFuncOptions({radius, radius, radius, radius}).mode(mode));
    x = F::conv2d(x, kernel.view({1, 1, 1, -1}));
    x = F::conv2d(x, kernel.view({1, 1, -1, 1}));
    return x.squeeze(1);
}

torch::Tensor combineDistanceMaps(const std::vector<torch::Tensor> &distances,
                                  const ScoringOptions &options)
{
    const qint64 s = options.imageSize;
    torch::Tensor sum;
    for (const torch::Tensor &a : distances) {
        const torch::Tensor up =
            F::interpolate(a.unsqueeze(1), F::InterpolateFuncOptions()
                                               .size(std::vector<int64_t>{s, s})
                                               .mode(torch::kBilinear)
                                               .align_corners(false));
        sum = sum.defined() ? sum + up : up;
    }
    const torch::Tensor mean = (sum / double(distances.size())).squeeze(1);
    return gaussianBlur(mean, options.sigma);
}

torch::Tensor anomalyMaps(const std::vector<torch::Tensor> &features,
                          const std::vector<torch::Tensor> &prototypes,
                          const ScoringOptions &options)
{
    if (features.empty() || features.size() != prototypes.size())
        throw Error(ScoringText::tr("The memory bank has %1 layers but the encoder gives %2.")
                        .arg(prototypes.size())
                        .arg(features.size()));
    std::vector<torch::Tensor> distances;
    for (size_t layer = 0; layer < features.size(); ++layer)
        distances.push_back(
            minDistanceMap(features[layer], prototypes[layer], options.chunkElements));
    return combineDistanceMaps(distances, options);
}

torch::Tensor imageScores(const torch::Tensor &maps, const ScoringOptions &options)
{
    const torch::Tensor flat = maps.reshape({maps.size(0), -1});
    if (options.imageScore == ImageScoreMode::Max)
        return std::get<0>(flat.max(1));
    const qint64 count = std::clamp<qint64>(
        qint64(std::ceil(options.topFraction * double(flat.size(1)))), 1, flat.size(1));
    return std::get<0>(flat.topk(count, 1)).mean(1);
}

} // namespace nexvitad::infer

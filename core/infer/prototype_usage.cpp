#include "infer/prototype_usage.h"

#include "infer/sinkhorn_kmeans_torch.h"
#include "infer/torch_matrix_torch.h"

#include <algorithm>

namespace nexvitad::infer {

namespace {
// Distances held at once: rows x K floats per block.
constexpr qint64 kChunkElements = qint64(1) << 24;
} // namespace

std::vector<std::vector<qint64>> prototypeUsage(const MemoryBank &bank, Progress &progress)
{
    const std::vector<FeatureMatrix> &prototypes = bank.prototypes(); // throws while stale
    std::vector<std::vector<qint64>> usage(prototypes.size());
    if (bank.info().prototypes == PrototypeMode::AllPatches)
        return usage;
    torch::NoGradGuard noGrad;
    for (size_t l = 0; l < prototypes.size(); ++l) {
        progress.throwIfCanceled();
        progress.report(qint64(l), qint64(prototypes.size()));
        const FeatureMatrix patches = bank.layerPatches(l);
        const torch::Tensor points = asTensor(patches);
        const torch::Tensor centres = asTensor(prototypes[l]);
        const qint64 k = centres.size(0);
        const qint64 rows = points.size(0);
        const qint64 step = std::max<qint64>(1, kChunkElements / std::max<qint64>(k, 1));
        torch::Tensor counts = torch::zeros({k}, torch::kLong);
        for (qint64 r0 = 0; r0 < rows; r0 += step) {
            const torch::Tensor block = points.slice(0, r0, std::min(rows, r0 + step));
            const torch::Tensor nearest = squaredDistances(block, centres).argmin(1);
            counts += torch::bincount(nearest, {}, k);
        }
        usage[l].assign(counts.data_ptr<int64_t>(), counts.data_ptr<int64_t>() + k);
    }
    progress.report(qint64(prototypes.size()), qint64(prototypes.size()));
    return usage;
}

} // namespace nexvitad::infer

// A linear layer whose product is split between the intra-op threads by us instead of by
// OpenBLAS.
//
// Why: OpenBLAS's own two-thread split is poor on several of the backbones' shapes. Measured
// at 2 threads (GFLOP/s, torch::linear -> split here): Hiera stage-1 qkv 3136 x 96 x 288
// 44 -> 103-112, stage-1 MLP 3136 x 96 x 384 and 3136 x 384 x 96 106-108 -> 117-120, stage-3
// 196 x 384 x 1152 108 -> 118-121 (docs/performance.md). Each thread runs an ordinary
// LibTorch addmm on its share; inside the parallel region LibTorch and OpenBLAS's OpenMP
// build stay single-threaded, so nothing is split twice.
#include "backbones/backbones_torch.h"

#include <ATen/Parallel.h>
#include <torch/torch.h>

namespace nexvitad::backbones {

namespace {

// Rows per thread below which the columns are split instead: thin inputs (Hiera's last
// stage has 49 tokens per image) leave too few rows for the GEMM kernels to stay busy.
constexpr int64_t kMinRowsPerThread = 64;
// Column shares are multiples of this (whole GEMM kernel panels).
constexpr int64_t kColumnAlign = 16;

bool canSplit(const torch::Tensor &x, const torch::nn::LinearImpl &layer, int threads)
{
    const torch::Tensor &w = layer.weight;
    return threads > 1 && !at::in_parallel_region() && x.device().is_cpu()
           && x.scalar_type() == torch::kFloat32 && w.scalar_type() == torch::kFloat32
           && layer.bias.defined() && x.is_contiguous() && x.dim() >= 2
           && !(torch::GradMode::is_enabled() && (x.requires_grad() || w.requires_grad()));
}

} // namespace

torch::Tensor linearSplit(torch::nn::Linear layer, const torch::Tensor &x)
{
    const int threads = at::get_num_threads();
    if (!canSplit(x, *layer, threads))
        return layer(x);
    const torch::Tensor &w = layer->weight;
    const torch::Tensor &bias = layer->bias;
    const int64_t in = w.size(1), outFeatures = w.size(0);
    const torch::Tensor rows = x.view({-1, in});
    const int64_t m = rows.size(0);
    std::vector<int64_t> shape = x.sizes().vec();
    shape.back() = outFeatures;
    torch::Tensor out = torch::empty({m, outFeatures}, x.options());
    const bool byRows = m >= kMinRowsPerThread * threads;
    const int64_t extent = byRows ? m : outFeatures;
    const int64_t unit = byRows ? 1 : kColumnAlign;
    // Worker threads do not inherit the caller's thread-local inference mode; without it
    // writing into `out` (an inference tensor when the caller is in inference mode) throws.
    const bool inference = c10::InferenceMode::is_enabled();
    at::parallel_for(0, threads, 1, [&](int64_t first, int64_t last) {
        c10::InferenceMode guard(inference);
        for (int64_t part = first; part < last; ++part) {
            const int64_t begin = (extent * part / threads) / unit * unit;
            const int64_t end =
                part + 1 == threads ? extent : (extent * (part + 1) / threads) / unit * unit;
            if (end <= begin)
                continue;
            if (byRows) {
                torch::Tensor share = out.narrow(0, begin, end - begin);
                torch::addmm_out(share, bias, rows.narrow(0, begin, end - begin), w.t());
            } else {
                torch::Tensor share = out.narrow(1, begin, end - begin);
                torch::addmm_out(share, bias.narrow(0, begin, end - begin), rows,
                                 w.narrow(0, begin, end - begin).t());
            }
        }
    });
    return out.view(shape);
}

} // namespace nexvitad::backbones

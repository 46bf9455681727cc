// LayerNorm over the last dimension for the backbones' token matrices.
//
// Why our own: ATen's CPU kernel took 1.2-1.4 ns per element on Hiera's and ViT-S's token
// rows (96 to 768 channels: its per-row setup dominates), about 2.5 % of the two
// backbones' time at batch 1; here a row is two passes over registers and L1 (mean, then
// the squared deviations: the same two-pass result as ATen's), the rows shared out between
// the threads. LibTorch's LayerNorm remains for autograd, other devices and dtypes.
#include "backbones/backbones_torch.h"

#include "common/avx2_math.h"
#include "common/packed_gemm.h"

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include <cmath>

namespace nexvitad::backbones {

namespace {

#if defined(__x86_64__)
// One row of `channels` (a multiple of 8) floats.
[[gnu::target("avx2,fma")]] void normalizeRow(const float *x, const float *weight,
                                              const float *bias, float eps, int64_t channels,
                                              float *y)
{
    __m256 acc = _mm256_setzero_ps();
    for (int64_t c = 0; c < channels; c += 8)
        acc = _mm256_add_ps(acc, _mm256_loadu_ps(x + c));
    const __m256 mean = _mm256_set1_ps(gemm::horizontalSum(acc) / float(channels));
    acc = _mm256_setzero_ps();
    for (int64_t c = 0; c < channels; c += 8) {
        const __m256 d = _mm256_sub_ps(_mm256_loadu_ps(x + c), mean);
        acc = _mm256_fmadd_ps(d, d, acc);
    }
    const __m256 scale =
        _mm256_set1_ps(1.0f / std::sqrt(gemm::horizontalSum(acc) / float(channels) + eps));
    for (int64_t c = 0; c < channels; c += 8) {
        const __m256 d = _mm256_mul_ps(_mm256_sub_ps(_mm256_loadu_ps(x + c), mean), scale);
        _mm256_storeu_ps(y + c, _mm256_fmadd_ps(d, _mm256_loadu_ps(weight + c),
                                                _mm256_loadu_ps(bias + c)));
    }
}
#endif

bool eligible(const torch::nn::LayerNormImpl &norm, const torch::Tensor &x)
{
#if defined(__x86_64__)
    const auto &options = norm.options;
    const torch::Tensor &w = norm.weight, &b = norm.bias;
    return gemm::available() && x.device().is_cpu() && x.scalar_type() == torch::kFloat32
           && x.is_contiguous() && x.dim() >= 2 && options.normalized_shape().size() == 1
           && options.elementwise_affine() && w.defined() && b.defined()
           && w.is_contiguous() && b.is_contiguous() && w.scalar_type() == torch::kFloat32
           && b.scalar_type() == torch::kFloat32 && x.size(-1) % 8 == 0
           && options.normalized_shape()[0] == x.size(-1)
           && !(torch::GradMode::is_enabled()
                && (x.requires_grad() || w.requires_grad() || b.requires_grad()));
#else
    (void)norm;
    (void)x;
    return false;
#endif
}

} // namespace

torch::Tensor layerNormRows(torch::nn::LayerNorm norm, const torch::Tensor &x)
{
    if (!eligible(*norm, x))
        return norm(x);
    torch::Tensor y = torch::empty_like(x);
#if defined(__x86_64__)
    const int64_t channels = x.size(-1), rows = x.numel() / channels;
    const float *in = x.data_ptr<float>();
    const float *weight = norm->weight.data_ptr<float>();
    const float *bias = norm->bias.data_ptr<float>();
    const float eps = float(norm->options.eps());
    float *out = y.data_ptr<float>();
    // About 32 K elements per task: smaller ones cost more to hand out than to compute.
    const int64_t grain = std::max<int64_t>(1, 32768 / channels);
    at::parallel_for(0, rows, grain, [&](int64_t begin, int64_t end) {
        for (int64_t r = begin; r < end; ++r)
            normalizeRow(in + r * channels, weight, bias, eps, channels, out + r * channels);
    });
#endif
    return y;
}

} // namespace nexvitad::backbones

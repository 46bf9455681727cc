// Building blocks shared by Hiera and DINOv2: the MLP, attention, position-embedding
// resampling.
#include "backbones/backbones_torch.h"

#include <torch/torch.h>

namespace nexvitad::backbones {

namespace F = torch::nn::functional;

MlpImpl::MlpImpl(int64_t dim, int64_t hidden, bool swiglu)
    : m_swiglu(swiglu)
{
    m_fc1 = register_module("fc1", torch::nn::Linear(dim, hidden));
    m_fc2 = register_module("fc2", torch::nn::Linear(swiglu ? hidden / 2 : hidden, dim));
}

torch::Tensor MlpImpl::forwardAddInto(const torch::Tensor &x, torch::Tensor residual,
                                     const torch::Tensor &gain)
{
    torch::Tensor hidden;
    if (m_swiglu) {
        auto halves = linearSplit(m_fc1, x).chunk(2, -1);
        hidden = torch::silu(halves[0]).mul_(halves[1]);
    } else {
        hidden = linearGelu(m_fc1, x);
    }
    return linearAddInto(m_fc2, hidden, std::move(residual), gain);
}

torch::Tensor attend(const torch::Tensor &q, const torch::Tensor &k, const torch::Tensor &v,
                     double scale)
{
    // As 3-D batches: one copy at most per operand (q, k, v are usually permuted views of
    // the fused qkv output), the scale folded into the GEMM (alpha) instead of a pass over
    // q, and the softmax computed in place.
    const int64_t tq = q.size(-2), tk = k.size(-2), d = q.size(-1);
    const torch::Tensor q3 = q.reshape({-1, tq, d});
    const torch::Tensor k3 = k.reshape({-1, tk, d});
    const torch::Tensor v3 = v.reshape({-1, tk, v.size(-1)});
    torch::Tensor attn = torch::empty({q3.size(0), tq, tk}, q.options());
    attn = torch::baddbmm(attn, q3, k3.transpose(1, 2), /*beta=*/0.0, /*alpha=*/scale);
    at::_softmax_out(attn, attn, -1, false);
    std::vector<int64_t> shape = q.sizes().vec();
    shape.back() = v.size(-1);
    return torch::bmm(attn, v3).view(shape);
}

torch::Tensor resampleAbsPosEmbed(const torch::Tensor &posEmbed, int64_t prefix,
                                  std::pair<int64_t, int64_t> oldGrid,
                                  std::pair<int64_t, int64_t> newGrid)
{
    // timm returns the embedding untouched only for an identical square grid.
    if (oldGrid == newGrid)
        return posEmbed;
    const int64_t dim = posEmbed.size(-1);
    torch::Tensor prefixPart = posEmbed.narrow(1, 0, prefix);
    torch::Tensor grid = posEmbed.narrow(1, prefix, oldGrid.first * oldGrid.second)
                             .reshape({1, oldGrid.first, oldGrid.second, dim})
                             .permute({0, 3, 1, 2});
    grid = F::interpolate(grid, F::InterpolateFuncOptions()
                                    .size(std::vector<int64_t>{newGrid.first, newGrid.second})
                                    .mode(torch::kBicubic)
                                    .align_corners(false)
                                    .antialias(true));
    grid = grid.permute({0, 2, 3, 1}).reshape({1, -1, dim});
    return prefix > 0 ? torch::cat({prefixPart, grid}, 1) : grid.contiguous();
}

torch::Tensor PosEmbedCache::get(const torch::Tensor &posEmbed, int64_t prefix,
                                 std::pair<int64_t, int64_t> oldGrid,
                                 std::pair<int64_t, int64_t> newGrid)
{
    // A parameter that takes part in autograd must not be frozen into a cached copy.
    if (posEmbed.requires_grad() && torch::GradMode::is_enabled())
        return resampleAbsPosEmbed(posEmbed, prefix, oldGrid, newGrid);
    auto it = m_cache.find(newGrid);
    if (it == m_cache.end() || it->second.device() != posEmbed.device())
        it = m_cache.insert_or_assign(newGrid,
                                      resampleAbsPosEmbed(posEmbed, prefix, oldGrid, newGrid)
                                          .detach())
                 .first;
    return it->second;
}

} // namespace nexvitad::backbones

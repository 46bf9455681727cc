#include "model/encoder_parts_torch.h"

#include <torch/nn/functional/activation.h>
#include <torch/nn/functional/upsampling.h>
#include <torch/nn/init.h>

namespace F = torch::nn::functional;

namespace nexvitad::model {

torch::Tensor linearOverChannels(torch::nn::Linear &linear, const torch::Tensor &nchw)
{
    TORCH_CHECK(nchw.dim() == 4, "expected an NCHW tensor, got ", nchw.sizes());
    return linear->forward(nchw.permute({0, 2, 3, 1})).permute({0, 3, 1, 2});
}

AdapterImpl::AdapterImpl(int64_t channels, int64_t reduction)
{
    TORCH_CHECK(reduction > 0 && channels % reduction == 0, "adapter: ", channels,
                " channels not divisible by ", reduction);
    const int64_t hidden = channels / reduction;
    down = register_module("down", torch::nn::Linear(channels, hidden));
    up = register_module("up", torch::nn::Linear(hidden, channels));
    torch::NoGradGuard noGrad;
    torch::nn::init::zeros_(up->weight);
    torch::nn::init::zeros_(up->bias);
}

torch::Tensor AdapterImpl::forward(const torch::Tensor &nchw)
{
    TORCH_CHECK(nchw.dim() == 4, "adapter: expected NCHW, got ", nchw.sizes());
    const torch::Tensor x = nchw.permute({0, 2, 3, 1}); // channels last
    const torch::Tensor y = up->forward(F::gelu(down->forward(x))) + x;
    return y.permute({0, 3, 1, 2});
}

DinoProjectionImpl::DinoProjectionImpl(int64_t dinoChannels, int64_t outChannels)
{
    linear = register_module("linear", torch::nn::Linear(dinoChannels, outChannels));
}

torch::Tensor DinoProjectionImpl::forward(const torch::Tensor &dinoGrid, int64_t height,
                                          int64_t width)
{
    TORCH_CHECK(dinoGrid.dim() == 4, "projection: expected [B, d, g, g], got ", dinoGrid.sizes());
    // Projected on DINOv2's own grid, then resized: the same values as resizing first (a
    // bilinear sample is a convex combination of grid points, so it commutes with the affine
    // map, bias included), but the linear layer sees g^2 tokens instead of H x W (256 instead
    // of 3136 at stage 1 for 224 px) and the resize moves the projection's channels instead
    // of DINOv2's. Measured: docs/performance.md, "Hot-folder watcher".
    const torch::Tensor projected = linearOverChannels(linear, dinoGrid);
    return F::interpolate(projected, F::InterpolateFuncOptions()
                                         .size(std::vector<int64_t>{height, width})
                                         .mode(torch::kBilinear)
                                         .align_corners(false));
}

torch::Tensor interleaveChannels(const torch::Tensor &adapted, const torch::Tensor &projected)
{
    TORCH_CHECK(adapted.sizes() == projected.sizes(), "interleave: shapes differ, ",
                adapted.sizes(), " vs ", projected.sizes());
    // stack -> [B, C, 2, H, W]; flattening (C, 2) puts adapted[c] at 2c, projected[c] at 2c+1.
    const auto s = adapted.sizes();
    return torch::stack({adapted, projected}, 2).reshape({s[0], 2 * s[1], s[2], s[3]});
}

} // namespace nexvitad::model

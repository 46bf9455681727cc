#pragma once
// The trainable pieces of the encoder (method.md 1.2, 1.4, 1.5), private: torch types.

#include <torch/nn/module.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/pimpl.h>

namespace nexvitad::model {

// A_n(X) = GELU(X W_down + b_down) W_up + b_up + X on channels-last features, r = d / reduction.
// W_up and b_up start at zero, so an untrained adapter is the identity: the decoder first
// sees the frozen Hiera features unchanged. Takes and returns NCHW.
class AdapterImpl : public torch::nn::Module
{
public:
    AdapterImpl(int64_t channels, int64_t reduction = 4);
    torch::Tensor forward(const torch::Tensor &nchw);

    torch::nn::Linear down{nullptr};
    torch::nn::Linear up{nullptr};
};
TORCH_MODULE(Adapter);

// P_n: bilinear resize (align_corners = false) of the DINOv2 grid to the stage's (h, w),
// then Linear(d_dino -> d_n) per position. Takes [B, d_dino, g, g], returns [B, d_n, h, w].
class DinoProjectionImpl : public torch::nn::Module
{
public:
    DinoProjectionImpl(int64_t dinoChannels, int64_t outChannels);
    torch::Tensor forward(const torch::Tensor &dinoGrid, int64_t height, int64_t width);

    torch::nn::Linear linear{nullptr};
};
TORCH_MODULE(DinoProjection);

// F[:, 2c] = adapted[:, c], F[:, 2c + 1] = projected[:, c] (NCHW, equal shapes).
torch::Tensor interleaveChannels(const torch::Tensor &adapted, const torch::Tensor &projected);

// Channels-last Linear on an NCHW map (the adapter and the projection both need it).
torch::Tensor linearOverChannels(torch::nn::Linear &linear, const torch::Tensor &nchw);

} // namespace nexvitad::model

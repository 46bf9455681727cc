#pragma once
// What the frozen backbones hand to the trainable parts (private: torch types).
// Hiera: the four stage outputs F_n^h, NCHW, spatial S/4 .. S/32, channels d_n.
// DINOv2: the patch-token grid after the final norm, prefix tokens dropped, as NCHW
// [B, d_dino, g, g] (g = S'/14). Keeping both in one struct lets the feature cache store
// and restore exactly what the encoder's trainable part consumes.

#include <torch/types.h>
#include <vector>

namespace nexvitad::model {

struct FrozenFeatures
{
    std::vector<torch::Tensor> hiera; // 4 tensors [B, d_n, S/2^(n+1), S/2^(n+1)]
    torch::Tensor dino;               // [B, d_dino, g, g]

    FrozenFeatures to(const torch::Device &device) const;
    // Batch of one sample out of a batch / a batch out of single samples (dim 0).
    FrozenFeatures select(int64_t index) const;
    static FrozenFeatures cat(const std::vector<FrozenFeatures> &parts);
    int64_t byteSize() const;
};

} // namespace nexvitad::model

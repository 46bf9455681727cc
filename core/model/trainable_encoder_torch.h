#pragma once
// The trainable part of the encoder (method.md 1): one adapter and one DINOv2 projection
// per Hiera stage, interleaved to 2 d_n channels. The frozen backbones stay outside, so
// their outputs can come from the feature cache.

#include "model/encoder_parts_torch.h"
#include "model/frozen_features_torch.h"

#include <array>
#include <torch/nn/modules/container/modulelist.h>
#include <vector>

namespace nexvitad::model {

struct EncoderOutput
{
    std::vector<torch::Tensor> features; // F_1..F_4, [B, 2 d_n, h_n, w_n]
    torch::Tensor adaptedStage4;         // A_4(F_4^h), input of the pseudo-labelling heads
};

class TrainableEncoderImpl : public torch::nn::Module
{
public:
    TrainableEncoderImpl(const std::vector<int64_t> &hieraChannels, int64_t dinoChannels,
                         int64_t adapterReduction = 4);
    EncoderOutput forward(const FrozenFeatures &frozen);

    const std::vector<int64_t> &hieraChannels() const { return m_hieraChannels; }

private:
    std::vector<int64_t> m_hieraChannels;
    std::vector<Adapter> m_adapters;
    std::vector<DinoProjection> m_projections;
};
TORCH_MODULE(TrainableEncoder);

} // namespace nexvitad::model

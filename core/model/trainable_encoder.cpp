#include "model/trainable_encoder_torch.h"

#include <torch/torch.h>

namespace nexvitad::model {

TrainableEncoderImpl::TrainableEncoderImpl(const std::vector<int64_t> &hieraChannels,
                                           int64_t dinoChannels, int64_t adapterReduction)
    : m_hieraChannels(hieraChannels)
{
    for (size_t n = 0; n < hieraChannels.size(); ++n) {
        const std::string suffix = std::to_string(n + 1);
        m_adapters.push_back(
            register_module("adapter" + suffix, Adapter(hieraChannels[n], adapterReduction)));
        m_projections.push_back(
            register_module("projection" + suffix, DinoProjection(dinoChannels, hieraChannels[n])));
    }
}

EncoderOutput TrainableEncoderImpl::forward(const FrozenFeatures &frozen)
{
    TORCH_CHECK(frozen.hiera.size() == m_adapters.size(), "encoder: expected ", m_adapters.size(),
                " Hiera stages, got ", frozen.hiera.size());
    EncoderOutput out;
    for (size_t n = 0; n < m_adapters.size(); ++n) {
        const torch::Tensor &stage = frozen.hiera[n];
        TORCH_CHECK(stage.size(1) == m_hieraChannels[n], "encoder: stage ", n + 1, " has ",
                    stage.size(1), " channels, expected ", m_hieraChannels[n]);
        const torch::Tensor adapted = m_adapters[n]->forward(stage);
        const torch::Tensor projected =
            m_projections[n]->forward(frozen.dino, stage.size(2), stage.size(3));
        out.features.push_back(interleaveChannels(adapted, projected));
        if (n + 1 == m_adapters.size())
            out.adaptedStage4 = adapted;
    }
    return out;
}

} // namespace nexvitad::model

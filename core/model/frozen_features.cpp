#include "model/frozen_features_torch.h"

#include <torch/torch.h>

namespace nexvitad::model {

FrozenFeatures FrozenFeatures::to(const torch::Device &device) const
{
    FrozenFeatures out;
    for (const auto &t : hiera)
        out.hiera.push_back(t.to(device));
    out.dino = dino.to(device);
    return out;
}

FrozenFeatures FrozenFeatures::select(int64_t index) const
{
    FrozenFeatures out;
    for (const auto &t : hiera)
        out.hiera.push_back(t.narrow(0, index, 1));
    out.dino = dino.narrow(0, index, 1);
    return out;
}

FrozenFeatures FrozenFeatures::cat(const std::vector<FrozenFeatures> &parts)
{
    TORCH_CHECK(!parts.empty(), "FrozenFeatures::cat of nothing");
    FrozenFeatures out;
    for (size_t n = 0; n < parts.front().hiera.size(); ++n) {
        std::vector<torch::Tensor> stage;
        for (const auto &p : parts)
            stage.push_back(p.hiera.at(n));
        out.hiera.push_back(torch::cat(stage, 0));
    }
    std::vector<torch::Tensor> dinos;
    for (const auto &p : parts)
        dinos.push_back(p.dino);
    out.dino = torch::cat(dinos, 0);
    return out;
}

int64_t FrozenFeatures::byteSize() const
{
    int64_t bytes = dino.defined() ? dino.nbytes() : 0;
    for (const auto &t : hiera)
        bytes += t.nbytes();
    return bytes;
}

} // namespace nexvitad::model

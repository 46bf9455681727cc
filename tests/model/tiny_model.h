#pragma once
// Tiny shapes shared by the model and training tests: the channel layout of hiera_mini
// (16, 32, 64, 128) and a 32-wide DINOv2, at S = 64, so every test runs in well under a
// second. Frozen features come from a real frozen module (random 1x1 projections of the
// image, parameters with requires_grad = false), standing in for the backbones whose
// outputs have exactly these shapes.

#include "model/frozen_features_torch.h"
#include "model/model_spec.h"

#include <torch/torch.h>

namespace tiny {

inline constexpr int64_t kSize = 64;

inline nexvitad::model::ModelSpec spec(int sourceClasses = 2, int targetClasses = 1)
{
    nexvitad::model::ModelSpec s;
    s.hieraChannels = {16, 32, 64, 128};
    s.dinoChannels = 32;
    s.decoderWidths = {32, 16, 8};
    s.pseudoHidden = {8, 4};
    s.sourceClasses = sourceClasses;
    s.targetClasses = targetClasses;
    return s;
}

// A frozen "backbone": average-pools the image to each stage's grid and projects the RGB
// values with fixed random 1x1 convolutions (no gradient).
struct FrozenStandIn
{
    std::vector<torch::nn::Conv2d> stages;
    torch::nn::Conv2d dino{nullptr};

    explicit FrozenStandIn(uint64_t seed = 7)
    {
        torch::manual_seed(seed);
        for (int64_t c : {16, 32, 64, 128})
            stages.emplace_back(torch::nn::Conv2dOptions(3, c, 1));
        dino = torch::nn::Conv2d(torch::nn::Conv2dOptions(3, 32, 1));
        for (auto &m : stages)
            for (auto &p : m->parameters())
                p.requires_grad_(false);
        for (auto &p : dino->parameters())
            p.requires_grad_(false);
    }

    nexvitad::model::FrozenFeatures operator()(const torch::Tensor &images)
    {
        nexvitad::model::FrozenFeatures f;
        int64_t stride = 4;
        for (auto &m : stages) {
            f.hiera.push_back(torch::tanh(m->forward(torch::avg_pool2d(images, stride))));
            stride *= 2;
        }
        f.dino = torch::tanh(dino->forward(torch::adaptive_avg_pool2d(images, {4, 4})));
        return f;
    }
};

} // namespace tiny

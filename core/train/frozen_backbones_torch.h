#pragma once
// What the trainer needs from the frozen backbones (private: torch types): features for a
// batch of normalised images, their channel counts, and an identity for the cache key.
// core/backbones provides the real Hiera + DINOv2 pair (loadFrozenBackbones); tests may
// pass any frozen module with the same output shapes.

#include "model/frozen_features_torch.h"

#include <QString>
#include <vector>

namespace nexvitad::train {

class FrozenBackbones
{
public:
    virtual ~FrozenBackbones() = default;
    // images: [B, 3, S, S] normalised, on the backbones' device. Runs without gradient.
    virtual model::FrozenFeatures extract(const torch::Tensor &images) = 0;
    virtual std::vector<int64_t> hieraChannels() const = 0; // d_1..d_4
    virtual int64_t dinoChannels() const = 0;               // d_dino
    // Names and weight hashes of both backbones; part of every feature-cache key.
    virtual QString identity() const = 0;
};

} // namespace nexvitad::train

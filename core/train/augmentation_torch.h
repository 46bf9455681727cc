#pragma once
// Applying and inverting an Augmentation on tensors whose last two dims are a square
// S x S grid (images [B, 3, S, S], masks [B, S, S], predictions [B, C, S, S]).
//
// Geometry: x -> D(R_s(x)), where R_s is a nearest-neighbour rescale about the centre and
// D the dihedral part. The rescale maps output pixel j of an axis to source pixel
// floor((j + 0.5 - S/2) / s + S/2); positions outside [0, S) are filled with zero (zoom out).
// The inverse sends every source pixel i back to the first output pixel that sampled it.
// Pixels that no output pixel sampled (outside the centre crop when zooming in, skipped
// rows/columns when zooming out) have no value after the inverse: `invertGeometric` writes
// zero there and `validAfterInverse` marks them false. On the valid pixels
// invert(apply(x)) == x exactly, bit for bit (pure index gathers, no interpolation).

#include "train/augmentation.h"

#include <torch/types.h>

namespace nexvitad::train {

torch::Tensor applyGeometric(const Augmentation &aug, const torch::Tensor &x);
torch::Tensor invertGeometric(const Augmentation &aug, const torch::Tensor &y);
// [S, S] bool on `device`: pixels of the original frame that the inverse restores.
torch::Tensor validAfterInverse(const Augmentation &aug, int64_t size, const torch::Device &device);
// Geometric part plus, when drawn, Gaussian noise of standard deviation `noiseStd`
// (normalised units) from a CPU generator seeded with aug.noiseSeed (same on every device).
torch::Tensor applyToImage(const Augmentation &aug, const torch::Tensor &image, double noiseStd);

// The nearest-neighbour source index of each output pixel along one axis (-1: outside).
std::vector<int64_t> rescaleSourceIndex(int64_t size, double scale);

} // namespace nexvitad::train

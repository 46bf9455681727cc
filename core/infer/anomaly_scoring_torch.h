#pragma once
// Anomaly maps from per-layer features and prototypes (method.md 4), LibTorch side:
//   a_n(h, w) = min_k || F_n(h, w) - P_{n,k} ||_2       (exact, chunked)
//   map = Gaussian_sigma( mean_n bilinear_SxS(a_n) )
// Bilinear = align_corners false (half-pixel centres). The Gaussian is separable with
// 2 * gaussianRadius(sigma) + 1 taps, normalised to sum 1, and reflect padding (the edge
// pixel is not repeated, as torch's "reflect"; replicate when the map is smaller than the
// radius).

#include "infer/scoring_options.h"

#include <torch/torch.h>
#include <vector>

namespace nexvitad::infer {

// `features`: N x C x h x w; `prototypes`: K x C (K may be the whole bank: all_patches).
// Returns N x h x w minimal L2 distances. Memory: at most options.chunkElements distances
// at a time.
torch::Tensor minDistanceMap(const torch::Tensor &features, const torch::Tensor &prototypes,
                             qint64 chunkElements);

// N x H x W -> N x H x W smoothed.
torch::Tensor gaussianBlur(const torch::Tensor &maps, double sigma);

// Per-layer distance maps (N x h_n x w_n) -> N x S x S: bilinear to S x S, layer mean,
// Gaussian.
torch::Tensor combineDistanceMaps(const std::vector<torch::Tensor> &distances,
                                  const ScoringOptions &options);

// Per layer: features N x C_n x h_n x w_n and prototypes K_n x C_n. Returns N x S x S.
torch::Tensor anomalyMaps(const std::vector<torch::Tensor> &features,
                          const std::vector<torch::Tensor> &prototypes,
                          const ScoringOptions &options);

// N x S x S -> N image scores (max or top-fraction mean).
torch::Tensor imageScores(const torch::Tensor &maps, const ScoringOptions &options);

} // namespace nexvitad::infer

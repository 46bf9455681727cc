#pragma once
// The nearest stored patches of a query cell (patch_retrieval.h), LibTorch side.
//
// Exact, in two passes per layer:
//   1. screening by matrix products, per bank image: d^2 = |p|^2 - 2 P q + |q|^2 in float
//      (the |p|^2 are computed once per bank);
//   2. every patch whose screened d^2 is within the float error bound of the k-th best
//      image's is measured again in double, sum over channels of (p_c - q_c)^2 in channel
//      order, and the ranking is made on those. The bound (4 C u (max|p| + |q|)^2, u the
//      float unit round-off) covers the product's rounding, so the result is the one a plain
//      double-precision loop over every stored patch gives, ties to the earlier patch.

#include "infer/patch_retrieval.h"

#include <torch/torch.h>
#include <vector>

namespace nexvitad::infer {

class PatchRetriever
{
public:
    // Reads the bank's stored patches in place: the bank must outlive the retriever and not
    // change. Cheap; the squared norms are computed on the first search.
    explicit PatchRetriever(const MemoryBank &bank);

    // One image's explanation. `features`: per bank layer, the image's [C, h, w] features
    // (any device); `distances`: per layer its [h, w] distance map (the inspection's, to the
    // prototypes), which chooses the query cell inside `region` (S x S map coordinates).
    // `k` nearest from distinct bank images per layer. An empty explanation when the region
    // lies outside the map.
    Explanation explain(const std::vector<torch::Tensor> &features,
                        const std::vector<torch::Tensor> &distances, const QRect &region,
                        int k);

private:
    LayerExplanation searchLayer(size_t layer, const torch::Tensor &query, int k);
    void computeNorms();

    const MemoryBank &m_bank;
    std::vector<torch::Tensor> m_squaredNorms; // per layer [M, h w], float
    std::vector<double> m_maxNorm;             // per layer, max |p|
};

} // namespace nexvitad::infer

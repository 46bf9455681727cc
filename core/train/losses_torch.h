#pragma once
// The loss terms of method.md 3. Masks and pseudo-labels are [B, S, S] int64 (0 normal,
// 1 defect); logits are [B, 2, S, S].

#include <torch/types.h>

namespace nexvitad::train {

// Label value of pixels that do not take part (below the confidence threshold).
inline constexpr int64_t kIgnoreLabel = -100;

// L_s^ce: mean pixel cross-entropy against the ground-truth mask.
torch::Tensor sourceCrossEntropy(const torch::Tensor &logits, const torch::Tensor &masks);

struct PseudoLabels
{
    torch::Tensor labels; // [B, S, S] int64: arg-max where confident, kIgnoreLabel elsewhere
    torch::Tensor valid;  // [B, S, S] bool: max softmax probability > theta
    double coverage = 0;  // share of valid pixels
};

// Softmax of the pseudo-labelling head's logits; pixels whose maximal probability exceeds
// theta get the arg-max label. Computed without gradient (the labels are targets).
PseudoLabels makePseudoLabels(const torch::Tensor &pseudoLogits, double theta);

// L_t^ce: cross-entropy of the target head against the pseudo-labels, mean over the valid
// pixels (zero, still attached to the graph, when there are none).
torch::Tensor targetCrossEntropy(const torch::Tensor &logits, const PseudoLabels &pseudo);

// L_t^mse: mean over pixels valid in both `pseudo` and `keep` ([B, S, S] or [S, S] bool)
// of (defect probability - pseudo-label)^2. `defectProbability` is [B, S, S], already
// mapped back to the original frame.
torch::Tensor consistencyMse(const torch::Tensor &defectProbability, const PseudoLabels &pseudo,
                             const torch::Tensor &keep);

} // namespace nexvitad::train

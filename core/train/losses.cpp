#include "train/losses_torch.h"

#include <torch/nn/functional/loss.h>
#include <torch/torch.h>

namespace F = torch::nn::functional;

namespace nexvitad::train {

torch::Tensor sourceCrossEntropy(const torch::Tensor &logits, const torch::Tensor &masks)
{
    TORCH_CHECK(logits.dim() == 4 && masks.dim() == 3, "source loss: logits ", logits.sizes(),
                " masks ", masks.sizes());
    // Losses in float32 whatever the heads ran in (bf16 autocast, common/precision.h).
    return F::cross_entropy(logits.to(torch::kFloat32), masks.to(torch::kLong));
}

PseudoLabels makePseudoLabels(const torch::Tensor &pseudoLogits, double theta)
{
    torch::NoGradGuard noGrad;
    const auto [confidence, argmax] = torch::softmax(pseudoLogits.detach(), 1).max(1);
    PseudoLabels out;
    out.valid = confidence > theta;
    out.labels = torch::where(out.valid, argmax, torch::full_like(argmax, kIgnoreLabel));
    out.coverage = out.valid.numel() ? out.valid.to(torch::kDouble).mean().item<double>() : 0.0;
    return out;
}

torch::Tensor targetCrossEntropy(const torch::Tensor &logits, const PseudoLabels &pseudo)
{
    const torch::Tensor sum = F::cross_entropy(
        logits.to(torch::kFloat32), pseudo.labels,
        F::CrossEntropyFuncOptions().ignore_index(kIgnoreLabel).reduction(torch::kSum));
    const torch::Tensor count = pseudo.valid.sum().to(torch::kFloat32);
    return sum / count.clamp_min(1.0);
}

torch::Tensor consistencyMse(const torch::Tensor &defectProbability, const PseudoLabels &pseudo,
                             const torch::Tensor &keep)
{
    const torch::Tensor mask = (pseudo.valid & keep).to(defectProbability.scalar_type());
    const torch::Tensor target = pseudo.labels.clamp_min(0).to(defectProbability.scalar_type());
    const torch::Tensor squared = (defectProbability - target).pow(2) * mask;
    return squared.sum() / mask.sum().clamp_min(1.0);
}

} // namespace nexvitad::train

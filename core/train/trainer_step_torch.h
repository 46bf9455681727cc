#pragma once
// One optimisation step's loss (method.md 3), private: torch types. Kept apart from the
// epoch loop so the loss assembly can be read against the method in one place.

#include "model/trainable_model_torch.h"
#include "train/feature_provider_torch.h"
#include "train/losses_torch.h"
#include "train/trainer.h"

#include <vector>

namespace nexvitad::train {

struct StepContext
{
    model::TrainableModel &model;
    FeatureProvider &features;
    const TrainingSet &set;
    const TrainingConfig &config;
    const std::vector<torch::Tensor> &pseudoLabels; // per target image, [S, S] int64 (CPU)
    torch::Device device;
};

struct StepBatch
{
    std::vector<int> source; // indices into set.source
    std::vector<Augmentation> sourceAug;
    std::vector<int> target; // indices into set.target (empty in phase 1)
    std::vector<Augmentation> targetAug;
};

// L = L_s^ce + lambda1 L_t^ce + lambda2 L_t^mse (target terms only when the batch has
// target images). Fills `terms` with the detached values.
torch::Tensor stepLoss(StepContext &ctx, const StepBatch &batch, LossTerms *terms);

// What a step's loss consumes once the frozen features are there, batches sorted by class.
// Split from stepLoss so that `bench train`'s PyTorch comparison (step_bench_torch.h) times
// exactly the trainer's loss on features, without backbones or a cache.
struct StepInputs
{
    model::FrozenFeatures source;   // [B, ...] on the device
    std::vector<int> sourceClasses; // per image, ascending
    torch::Tensor sourceMasks;      // [B, S, S] int64, already augmented like the features
    // Target terms; empty targetClasses: phase 1, source loss only.
    model::FrozenFeatures targetPlain, targetAugmented;
    std::vector<int> targetClasses; // per image, ascending
    std::vector<Augmentation> targetAugmentations;
    PseudoLabels pseudo; // [B, S, S]
};

// The loss of method.md 3 on `in`; `targetClassCount` weighs the pseudo-labelling heads.
torch::Tensor stepLossOnFeatures(model::TrainableModel &model, const StepInputs &in,
                                 int targetClassCount, const TrainingConfig &config,
                                 const torch::Device &device, LossTerms *terms);

// Pseudo-labels of every target image from the current pseudo-labelling heads on the
// un-augmented images (no gradient), in batches of `batchSize`. Returns the coverage.
double refreshPseudoLabels(StepContext &ctx, int batchSize, std::vector<torch::Tensor> *labels);

} // namespace nexvitad::train

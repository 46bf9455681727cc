#pragma once
// Frozen features of training images under augmentations: from the feature cache when
// present, else computed by the frozen backbones one image at a time (so a value never
// depends on which other images shared its batch: a cached and a recomputed feature map
// are the same bits) and stored.

#include "train/augmentation.h"
#include "train/feature_cache_torch.h"
#include "train/frozen_backbones_torch.h"
#include "train/training_set_torch.h"

#include <torch/types.h>

namespace nexvitad::train {

class FeatureProvider
{
public:
    FeatureProvider(FrozenBackbones &backbones, FeatureCache &cache, int imageSize, double noiseStd,
                    const torch::Device &device);

    // [1, ...] on the CPU. `cacheable` false: computed and not stored (a one-off draw).
    model::FrozenFeatures one(const TrainingImage &image, const Augmentation &aug, bool cacheable);
    // The images' features concatenated on the device. Identity draws are always cached;
    // other draws when `cacheAll` (a fixed set of variants per image that will recur).
    model::FrozenFeatures batch(const std::vector<const TrainingImage *> &images,
                                const std::vector<Augmentation> &augs, bool cacheAll);

    double extractSeconds() const { return m_seconds; }
    const FeatureCacheStats &cacheStats() const { return m_cache.stats(); }

private:
    FrozenBackbones &m_backbones;
    FeatureCache &m_cache;
    int m_size;
    double m_noiseStd;
    torch::Device m_device;
    double m_seconds = 0;
};

} // namespace nexvitad::train

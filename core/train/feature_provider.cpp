#include "train/augmentation_torch.h"
#include "train/feature_provider_torch.h"

#include <chrono>
#include <torch/torch.h>

namespace nexvitad::train {

FeatureProvider::FeatureProvider(FrozenBackbones &backbones, FeatureCache &cache, int imageSize,
                                 double noiseStd, const torch::Device &device)
    : m_backbones(backbones), m_cache(cache), m_size(imageSize), m_noiseStd(noiseStd),
      m_device(device)
{
}

model::FrozenFeatures FeatureProvider::one(const TrainingImage &image, const Augmentation &aug,
                                           bool cacheable)
{
    const FeatureKey key{image.hash, m_backbones.identity(), m_size, aug.key()};
    if (cacheable)
        if (auto hit = m_cache.find(key))
            return *hit;
    const auto start = std::chrono::steady_clock::now();
    torch::NoGradGuard noGrad;
    const torch::Tensor input =
        applyToImage(aug, image.image.unsqueeze(0), m_noiseStd).to(m_device);
    model::FrozenFeatures features = m_backbones.extract(input).to(torch::kCPU);
    m_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (cacheable)
        m_cache.insert(key, features);
    return features;
}

model::FrozenFeatures FeatureProvider::batch(const std::vector<const TrainingImage *> &images,
                                             const std::vector<Augmentation> &augs, bool cacheAll)
{
    std::vector<model::FrozenFeatures> parts;
    for (size_t i = 0; i < images.size(); ++i)
        parts.push_back(one(*images[i], augs[i], cacheAll || augs[i].isIdentity()));
    return model::FrozenFeatures::cat(parts).to(m_device);
}

} // namespace nexvitad::train

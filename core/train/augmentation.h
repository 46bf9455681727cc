#pragma once
// One draw of the training augmentation (method.md 3), in plain types (public): a
// dihedral transform (rotation by k quarter turns, then an optional horizontal flip), an
// optional nearest-neighbour rescale about the centre, optional Gaussian noise. Masks and
// predictions follow the geometric part; the geometric part has an exact inverse on the
// pixels it keeps (augmentation_torch.h). The key names the draw for the feature cache.

#include "data/random.h"

#include <QString>
#include <cstdint>
#include <vector>

namespace nexvitad::train {

struct Augmentation
{
    int rot90 = 0;       // quarter turns, 0..3 (torch::rot90 over (H, W), counter-clockwise)
    bool flip = false;   // then flip along W
    int scaleLevel = -1; // -1: no rescale; else an index into the sampler's levels
    double scale = 1.0;  // > 1 zooms in (centre crop), < 1 zooms out (zero border)
    bool noise = false;
    uint64_t noiseSeed = 0; // the noise pattern is a pure function of this seed

    bool isIdentity() const { return rot90 == 0 && !flip && scaleLevel < 0 && !noise; }
    // Canonical text, e.g. "r1f0s2n0" or "r0f1s-1n1:1234"; equal draws give equal keys.
    QString key() const;
    bool operator==(const Augmentation &) const = default;
};

// Maps "horizontal flip, then vertical flip, then k quarter turns" (the order of the
// independent draws) to the canonical (rot90, flip) form, so that draws producing the
// same image share one key.
void canonicalDihedral(bool hflip, bool vflip, int quarterTurns, int *rot90, bool *flip);

struct AugmentationParams
{
    double pHflip = 0.5, pVflip = 0.5, pRot90 = 0.5, pScale = 0.5, pNoise = 0.5;
    double scaleMin = 0.9, scaleMax = 1.1;
    int scaleLevels = 5;
};

// Draws augmentations from the trainer's data::Rng (its state is part of every checkpoint),
// whose bit-to-number conversions are ours rather than std distributions', which the C++
// standard leaves to the library.
class AugmentationSampler
{
public:
    explicit AugmentationSampler(const AugmentationParams &params);
    Augmentation draw(data::Rng &rng) const;
    const std::vector<double> &scaleLevels() const { return m_levels; }

private:
    AugmentationParams m_params;
    std::vector<double> m_levels;
};

} // namespace nexvitad::train

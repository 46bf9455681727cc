#include "train/augmentation.h"

#include <algorithm>
#include <array>

namespace nexvitad::train {
namespace {

// A dihedral transform acting on a 2x2 probe [[0, 1], [2, 3]]: enough to tell all eight
// elements apart. The operations mirror torch::rot90 (dims H, W) and torch::flip.
using Probe = std::array<int, 4>; // row-major

Probe rotate(const Probe &a) // out[i][j] = a[j][1 - i]
{
    return {a[1], a[3], a[0], a[2]};
}
Probe flipW(const Probe &a)
{
    return {a[1], a[0], a[3], a[2]};
}
Probe flipH(const Probe &a)
{
    return {a[2], a[3], a[0], a[1]};
}

Probe canonicalProbe(int k, bool flip)
{
    Probe p{0, 1, 2, 3};
    for (int i = 0; i < k; ++i)
        p = rotate(p);
    return flip ? flipW(p) : p;
}

} // namespace

QString Augmentation::key() const
{
    QString k = QStringLiteral("r%1f%2s%3n%4")
                    .arg(rot90)
                    .arg(flip ? 1 : 0)
                    .arg(scaleLevel)
                    .arg(noise ? 1 : 0);
    if (noise)
        k += QLatin1Char(':') + QString::number(noiseSeed);
    return k;
}

void canonicalDihedral(bool hflip, bool vflip, int quarterTurns, int *rot90, bool *flip)
{
    Probe p{0, 1, 2, 3};
    if (hflip)
        p = flipW(p);
    if (vflip)
        p = flipH(p);
    for (int i = 0; i < ((quarterTurns % 4) + 4) % 4; ++i)
        p = rotate(p);
    for (int k = 0; k < 4; ++k)
        for (bool f : {false, true})
            if (canonicalProbe(k, f) == p) {
                *rot90 = k;
                *flip = f;
                return;
            }
}

AugmentationSampler::AugmentationSampler(const AugmentationParams &params) : m_params(params)
{
    const int n = std::max(1, params.scaleLevels);
    for (int i = 0; i < n; ++i)
        m_levels.push_back(n == 1 ? params.scaleMax
                                  : params.scaleMin +
                                        (params.scaleMax - params.scaleMin) * i / (n - 1));
}

Augmentation AugmentationSampler::draw(data::Rng &rng) const
{
    // Every draw consumes the same number of random numbers, whatever it decides, so the
    // stream stays aligned across configurations that differ only in probabilities.
    const bool hflip = rng.chance(m_params.pHflip);
    const bool vflip = rng.chance(m_params.pVflip);
    const bool rotate = rng.chance(m_params.pRot90);
    const int turns = 1 + rng.scaled(3);
    const bool scale = rng.chance(m_params.pScale);
    const int level = rng.scaled(int(m_levels.size()));
    const bool noise = rng.chance(m_params.pNoise);
    const uint64_t noiseSeed = rng.next();

    Augmentation a;
    canonicalDihedral(hflip, vflip, rotate ? turns : 0, &a.rot90, &a.flip);
    if (scale) {
        a.scaleLevel = level;
        a.scale = m_levels[level];
    }
    if (noise) {
        a.noise = true;
        a.noiseSeed = noiseSeed;
    }
    return a;
}

} // namespace nexvitad::train

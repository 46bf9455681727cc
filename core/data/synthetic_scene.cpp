// The class catalogue and one image: scene, lighting, noise, then at most one defect.

#include "common/error.h"
#include "data/synthetic_internal.h"

#include <QCoreApplication>

#include <opencv2/imgproc.hpp>

namespace nexvitad::data {

namespace {
struct SynthText
{
    Q_DECLARE_TR_FUNCTIONS(Synthetic)
};

using synth::Kind;

// Catalogue order: two textures and two objects first, so the default 4 classes cover both.
constexpr Kind kKinds[] = {Kind::Carpet, Kind::Wood, Kind::Disc, Kind::Screw, Kind::Tile};
constexpr int kKindCount = 5;

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Carpet: return QStringLiteral("carpet");
    case Kind::Wood: return QStringLiteral("wood");
    case Kind::Disc: return QStringLiteral("disc");
    case Kind::Screw: return QStringLiteral("screw");
    case Kind::Tile: break;
    }
    return QStringLiteral("tile");
}

QStringList defectTypesOf(Kind kind)
{
    switch (kind) {
    case Kind::Carpet: return {QStringLiteral("hole"), QStringLiteral("scratch"), QStringLiteral("stain")};
    case Kind::Wood: return {QStringLiteral("crack"), QStringLiteral("scratch"), QStringLiteral("stain")};
    case Kind::Disc: return {QStringLiteral("hole"), QStringLiteral("missing"), QStringLiteral("scratch")};
    case Kind::Screw: return {QStringLiteral("missing"), QStringLiteral("scratch"), QStringLiteral("stain")};
    case Kind::Tile: break;
    }
    return {QStringLiteral("crack"), QStringLiteral("missing"), QStringLiteral("stain")};
}
} // namespace

namespace synth {

ClassParams classParams(int classIndex)
{
    ClassParams p;
    p.kind = kKinds[classIndex % kKindCount];
    p.variant = classIndex / kKindCount;
    // BGR palettes per kind, one row per variant.
    static const cv::Vec3f palettes[kKindCount][3][3] = {
        // carpet: dark/light thread, backing
        {{{60, 70, 120}, {150, 170, 210}, {25, 25, 30}},
         {{90, 60, 40}, {200, 170, 140}, {20, 25, 25}},
         {{50, 100, 60}, {150, 200, 160}, {25, 30, 25}}},
        // wood: ring/earlywood
        {{{40, 80, 130}, {110, 170, 215}, {20, 30, 45}},
         {{30, 50, 80}, {80, 120, 160}, {15, 20, 30}},
         {{90, 130, 160}, {170, 210, 235}, {40, 50, 60}}},
        // disc: metal dark/light, background
        {{{90, 90, 95}, {225, 225, 230}, {40, 45, 50}},
         {{40, 90, 140}, {150, 200, 235}, {60, 55, 50}},
         {{70, 70, 70}, {190, 195, 200}, {110, 140, 100}}},
        // screw: metal dark/light, background
        {{{60, 60, 65}, {210, 210, 215}, {150, 150, 145}},
         {{30, 80, 110}, {120, 190, 220}, {200, 200, 200}},
         {{50, 50, 50}, {170, 170, 175}, {60, 80, 60}}},
        // tile: glaze, glaze speckle, grout
        {{{200, 190, 180}, {120, 110, 100}, {90, 90, 95}},
         {{150, 120, 60}, {200, 190, 170}, {180, 180, 180}},
         {{80, 150, 200}, {60, 60, 60}, {60, 60, 60}}},
    };
    const auto &row = palettes[static_cast<int>(classIndex % kKindCount)][p.variant % 3];
    p.colorA = row[0];
    p.colorB = row[1];
    p.background = row[2];
    p.scale = 1.0 + 0.25 * p.variant * (p.variant == 1 ? 1.0 : -0.6);
    return p;
}

cv::Mat finishImage(const cv::Mat &image32, Rng &rng)
{
    const int size = image32.rows;
    // Uneven lighting: a linear gradient across the image and an overall exposure change.
    const double gx = rng.uniform(-0.15, 0.15), gy = rng.uniform(-0.15, 0.15);
    const double exposure = rng.uniform(0.9, 1.1);
    const double noise = rng.uniform(2.0, 5.0);
    cv::Mat out(size, size, CV_8UC3);
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x) {
            const double gain = exposure * (1.0 + gx * (x - size / 2.0) / size + gy * (y - size / 2.0) / size);
            const cv::Vec3f v = image32.at<cv::Vec3f>(y, x);
            cv::Vec3b &o = out.at<cv::Vec3b>(y, x);
            for (int c = 0; c < 3; ++c)
                o[c] = cv::saturate_cast<uchar>(v[c] * gain + rng.normal(0.0, noise));
        }
    return out;
}

} // namespace synth

std::vector<SyntheticClass> syntheticClasses(int count)
{
    if (count < 1 || count > kMaxSyntheticClasses)
        throw Error(SynthText::tr("the synthetic dataset has 1 to %1 classes, not %2")
                        .arg(kMaxSyntheticClasses)
                        .arg(count));
    static const char *const kVariantSuffix[] = {"_syn", "_b_syn", "_c_syn"};
    std::vector<SyntheticClass> classes;
    for (int i = 0; i < count; ++i) {
        const Kind kind = kKinds[i % kKindCount];
        classes.push_back({kindName(kind) + QLatin1String(kVariantSuffix[i / kKindCount]),
                           defectTypesOf(kind), kind == Kind::Carpet || kind == Kind::Wood || kind == Kind::Tile});
    }
    return classes;
}

std::uint64_t syntheticImageSeed(std::uint64_t seed, int classIndex, int split, int index)
{
    const auto key = (static_cast<std::uint64_t>(classIndex) << 40)
                     | (static_cast<std::uint64_t>(split) << 24) | static_cast<std::uint64_t>(index);
    return Rng::derive(seed, key);
}

SyntheticSample renderSyntheticSample(int classIndex, const QString &defectType,
                                      std::uint64_t imageSeed, int size)
{
    const synth::ClassParams p = synth::classParams(classIndex);
    Rng rng(imageSeed);
    synth::Scene scene;
    switch (p.kind) {
    case Kind::Carpet: scene = synth::renderCarpet(p, rng, size); break;
    case Kind::Wood: scene = synth::renderWood(p, rng, size); break;
    case Kind::Disc: scene = synth::renderDisc(p, rng, size); break;
    case Kind::Screw: scene = synth::renderScrew(p, rng, size); break;
    case Kind::Tile: scene = synth::renderTile(p, rng, size); break;
    }
    SyntheticSample sample;
    sample.clean = synth::finishImage(scene.image, rng);
    sample.image = sample.clean.clone();
    sample.mask = defectType == QLatin1String("good")
                      ? cv::Mat::zeros(size, size, CV_8UC1)
                      : synth::applyDefect(sample.image, scene, defectType, rng);
    return sample;
}

} // namespace nexvitad::data

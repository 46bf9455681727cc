#include "backbones/backbone_variants.h"

#include "common/error.h"

#include <QCoreApplication>

#include <vector>

namespace nexvitad::backbones {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::backbones::Variants)
};

Variant hiera(const char *name, int embedDim, int numHeads, std::array<int, 4> stages)
{
    Variant v;
    v.name = QString::fromLatin1(name);
    v.family = Family::Hiera;
    v.hiera.embedDim = embedDim;
    v.hiera.numHeads = numHeads;
    v.hiera.stages = stages;
    return v;
}

Variant dino(const char *name, int embedDim, int depth, int numHeads, bool reg4,
             bool swiglu = false)
{
    Variant v;
    v.name = QString::fromLatin1(name);
    v.family = Family::DinoV2;
    v.dino.embedDim = embedDim;
    v.dino.depth = depth;
    v.dino.numHeads = numHeads;
    v.dino.regTokens = reg4 ? 4 : 0;
    v.dino.noEmbedClass = reg4;
    v.dino.swiglu = swiglu;
    // timm: int(embed_dim * mlp_ratio); giant uses mlp_ratio 2.66667 * 2 -> 8192.
    v.dino.mlpHidden = swiglu ? 8192 : embedDim * 4;
    return v;
}

const std::vector<Variant> &table()
{
    static const std::vector<Variant> variants = {
        hiera("hiera_tiny_224", 96, 1, {1, 2, 7, 2}),
        hiera("hiera_small_224", 96, 1, {1, 2, 11, 2}),
        hiera("hiera_base_224", 96, 1, {2, 3, 16, 3}),
        hiera("hiera_base_plus_224", 112, 2, {2, 3, 16, 3}),
        hiera("hiera_large_224", 144, 2, {2, 6, 36, 4}),
        hiera("hiera_huge_224", 256, 4, {2, 6, 36, 4}),
        // The golden-fixture configurations (tests, demos).
        hiera("hiera_mini", 16, 1, {1, 2, 2, 1}),
        hiera("hiera_mini_h2", 24, 2, {2, 1, 3, 1}),
        dino("vit_small_patch14_dinov2", 384, 12, 6, false),
        dino("vit_base_patch14_dinov2", 768, 12, 12, false),
        dino("vit_large_patch14_dinov2", 1024, 24, 16, false),
        dino("vit_giant_patch14_dinov2", 1536, 40, 24, false, true),
        dino("vit_small_patch14_reg4_dinov2", 384, 12, 6, true),
        dino("vit_base_patch14_reg4_dinov2", 768, 12, 12, true),
        dino("vit_large_patch14_reg4_dinov2", 1024, 24, 16, true),
        dino("vit_giant_patch14_reg4_dinov2", 1536, 40, 24, true, true),
        dino("dinov2_mini", 32, 2, 2, false),
        dino("dinov2_mini_reg4", 32, 2, 2, true),
    };
    return variants;
}

} // namespace

const Variant *findVariant(const QString &name)
{
    for (const Variant &v : table())
        if (v.name == name)
            return &v;
    return nullptr;
}

QStringList variantNames()
{
    QStringList names;
    for (const Variant &v : table())
        names << v.name;
    return names;
}

QStringList variantNames(Family family)
{
    QStringList names;
    for (const Variant &v : table())
        if (v.family == family)
            names << v.name;
    return names;
}

const Variant &requireVariant(const QString &name, Family family)
{
    const Variant *v = findVariant(name);
    if (!v || v->family != family)
        throw Error(Tr::tr("Unknown %1 variant \"%2\". Known: %3.")
                        .arg(family == Family::Hiera ? QStringLiteral("Hiera")
                                                     : QStringLiteral("DINOv2"),
                             name, variantNames(family).join(QLatin1String(", "))));
    return *v;
}

double hieraFlops(const HieraConfig &c, int imageSize)
{
    const double grid = imageSize / c.patchStride;
    double tokens = grid * grid;
    double flops = 2.0 * tokens * c.embedDim * 3 * c.patchKernel * c.patchKernel;
    double windowTokens = double(c.maskUnitSize) * c.maskUnitSize; // per window, after pooling
    const double pool = double(c.qStride) * c.qStride;
    int dim = c.embedDim;
    int stage = 0;
    int blocksLeftInStage = c.stages[0];
    for (int i = 0; i < c.blockCount(); ++i) {
        bool pooling = false;
        int dimOut = dim;
        // timm lags the mask-unit flag by one block: the first block of a stage still uses
        // the previous stage's attention kind.
        const bool maskUnit = c.maskUnitAttn[stage];
        if (blocksLeftInStage == 0) {
            ++stage;
            blocksLeftInStage = c.stages[stage];
            dimOut = c.stageDim(stage);
            pooling = stage <= c.qPool;
            if (pooling)
                windowTokens /= pool;
        }
        --blocksLeftInStage;
        const double tokensIn = tokens;
        const double tokensOut = pooling ? tokens / pool : tokens;
        if (dimOut != dim)
            flops += 2.0 * tokensIn * dim * dimOut;             // expand projection
        flops += 2.0 * tokensIn * dim * 3.0 * dimOut;            // fused qkv
        const double windows = maskUnit ? tokensOut / windowTokens : 1.0;
        flops += 2.0 * 2.0 * (tokensOut / windows) * (tokensIn / windows) * windows * dimOut;
        flops += 2.0 * tokensOut * dimOut * dimOut;              // attention output proj
        flops += 2.0 * 2.0 * tokensOut * dimOut * double(c.mlpRatio) * dimOut; // mlp
        tokens = tokensOut;
        dim = dimOut;
    }
    return flops;
}

double dinoFlops(const DinoV2Config &c, int imageSize)
{
    const double grid = imageSize / c.patchSize;
    const double patches = grid * grid;
    const double tokens = patches + c.prefixTokens();
    const double d = c.embedDim;
    double flops = 2.0 * patches * d * 3 * c.patchSize * c.patchSize;
    double block = 2.0 * tokens * d * 3 * d          // qkv
                   + 2.0 * 2.0 * tokens * tokens * d // q k^T and attn v
                   + 2.0 * tokens * d * d            // proj
                   + 2.0 * tokens * d * c.mlpHidden  // fc1
                   + 2.0 * tokens * c.mlpInner() * d; // fc2
    flops += block * c.depth;
    return flops;
}

} // namespace nexvitad::backbones

#pragma once
// The architecture variants we can build, as plain numbers (no LibTorch): timm's Hiera and
// DINOv2 configurations plus the tiny test variants the golden fixtures were made with.
// One table serves the modules, the weights check, the FLOP count and the docs.

#include <QString>
#include <QStringList>

#include <array>

namespace nexvitad::backbones {

enum class Family { Hiera, DinoV2 };

// timm `Hiera(embed_dim, num_heads, stages)` with every other argument at timm's default.
struct HieraConfig
{
    int embedDim = 96;
    int numHeads = 1;
    std::array<int, 4> stages{1, 2, 7, 2};
    int qPool = 3;                 // the first qPool stage transitions pool q by qStride^2
    int qStride = 2;               // per spatial dimension
    int maskUnitSize = 8;          // per spatial dimension, in tokens at stage 1
    std::array<bool, 4> maskUnitAttn{true, true, false, false};
    int patchKernel = 7;
    int patchStride = 4;
    int patchPadding = 3;
    int mlpRatio = 4;
    int checkpointImgSize = 224;   // pos_embed covers (224/4)^2 tokens

    int blockCount() const { return stages[0] + stages[1] + stages[2] + stages[3]; }
    int stageDim(int stage) const { return embedDim << stage; }     // stage 0..3
    int stageHeads(int stage) const { return numHeads << stage; }
    int checkpointGrid() const { return checkpointImgSize / patchStride; }
};

// timm `VisionTransformer` as built by `vit_*_patch14_dinov2` (qkv bias, LayerScale,
// LayerNorm eps 1e-6, class token; optional register tokens with no_embed_class).
struct DinoV2Config
{
    int patchSize = 14;
    int embedDim = 384;
    int depth = 12;
    int numHeads = 6;
    int regTokens = 0;
    bool noEmbedClass = false;     // pos_embed has no class-token entry (the reg4 variants)
    bool swiglu = false;           // giant: SwiGLUPacked MLP (fc1 -> [x1, x2], silu(x1) * x2)
    int mlpHidden = 1536;          // fc1's output features
    int checkpointImgSize = 518;   // pos_embed covers (518/14)^2 = 37x37 patches

    int checkpointGrid() const { return checkpointImgSize / patchSize; }
    int prefixTokens() const { return 1 + regTokens; }
    int mlpInner() const { return swiglu ? mlpHidden / 2 : mlpHidden; } // fc2's input
};

struct Variant
{
    QString name;
    Family family = Family::Hiera;
    HieraConfig hiera;   // valid when family == Hiera
    DinoV2Config dino;   // valid when family == DinoV2
};

// nullptr when unknown. Names as timm's model functions (hiera_tiny_224,
// vit_small_patch14_dinov2, vit_small_patch14_reg4_dinov2, ...) and the test variants.
const Variant *findVariant(const QString &name);
QStringList variantNames(); // every name, Hiera first
QStringList variantNames(Family family);

// Throws Error listing the known names when `name` is unknown or not of `family`.
const Variant &requireVariant(const QString &name, Family family);

// Analytic multiply-add count x 2 (FLOPs) of one image's forward pass at `imageSize`
// (linear layers, convolutions, attention products; norms and activations excluded).
double hieraFlops(const HieraConfig &config, int imageSize);
double dinoFlops(const DinoV2Config &config, int imageSize);

} // namespace nexvitad::backbones

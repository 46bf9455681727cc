#pragma once
// The shape of the trainable model, in plain types (public): what the backbones deliver
// and which heads the decoder carries. The training config and a checkpoint both derive
// it, so a checkpoint of another shape is refused before any tensor is loaded.

#include <QString>
#include <cstdint>
#include <vector>

namespace nexvitad::model {

struct ModelSpec
{
    std::vector<int64_t> hieraChannels;               // d_1..d_4 of the Hiera variant
    int64_t dinoChannels = 384;                       // d_dino (ViT-S/14: 384)
    int64_t adapterReduction = 4;                     // r = d_n / adapterReduction
    std::vector<int64_t> decoderWidths{256, 128, 64}; // ConvBlock widths for n = 3, 2, 1
    std::vector<int64_t> pseudoHidden{64, 32};        // pseudo head: d_4 -> 64 -> 32 -> 2
    int sourceClasses = 1;
    int targetClasses = 1;
    bool mtl = true;          // false: one shared source head (the "without MTL" ablation)
    bool pseudoLabels = true; // false: no pseudo-labelling heads, no target losses

    // Number of source segmentation heads actually built.
    int sourceHeadCount() const { return mtl ? sourceClasses : 1; }
    // A one-line description, stored in checkpoints and compared on resume.
    QString describe() const;
    bool operator==(const ModelSpec &) const = default;
};

} // namespace nexvitad::model

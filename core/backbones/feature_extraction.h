#pragma once
// `nexvitad-cli features`: run both frozen backbones on one image and write what they
// produce, so that anyone can compare our features with Python (timm) tensor by tensor.
// Plain types only (the CLI and the GUI call this).

#include "backbones/weights_spec.h"

#include <QString>
#include <QStringList>

namespace nexvitad {
class Progress;
}

namespace nexvitad::backbones {

struct FeatureRequest
{
    QString hieraSpec;   // weights spec (weights_spec.h)
    QString dinoSpec;
    QString inputPath;   // safetensors with `input` [1, 3, S, S], already normalised, or
    QString imagePath;   // an image file: RGB, area-resized to `size`, ImageNet-normalised
    int size = 0;        // image side; 0 = 224 for images, the tensor's own for inputs
    QString outPath;     // safetensors to write
    QString modelsDir;   // for registry names
};

struct FeatureReport
{
    WeightsSource hiera;
    WeightsSource dino;
    int size = 0;          // the side Hiera saw
    int dinoSize = 0;      // the side DINOv2 saw (nearest multiple of 14)
    QStringList tensors;   // "name [shape]" for each written tensor
    bool untrained() const { return hiera.untrained || dino.untrained; }
};

// Writes `input` (what the backbones saw), `stage1`..`stage4` (Hiera, NCHW),
// `dino_patch_tokens` ([1, S'/14, S'/14, D]: timm's token layout, prefix tokens dropped)
// and `dino_cls`, plus metadata (specs, variants, "untrained_backbone"). Throws
// nexvitad::Error naming the offending file.
FeatureReport extractFeatures(const FeatureRequest &request, Progress &progress);

} // namespace nexvitad::backbones

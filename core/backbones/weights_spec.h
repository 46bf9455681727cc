#pragma once
// The one syntax a user names backbone weights with, everywhere a backbone is chosen (CLI,
// training config, GUI):
//   random:<variant>[:seed]  seeded random initialisation (demos, tests); everything
//                            computed from it must be marked "untrained backbone"
//   <registry name>          a known pretrained model, e.g. hiera_tiny_224.mae_in1k_ft_in1k,
//                            looked up in the models directory
//   <path>.safetensors       a checkpoint file; its variant is recognised from its keys
// Plain types only; resolving reads at most a file's header.

#include "backbones/backbone_variants.h"

#include <QString>

namespace nexvitad::backbones {

struct WeightsSource
{
    QString spec;          // as given
    QString variant;       // the architecture, e.g. "hiera_tiny_224"
    QString path;          // the safetensors file; empty for random weights
    QString registryName;  // set when `spec` was a registry name
    bool untrained = false; // random weights: results must say "untrained backbone"
    quint64 seed = 0;       // for random weights

    // Stable text for cache keys and reports: "random:<variant>:<seed>" or
    // "<variant>@<path>".
    QString identity() const;
};

// Whether `spec` names seeded random weights (random:...), without resolving it: everything
// computed from them is "untrained backbone".
bool isRandomWeightsSpec(const QString &spec);

// The architecture `spec` names, without reading any file: the variant of
// random:<variant>[:seed] or of a registry name, a bare variant as it is; empty for a file
// path (its variant is known only once its keys are read).
QString variantNamedBy(const QString &spec);

// Throws nexvitad::Error (naming the file where one is involved) when the spec is
// malformed, names an unknown variant or model, a model that is not downloaded, a file that
// is missing or malformed, or a backbone of the other family.
WeightsSource resolveWeightsSpec(const QString &spec, Family family, const QString &modelsDir);

// The variant of `family` whose keys and shapes a checkpoint matches exactly; throws Error
// naming the file and the closest variant's problems when none does.
QString recogniseVariant(const QString &path, Family family);

} // namespace nexvitad::backbones

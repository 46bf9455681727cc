#pragma once
// The frozen Hiera + DINOv2 pair the trainer computes features with (public: plain types).
// Specs use the weights syntax of backbones/weights_spec.h (random:<variant>[:seed], a
// registry name, a .safetensors path) and, for convenience, a bare variant name such as
// "hiera_tiny_224", which picks the first downloaded registry model of that variant.

#include <QJsonObject>
#include <QString>
#include <memory>

namespace nexvitad::train {

class FrozenBackbones;

// Which weights one backbone runs with, for records that must name them (a project's
// model row).
struct BackboneWeightsInfo
{
    QString spec;    // as given
    QString variant;
    QString file;    // the safetensors file; empty for random weights
    QString sha256;  // of `file`; empty for random weights
    bool untrained = false;
};

struct BackbonePairInfo
{
    QString hieraVariant;
    QString dinoVariant;
    bool untrained = false; // either backbone has random weights: results must say so
    QString identity;       // part of every feature-cache key
    BackboneWeightsInfo hiera;
    BackboneWeightsInfo dino;
};

// Throws nexvitad::Error (naming the file where one is involved) before anything is built
// when a spec is malformed, unknown, of the wrong family or not downloaded.
std::shared_ptr<FrozenBackbones> loadBackbonePair(const QString &hieraSpec, const QString &dinoSpec,
                                                  const QString &modelsDir, const QString &device);
BackbonePairInfo backbonePairInfo(const FrozenBackbones &backbones);
// {"hiera": {"spec", "variant", "file", "sha256", "untrained"}, "dinov2": {...}}: how a
// project's model rows and memory banks name the backbones.
QJsonObject backbonesJson(const BackbonePairInfo &backbones);

} // namespace nexvitad::train

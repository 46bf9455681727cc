#pragma once
// The pretrained backbones we know by name (timm's "<architecture>.<pretrained tag>"),
// where each is downloaded from, what we can verify about the file, and which of them are
// present in the models directory. Plain types only: the GUI, the CLI and the loaders all
// read this table.
//
// Exact byte sizes and SHA-256 digests are optional: they are recorded only where they are
// known for certain (they cannot be looked up from this offline machine, and a guessed
// value would reject every good download). See docs/weights.md for what is verified when a
// value is missing.

#include "backbones/backbone_variants.h"

#include <QString>

#include <optional>
#include <vector>

namespace nexvitad::backbones {

// "hiera" or "dinov2" (stable identifiers, not translated).
QString familyName(Family family);

struct KnownModel
{
    QString name;    // timm name with pretrained tag, e.g. "hiera_tiny_224.mae_in1k_ft_in1k"
    QString variant; // the architecture, e.g. "hiera_tiny_224" (see weights_check.h)
    Family family = Family::Hiera;
    QString url;     // where the safetensors file is downloaded from by default
    std::optional<qint64> expectedBytes; // exact file size, when recorded
    QString sha256;  // lowercase hex digest of the file, when recorded; empty = unknown

    // The file name in the models directory: "<name>.safetensors".
    QString fileName() const;
};

// The Hugging Face hub URL timm publishes `name` under.
QString huggingFaceUrl(const QString &name);

// Every known model, Hiera first, in size order.
const std::vector<KnownModel> &knownModels();
// nullptr when `name` is not a known model (exact, case-sensitive match).
const KnownModel *findKnownModel(const QString &name);

// <modelsDir>/<name>.safetensors (whether or not it exists).
QString localWeightsPath(const KnownModel &model, const QString &modelsDir);
// <modelsDir>/<name>.safetensors.part: an interrupted download, kept to be resumed.
QString partialWeightsPath(const KnownModel &model, const QString &modelsDir);

// Parameters of the variant's backbone as the loaders use it (classification heads that a
// checkpoint may carry are not counted), summed from weights_check's expected shapes.
// Throws nexvitad::Error for an unknown variant.
qint64 backboneParameterCount(const QString &variant);

struct WeightsStatus
{
    QString path;            // localWeightsPath
    bool exists = false;     // a file is at `path`
    bool valid = false;      // ... and it is a well-formed checkpoint of the model's variant
    qint64 bytes = 0;        // its size when it exists
    QString problem;         // why it is not valid (translated), when it exists
    qint64 partialBytes = 0; // size of an interrupted download waiting to be resumed
};

// Looks at the models directory: file present? Does it validate (header, keys, shapes;
// cheap: the header is parsed, the tensor data is not read)?
WeightsStatus weightsStatus(const KnownModel &model, const QString &modelsDir);
// Present = exists and validates.
bool weightsPresent(const KnownModel &model, const QString &modelsDir);

} // namespace nexvitad::backbones

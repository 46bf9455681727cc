#pragma once
// The last step shared by download and import: a complete candidate file in the models
// directory is checked against everything we know about the model, then renamed into
// place. Nothing that fails a check is ever visible under the final name.

#include <QString>

namespace nexvitad {
class Progress;
}

namespace nexvitad::backbones {

struct KnownModel;

// Checks `candidate` (a finished temporary file inside `modelsDir`):
//  - its size equals model.expectedBytes when recorded;
//  - its SHA-256 equals model.sha256 when recorded, and `declaredSha256` when the server
//    declared one (empty = none);
//  - it is a well-formed safetensors file with exactly the keys and shapes of
//    model.variant (validateWeightsFile);
// then fsyncs it and renames it over localWeightsPath(model, modelsDir) (atomic replace),
// and fsyncs the folder. On any failure the candidate is deleted and nexvitad::Error
// (naming `origin`, the URL or file it came from) is thrown; on cancel (Canceled) the
// candidate is left for the caller (a finished download stays resumable). Returns the
// SHA-256.
QString installWeightsFile(const QString &candidate, const KnownModel &model,
                           const QString &modelsDir, const QString &declaredSha256,
                           const QString &origin, Progress &progress);

} // namespace nexvitad::backbones

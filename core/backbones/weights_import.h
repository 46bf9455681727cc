#pragma once
// Importing a checkpoint the user already has (downloaded on a connected machine, copied
// from a USB stick): validated, then copied atomically into the models directory under
// the registry name's file name. The user's file is only read.

#include <QString>

#include <vector>

namespace nexvitad {
class Progress;
}

namespace nexvitad::backbones {

struct KnownModel;

// The candidate whose architecture (keys and shapes) `file` holds, or nullptr when none
// does. Throws nexvitad::Error when `file` is not a readable, well-formed safetensors file.
const KnownModel *identifyWeights(const QString &file, const std::vector<KnownModel> &candidates);

struct ImportResult
{
    QString name;   // the registry name it was imported as
    QString path;   // where it now lives
    qint64 bytes = 0;
    QString sha256;
    bool replaced = false; // a file was already there (now replaced)
};

// Imports `file` as registry model `name`; an empty name is inferred from the file's keys
// and shapes (an Error asks for a name when that is impossible). Throws nexvitad::Error
// naming the file when it is malformed, of another architecture, or cannot be copied;
// nothing is left in the models directory then.
ImportResult importWeights(const QString &file, const QString &modelsDir, const QString &name,
                           Progress &progress);

// The same for a model given directly (tests inject small test architectures this way).
ImportResult importWeights(const QString &file, const QString &modelsDir,
                           const KnownModel &model, Progress &progress);

} // namespace nexvitad::backbones

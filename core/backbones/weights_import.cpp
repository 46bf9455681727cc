#include "backbones/weights_import.h"

#include "backbones/model_registry.h"
#include "backbones/weights_check.h"
#include "backbones/weights_install.h"
#include "common/error.h"
#include "common/progress.h"
#include "io/chunked_read.h"
#include "io/safetensors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace nexvitad::backbones {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::backbones::Weights)
};

// Copies `source` into `target` (an open temporary file) chunk by chunk.
void copyInto(const QString &source, QFile &target, Progress &progress)
{
    io::readInChunks(source, progress, [&target](QByteArrayView chunk) {
        if (target.write(chunk.data(), chunk.size()) != chunk.size()) {
            throw Error(target.error() == QFileDevice::ResourceError
                            ? Tr::tr("The disk is full: %1").arg(target.errorString())
                            : Tr::tr("Cannot write: %1").arg(target.errorString()),
                        QFileInfo(target.fileName()).absolutePath());
        }
    });
    if (!target.flush())
        throw Error(Tr::tr("Cannot write: %1").arg(target.errorString()), target.fileName());
}

} // namespace

const KnownModel *identifyWeights(const QString &file, const std::vector<KnownModel> &candidates)
{
    const io::SafeTensorsFile weights = io::SafeTensorsFile::open(file);
    for (const KnownModel &m : candidates) {
        if (compareKeys(weights.header(), m.variant).ok())
            return &m;
    }
    return nullptr;
}

ImportResult importWeights(const QString &file, const QString &modelsDir, const QString &name,
                           Progress &progress)
{
    if (!QFileInfo(file).isFile())
        throw Error(Tr::tr("No such file."), file);
    const KnownModel *model = nullptr;
    if (name.isEmpty()) {
        model = identifyWeights(file, knownModels());
        if (!model)
            throw Error(Tr::tr("The file's keys and shapes match none of the known models; "
                               "name the model it holds."),
                        file);
    } else {
        model = findKnownModel(name);
        if (!model)
            throw Error(Tr::tr("Unknown model \"%1\". Known models are listed by "
                               "'nexvitad-cli weights list'.")
                            .arg(name));
    }
    return importWeights(file, modelsDir, *model, progress);
}

ImportResult importWeights(const QString &file, const QString &modelsDir,
                           const KnownModel &model, Progress &progress)
{
    if (!QFileInfo(file).isFile())
        throw Error(Tr::tr("No such file."), file);
    validateWeightsFile(file, model.variant); // refuse before copying gigabytes

    ImportResult result;
    result.name = model.name;
    result.path = localWeightsPath(model, modelsDir);
    result.replaced = QFileInfo::exists(result.path);
    if (result.replaced
        && QFileInfo(file).canonicalFilePath() == QFileInfo(result.path).canonicalFilePath()) {
        // Importing the installed file onto itself: verify it, copy nothing.
        result.replaced = false;
        result.bytes = QFileInfo(result.path).size();
        result.sha256 = io::sha256OfFile(result.path, progress);
        return result;
    }
    if (!QDir().mkpath(modelsDir))
        throw Error(Tr::tr("Cannot create the models folder."), modelsDir);

    // Hidden, unique, in the target folder (so the final rename cannot cross file systems);
    // removed automatically on any failure or cancel.
    QTemporaryFile temp(QDir(modelsDir).filePath(QStringLiteral(".%1.import-XXXXXX")
                                                     .arg(model.fileName())));
    if (!temp.open())
        throw Error(Tr::tr("Cannot write: %1").arg(temp.errorString()), modelsDir);
    // QTemporaryFile creates 0600; an installed model is as readable as a downloaded one.
    temp.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                        | QFileDevice::ReadOther);
    progress.setStage(Tr::tr("Copying %1").arg(model.name));
    Progress copying = progress.child(0.0, 0.5);
    copyInto(file, temp, copying);
    temp.close();

    Progress verifying = progress.child(0.5, 1.0);
    result.sha256 = installWeightsFile(temp.fileName(), model, modelsDir, QString(), file, verifying);
    temp.setAutoRemove(false); // it was renamed into place
    result.bytes = QFileInfo(result.path).size();
    return result;
}

} // namespace nexvitad::backbones

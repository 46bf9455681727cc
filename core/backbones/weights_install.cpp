#include "backbones/weights_install.h"

#include "backbones/model_registry.h"
#include "backbones/weights_check.h"
#include "common/error.h"
#include "common/progress.h"
#include "io/atomic_file.h"
#include "io/chunked_read.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace nexvitad::backbones {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::backbones::Weights)
};

void checkBeforeRename(const QString &candidate, const KnownModel &model,
                       const QString &declaredSha256, const QString &origin, Progress &progress,
                       QString *sha)
{
    const qint64 size = QFileInfo(candidate).size();
    if (model.expectedBytes && size != *model.expectedBytes) {
        throw Error(Tr::tr("Size mismatch: got %1 bytes, but %2 is recorded as %3 bytes.")
                        .arg(size)
                        .arg(model.name)
                        .arg(*model.expectedBytes),
                    origin);
    }
    *sha = io::sha256OfFile(candidate, progress);
    if (!model.sha256.isEmpty() && *sha != model.sha256.toLower()) {
        throw Error(Tr::tr("SHA-256 mismatch: got %1, but %2 is recorded as %3.")
                        .arg(*sha, model.name, model.sha256.toLower()),
                    origin);
    }
    if (!declaredSha256.isEmpty() && *sha != declaredSha256.toLower()) {
        throw Error(Tr::tr("SHA-256 mismatch: got %1, but the server declared %2.")
                        .arg(*sha, declaredSha256.toLower()),
                    origin);
    }
    try {
        validateWeightsFile(candidate, model.variant);
    } catch (const Canceled &) {
        throw;
    } catch (const Error &e) {
        throw Error(e.message(), origin); // name where it came from, not the temporary file
    }
}

} // namespace

QString installWeightsFile(const QString &candidate, const KnownModel &model,
                           const QString &modelsDir, const QString &declaredSha256,
                           const QString &origin, Progress &progress)
{
    const QString target = localWeightsPath(model, modelsDir);
    QString sha;
    try {
        progress.setStage(Tr::tr("Verifying %1").arg(model.name));
        checkBeforeRename(candidate, model, declaredSha256, origin, progress, &sha);
        io::syncFile(candidate);
        // rename(2) replaces an existing target atomically (QFile::rename would refuse).
        if (std::rename(QFile::encodeName(candidate).constData(),
                        QFile::encodeName(target).constData())
            != 0) {
            throw Error(Tr::tr("Cannot move the file into place: %1")
                            .arg(QString::fromLocal8Bit(std::strerror(errno))),
                        target);
        }
    } catch (const Canceled &) {
        throw; // the candidate is intact; the caller decides whether to keep it
    } catch (...) {
        QFile::remove(candidate);
        throw;
    }
    io::syncDirectory(modelsDir);
    return sha;
}

} // namespace nexvitad::backbones

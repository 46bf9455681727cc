#include "backbones/weights_install.h"

#include "backbones/model_registry.h"
#include "backbones/weights_check.h"
#include "common/error.h"
#include "common/progress.h"
#include "io/atomic_file.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace nexvitad::backbones {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::backbones::Weights)
};

constexpr qint64 kChunkBytes = 4 << 20;

void fsyncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0 || ::fsync(fd) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        if (fd >= 0)
            ::close(fd);
        throw Error(Tr::tr("Cannot flush the file to disk: %1").arg(why), path);
    }
    ::close(fd);
}

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
    *sha = sha256OfFile(candidate, progress);
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

void readInChunks(const QString &path, Progress &progress,
                  const std::function<void(QByteArrayView)> &consume)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Tr::tr("Cannot read: %1").arg(file.errorString()), path);
    const qint64 total = file.size();
    QByteArray buffer(kChunkBytes, Qt::Uninitialized);
    qint64 done = 0;
    progress.report(0, total);
    while (true) {
        progress.throwIfCanceled();
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            throw Error(Tr::tr("Cannot read: %1").arg(file.errorString()), path);
        if (n == 0)
            break;
        consume(QByteArrayView(buffer.constData(), n));
        done += n;
        progress.report(done, total);
    }
}

QString sha256OfFile(const QString &path, Progress &progress)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    readInChunks(path, progress, [&hash](QByteArrayView chunk) { hash.addData(chunk); });
    return QString::fromLatin1(hash.result().toHex());
}

QString installWeightsFile(const QString &candidate, const KnownModel &model,
                           const QString &modelsDir, const QString &declaredSha256,
                           const QString &origin, Progress &progress)
{
    const QString target = localWeightsPath(model, modelsDir);
    QString sha;
    try {
        progress.setStage(Tr::tr("Verifying %1").arg(model.name));
        checkBeforeRename(candidate, model, declaredSha256, origin, progress, &sha);
        fsyncFile(candidate);
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

#include "io/atomic_file.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace nexvitad::io {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::io)
};
} // namespace

void syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return; // not fatal: the data itself is synced, only the rename's durability is weaker
    ::fsync(fd);
    ::close(fd);
}

bool flushToDisk(QFileDevice &file)
{
    return file.flush() && ::fsync(file.handle()) == 0;
}

void syncFile(const QString &path)
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

void writeFileAtomically(const QString &path, const std::function<bool(QIODevice &)> &writer)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        throw Error(Tr::tr("Cannot create the folder."), dir);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(Tr::tr("Cannot write: %1").arg(file.errorString()), path);
    bool ok = false;
    try {
        ok = writer(file);
    } catch (...) {
        file.cancelWriting();
        throw;
    }
    if (!ok) {
        file.cancelWriting();
        throw Error(Tr::tr("Writing failed: %1").arg(file.errorString()), path);
    }
    if (!flushToDisk(file)) {
        file.cancelWriting();
        throw Error(Tr::tr("Cannot flush to disk: %1").arg(file.errorString()), path);
    }
    if (!file.commit())
        throw Error(Tr::tr("Cannot replace the file: %1").arg(file.errorString()), path);
    syncDirectory(dir);
}

void writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    writeFileAtomically(path, [&](QIODevice &device) {
        return device.write(bytes) == bytes.size();
    });
}

} // namespace nexvitad::io

#include "io/chunked_read.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <algorithm>

namespace nexvitad::io {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::io)
};

constexpr qint64 kChunkBytes = 4 << 20;
constexpr qint64 kSmallestChunk = 64 << 10;
} // namespace

void readInChunks(const QString &path, Progress &progress,
                  const std::function<void(QByteArrayView)> &consume)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Tr::tr("Cannot read: %1").arg(file.errorString()), path);
    const qint64 total = file.size();
    // A small file (a bank image) needs no 4 MiB buffer.
    QByteArray buffer(std::clamp(total, kSmallestChunk, kChunkBytes), Qt::Uninitialized);
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

} // namespace nexvitad::io

#include "fuzz_support.h"

#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

#include <fcntl.h>
#include <unistd.h>

namespace nexvitad::fuzz {

QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

QString writeInputFile(const uint8_t *data, size_t size, const QString &name)
{
    // One folder per process, removed at exit; libFuzzer runs inputs one after another.
    static QTemporaryDir folder;
    if (!folder.isValid()) {
        std::fprintf(stderr, "fuzz: cannot create a temporary folder\n");
        std::abort();
    }
    const QString path = folder.filePath(name);
    const QByteArray encoded = path.toLocal8Bit();
    const int fd = ::open(encoded.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    size_t written = 0;
    while (fd >= 0 && written < size) {
        const ssize_t n = ::write(fd, data + written, size - written);
        if (n <= 0)
            break;
        written += size_t(n);
    }
    if (fd < 0 || written != size || ::close(fd) != 0) {
        std::fprintf(stderr, "fuzz: cannot write %s\n", encoded.constData());
        std::abort();
    }
    return path;
}

void require(bool condition, const char *what)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz: property violated: %s\n", what);
    std::abort();
}

} // namespace nexvitad::fuzz

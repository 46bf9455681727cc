// The tar reader of project import (store/tar_archive.h): every entry of the archive read
// the way importProject reads it, data to the end, from an in-memory device.
#include "fuzz_support.h"
#include "store/tar_archive.h"

#include <QBuffer>

using namespace nexvitad;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = fuzz::bytesOf(data, size);
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    store::TarReader tar(device, QStringLiteral("fuzz.tar"));
    fuzz::refusedOrParsed([&] {
        store::TarEntry entry;
        char buffer[4096];
        while (tar.next(&entry)) {
            fuzz::require(entry.size >= 0, "entry size is non-negative");
            qint64 total = 0;
            while (const qint64 n = tar.read(buffer, sizeof buffer)) {
                fuzz::require(n > 0 && n <= qint64(sizeof buffer), "read within the buffer");
                total += n;
            }
            // Every byte of an entry is in the archive, so a complete read is at most its size.
            fuzz::require(total == entry.size, "an entry reads exactly its size");
        }
    });
    return 0;
}

// Image headers (data/image_header.h): the dataset scan's check of PNG, JPEG, BMP and TIFF
// files without decoding them, reading from memory the way the scan reads with pread().
#include "data/image_header.h"
#include "fuzz_support.h"

#include <algorithm>

using namespace nexvitad;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const qint64 fileSize = bytes.size();
    // As image_check.cpp's OpenFile::read: at most `length` bytes from `offset`, fewer (or
    // none) at and past the end of the file.
    const data::ByteReader read = [&](qint64 offset, qint64 length) -> QByteArray {
        if (offset < 0 || length <= 0 || offset >= fileSize)
            return {};
        return bytes.mid(offset, std::min(length, fileSize - offset));
    };
    const data::ImageHeader h = data::readImageHeader(read, fileSize);
    fuzz::require(h.complete == h.problem.isEmpty() || h.format == data::ImageFormat::Unknown,
                  "a problem is given exactly when the header is incomplete");
    return 0;
}

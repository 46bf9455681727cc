#pragma once
// Reads an image file's header (size, channels, bit depth) and checks that the file is
// complete, without decoding pixels: a scan of 10,000 files must take seconds, and a
// 100-megapixel image must be refused before it is decoded.
//
// Truncation checks per format: PNG ends with an IEND chunk; JPEG ends with an EOI marker;
// BMP's declared file size and pixel array fit in the file; TIFF's strips/tiles and IFD lie
// inside the file. Damage in the middle of the compressed data is found only by decoding
// (dataset_scan's deep check, or the loader, which reports the file).

#include <QByteArray>
#include <QString>

#include <functional>

namespace nexvitad::data {

enum class ImageFormat { Unknown, Png, Jpeg, Bmp, Tiff };
QString imageFormatName(ImageFormat format);

struct ImageHeader
{
    ImageFormat format = ImageFormat::Unknown;
    int width = 0;
    int height = 0;
    int channels = 0; // 1 gray, 2 gray+alpha, 3 colour, 4 colour+alpha
    int bitDepth = 0; // bits per channel
    bool complete = false; // false: truncated or damaged header (see `problem`)
    QString problem;       // translated; empty when the header is fine
};

// Random access to the file: read(offset, length) returns at most `length` bytes (fewer
// at the end of the file).
using ByteReader = std::function<QByteArray(qint64 offset, qint64 length)>;

ImageHeader readImageHeader(const ByteReader &read, qint64 fileSize);

// True for the extensions the importer treats as images: png, jpg, jpeg, bmp, tif, tiff
// (any case).
bool hasImageExtension(const QByteArray &fileName);

} // namespace nexvitad::data

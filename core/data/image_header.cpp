#include "data/image_header.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace nexvitad::data {

namespace {
struct ImageHeaderText
{
    Q_DECLARE_TR_FUNCTIONS(ImageHeaderText)
};

quint32 be16(const QByteArray &b, int at)
{
    return (quint32(quint8(b[at])) << 8) | quint8(b[at + 1]);
}
quint32 be32(const QByteArray &b, int at)
{
    return (be16(b, at) << 16) | be16(b, at + 2);
}
quint32 le16(const QByteArray &b, int at)
{
    return (quint32(quint8(b[at + 1])) << 8) | quint8(b[at]);
}
quint32 le32(const QByteArray &b, int at)
{
    return (le16(b, at + 2) << 16) | le16(b, at);
}

ImageHeader incomplete(ImageHeader h, const QString &why)
{
    h.complete = false;
    h.problem = why;
    return h;
}

QString truncatedText(const char *format)
{
    return ImageHeaderText::tr("the %1 file is truncated (it ends before its last part)")
        .arg(QLatin1String(format));
}

// Complete when the bytes from `from` to the end contain the format's closing `marker`.
ImageHeader checkEnding(ImageHeader h, const ByteReader &read, qint64 from, qint64 size,
                        const QByteArray &marker, const char *format)
{
    if (!read(from, size - from).contains(marker))
        return incomplete(h, truncatedText(format));
    h.complete = true;
    return h;
}

ImageHeader readPng(const ByteReader &read, qint64 size)
{
    ImageHeader h;
    h.format = ImageFormat::Png;
    const QByteArray head = read(0, 33);
    if (head.size() < 33 || head.mid(12, 4) != "IHDR")
        return incomplete(h, ImageHeaderText::tr("the PNG header is damaged or cut short"));
    h.width = int(be32(head, 16));
    h.height = int(be32(head, 20));
    h.bitDepth = quint8(head[24]);
    switch (quint8(head[25])) {
    case 0: h.channels = 1; break;
    case 2: h.channels = 3; break;
    case 3: h.channels = 3; h.bitDepth = 8; break; // palette expands to 8-bit colour
    case 4: h.channels = 2; break;
    case 6: h.channels = 4; break;
    default: return incomplete(h, ImageHeaderText::tr("the PNG colour type is invalid"));
    }
    // The IEND chunk (length 0, "IEND", its CRC) closes every complete PNG; allow a little
    // padding after it.
    return checkEnding(h, read, std::max<qint64>(0, size - 64), size,
                       QByteArray("IEND\xAE\x42\x60\x82", 8), "PNG");
}

ImageHeader readJpeg(const ByteReader &read, qint64 size)
{
    ImageHeader h;
    h.format = ImageFormat::Jpeg;
    qint64 pos = 2;
    bool found = false;
    for (int guard = 0; guard < 1000 && pos + 4 <= size && !found; ++guard) {
        const QByteArray m = read(pos, 4);
        if (m.size() < 4 || quint8(m[0]) != 0xFF)
            break;
        const quint8 marker = quint8(m[1]);
        if (marker == 0xFF) { // fill byte
            ++pos;
            continue;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // no length field
            pos += 2;
            continue;
        }
        const bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                         && marker != 0xCC;
        if (sof) {
            const QByteArray f = read(pos + 4, 6);
            if (f.size() < 6)
                break;
            h.bitDepth = quint8(f[0]);
            h.height = int(be16(f, 1));
            h.width = int(be16(f, 3));
            h.channels = quint8(f[5]);
            found = true;
        }
        pos += 2 + be16(m, 2);
    }
    if (!found)
        return incomplete(h, ImageHeaderText::tr("the JPEG has no frame header (damaged or cut "
                                                 "short)"));
    // Entropy-coded data escapes 0xFF as FF 00, so FF D9 in the last bytes is the real EOI.
    return checkEnding(h, read, std::max<qint64>(pos, size - 4096), size,
                       QByteArray("\xFF\xD9", 2), "JPEG");
}

ImageHeader readBmp(const ByteReader &read, qint64 size)
{
    ImageHeader h;
    h.format = ImageFormat::Bmp;
    const QByteArray b = read(0, 54);
    if (b.size() < 26)
        return incomplete(h, ImageHeaderText::tr("the BMP header is cut short"));
    const quint32 declaredSize = le32(b, 2);
    const quint32 pixelOffset = le32(b, 10);
    const quint32 dibSize = le32(b, 14);
    // 64-bit: a hostile header's sizes must not overflow (std::abs(INT_MIN) and
    // rowBytes * height did; found by fuzzing, docs/reliability.md).
    qint64 width = 0;
    qint64 height = 0;
    int bpp = 0;
    quint32 compression = 0;
    if (dibSize == 12) { // OS/2 BITMAPCOREHEADER
        width = le16(b, 18);
        height = le16(b, 20);
        bpp = int(le16(b, 24));
    } else if (b.size() >= 34) {
        width = qint32(le32(b, 18));
        height = qint32(le32(b, 22));
        height = height < 0 ? -height : height; // negative height: top-down rows
        bpp = int(le16(b, 28));
        compression = le32(b, 30);
    } else {
        return incomplete(h, ImageHeaderText::tr("the BMP header is cut short"));
    }
    h.width = int(width);
    h.height = int(std::min<qint64>(height, std::numeric_limits<int>::max()));
    h.bitDepth = 8;
    h.channels = bpp == 32 ? 4 : (bpp == 8 ? 1 : 3);
    const qint64 rowBytes = ((std::max<qint64>(width, 0) * bpp + 31) / 32) * 4;
    const bool uncompressed = compression == 0 || compression == 3;
    // pixelOffset + rowBytes * height <= size, without the product.
    const qint64 room = size - qint64(pixelOffset);
    const bool pixelsFit = room >= 0 && (rowBytes == 0 || height <= room / rowBytes);
    if ((declaredSize > 0 && declaredSize > size) || (uncompressed && !pixelsFit))
        return incomplete(h, truncatedText("BMP"));
    h.complete = true;
    return h;
}

// TIFF: values of one IFD entry (SHORT or LONG), inline when they fit in 4 bytes.
struct TiffReader
{
    const ByteReader &read;
    bool little;
    quint32 u16(const QByteArray &b, int at) const { return little ? le16(b, at) : be16(b, at); }
    quint32 u32(const QByteArray &b, int at) const { return little ? le32(b, at) : be32(b, at); }
    std::vector<quint32> values(const QByteArray &entry) const
    {
        const quint32 type = u16(entry, 2);
        const quint32 count = std::min<quint32>(u32(entry, 4), 1u << 20);
        const int width = type == 3 ? 2 : 4;
        QByteArray data = entry.mid(8, 4);
        if (qint64(count) * width > 4)
            data = read(u32(entry, 8), qint64(count) * width);
        std::vector<quint32> out;
        for (quint32 i = 0; i < count && int((i + 1) * width) <= data.size(); ++i)
            out.push_back(width == 2 ? u16(data, int(i * width)) : u32(data, int(i * width)));
        return out;
    }
};

ImageHeader readTiff(const ByteReader &read, qint64 size)
{
    ImageHeader h;
    h.format = ImageFormat::Tiff;
    const QByteArray head = read(0, 8);
    if (head.size() < 8)
        return incomplete(h, truncatedText("TIFF"));
    const TiffReader t{read, head.startsWith("II")};
    const quint32 ifd = t.u32(head, 4);
    const QByteArray countBytes = read(ifd, 2);
    if (countBytes.size() < 2)
        return incomplete(h, truncatedText("TIFF"));
    const quint32 count = t.u16(countBytes, 0);
    const QByteArray entries = read(ifd + 2, qint64(count) * 12);
    if (entries.size() < int(count * 12))
        return incomplete(h, truncatedText("TIFF"));
    std::vector<quint32> offsets, lengths;
    h.channels = 1;
    h.bitDepth = 1;
    for (quint32 i = 0; i < count; ++i) {
        const QByteArray e = entries.mid(int(i * 12), 12);
        const std::vector<quint32> v = t.values(e);
        if (v.empty())
            continue;
        switch (t.u16(e, 0)) {
        case 256: h.width = int(v[0]); break;
        case 257: h.height = int(v[0]); break;
        case 258: h.bitDepth = int(v[0]); break;
        case 277: h.channels = int(v[0]); break;
        case 273: case 324: offsets = v; break; // strip or tile offsets
        case 279: case 325: lengths = v; break; // strip or tile byte counts
        default: break;
        }
    }
    if (h.width <= 0 || h.height <= 0)
        return incomplete(h, ImageHeaderText::tr("the TIFF header has no image size"));
    for (std::size_t i = 0; i < std::min(offsets.size(), lengths.size()); ++i)
        if (qint64(offsets[i]) + lengths[i] > size)
            return incomplete(h, truncatedText("TIFF"));
    h.complete = true;
    return h;
}
} // namespace

QString imageFormatName(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Png: return QStringLiteral("PNG");
    case ImageFormat::Jpeg: return QStringLiteral("JPEG");
    case ImageFormat::Bmp: return QStringLiteral("BMP");
    case ImageFormat::Tiff: return QStringLiteral("TIFF");
    case ImageFormat::Unknown: break;
    }
    return QStringLiteral("?");
}

ImageHeader readImageHeader(const ByteReader &read, qint64 fileSize)
{
    const QByteArray magic = read(0, 8);
    if (magic.startsWith("\x89PNG\r\n\x1a\n"))
        return readPng(read, fileSize);
    if (magic.startsWith("\xFF\xD8"))
        return readJpeg(read, fileSize);
    if (magic.startsWith("BM"))
        return readBmp(read, fileSize);
    if (magic.startsWith(QByteArray("II*\0", 4)) || magic.startsWith(QByteArray("MM\0*", 4)))
        return readTiff(read, fileSize);
    ImageHeader h;
    h.problem = fileSize == 0
                    ? ImageHeaderText::tr("the file is empty")
                    : ImageHeaderText::tr("the content is not a PNG, JPEG, BMP or TIFF image");
    return h;
}

bool hasImageExtension(const QByteArray &fileName)
{
    const int dot = fileName.lastIndexOf('.');
    if (dot < 0)
        return false;
    const QByteArray ext = fileName.mid(dot + 1).toLower();
    return ext == "png" || ext == "jpg" || ext == "jpeg" || ext == "bmp" || ext == "tif"
           || ext == "tiff";
}

} // namespace nexvitad::data

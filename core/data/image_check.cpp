// One image file of a scan: can it be read, is it complete, is it within the size limit,
// does its mask exist and match? Reads the header and the file's end (and, with hashing,
// every byte once); decodes only in the deep check.

#include "data/image_header.h"
#include "data/scan_context.h"

#include <QCryptographicHash>

#include <opencv2/imgcodecs.hpp>

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace nexvitad::data {

namespace {
// An open file descriptor, closed on scope exit.
struct OpenFile
{
    int fd = -1;
    explicit OpenFile(const QByteArray &path) : fd(::open(path.constData(), O_RDONLY | O_CLOEXEC)) {}
    ~OpenFile()
    {
        if (fd >= 0)
            ::close(fd);
    }
    OpenFile(const OpenFile &) = delete;
    OpenFile &operator=(const OpenFile &) = delete;

    QByteArray read(qint64 offset, qint64 length) const
    {
        if (offset < 0 || length <= 0)
            return {};
        QByteArray buffer(static_cast<qsizetype>(length), Qt::Uninitialized);
        const ssize_t n = ::pread(fd, buffer.data(), static_cast<size_t>(length), offset);
        buffer.resize(n > 0 ? n : 0);
        return buffer;
    }
};

struct FileFacts
{
    ImageHeader header;
    qint64 size = 0;
    QByteArray sha1;
};

// Reads the header (and hashes the file when asked). Reports and returns false when the
// file cannot be used as an image.
bool examine(ScanContext &ctx, const QByteArray &rel, bool hash, FileFacts *facts,
             const QString &what)
{
    const QByteArray abs = ctx.absolute(rel);
    const OpenFile file(abs);
    struct stat st {};
    if (file.fd < 0 || ::fstat(file.fd, &st) != 0) {
        ctx.report(Severity::Error, QStringLiteral("unreadable"), rel,
                   ScanText::tr("%1 cannot be read: %2").arg(what, qt_error_string(errno)));
        return false;
    }
    facts->size = st.st_size;
    facts->header = readImageHeader(
        [&](qint64 offset, qint64 length) { return file.read(offset, length); }, facts->size);
    const ImageHeader &h = facts->header;
    if (h.format == ImageFormat::Unknown) {
        ctx.report(Severity::Error, QStringLiteral("not-an-image"), rel,
                   ScanText::tr("%1 cannot be used: %2").arg(what, h.problem));
        return false;
    }
    if (!h.complete || h.width <= 0 || h.height <= 0) {
        ctx.report(Severity::Error, QStringLiteral("image-truncated"), rel,
                   ScanText::tr("%1 is damaged: %2").arg(what, h.problem));
        return false;
    }
    const qint64 pixels = qint64(h.width) * h.height;
    if (pixels > ctx.options().maxPixels) {
        ctx.report(Severity::Error, QStringLiteral("image-too-large"), rel,
                   ScanText::tr("%1 is %2 x %3 pixels (%4 megapixels), over the limit of %5 "
                                "megapixels; not decoded")
                       .arg(what)
                       .arg(h.width)
                       .arg(h.height)
                       .arg(double(pixels) / 1e6, 0, 'g', 4)
                       .arg(double(ctx.options().maxPixels) / 1e6, 0, 'g', 4));
        return false;
    }
    if (!cv::haveImageReader(abs.toStdString())) {
        ctx.report(Severity::Error, QStringLiteral("no-decoder"), rel,
                   ScanText::tr("%1 is a %2 file that this build of OpenCV cannot decode")
                       .arg(what, imageFormatName(h.format)));
        return false;
    }
    if (hash) {
        QCryptographicHash sha1(QCryptographicHash::Sha1);
        for (qint64 at = 0; at < facts->size; at += 1 << 20)
            sha1.addData(file.read(at, 1 << 20));
        facts->sha1 = sha1.result().toHex();
    }
    return true;
}

// The deep check: the pixels decode. Returns the decoded image (empty after a report).
cv::Mat decodeCheck(ScanContext &ctx, const QByteArray &rel, const QString &what)
{
    cv::Mat m = cv::imread(ctx.absolute(rel).toStdString(), cv::IMREAD_UNCHANGED);
    if (m.empty())
        ctx.report(Severity::Error, QStringLiteral("image-undecodable"), rel,
                   ScanText::tr("%1 cannot be decoded (damaged data)").arg(what));
    return m;
}
} // namespace

bool checkCandidate(ScanContext &ctx, const Candidate &c, ImageEntry *entry)
{
    FileFacts image;
    if (!examine(ctx, c.path, ctx.options().hashContents, &image, ScanText::tr("the image")))
        return false;
    if (ctx.options().decodeImages && decodeCheck(ctx, c.path, ScanText::tr("the image")).empty())
        return false;
    entry->path = c.path;
    entry->width = image.header.width;
    entry->height = image.header.height;
    entry->channels = image.header.channels;
    entry->bitDepth = image.header.bitDepth;
    entry->fileSize = image.size;
    entry->sha1 = image.sha1;
    if (!c.needsMask)
        return true;
    if (c.maskPath.isEmpty()) {
        ctx.report(Severity::Error, QStringLiteral("mask-missing"), c.path,
                   ScanText::tr("the defect image has no mask (expected %1)").arg(c.expectedMask));
        return false;
    }
    FileFacts mask;
    if (!examine(ctx, c.maskPath, false, &mask, ScanText::tr("the mask")))
        return false;
    if (mask.header.width != image.header.width || mask.header.height != image.header.height) {
        ctx.report(Severity::Error, QStringLiteral("mask-size"), c.maskPath,
                   ScanText::tr("the mask is %1 x %2 pixels but its image %3 is %4 x %5")
                       .arg(mask.header.width)
                       .arg(mask.header.height)
                       .arg(displayName(c.path))
                       .arg(image.header.width)
                       .arg(image.header.height));
        return false;
    }
    if (ctx.options().decodeImages) {
        const cv::Mat m = decodeCheck(ctx, c.maskPath, ScanText::tr("the mask"));
        if (m.empty())
            return false;
        if (cv::countNonZero(m.reshape(1)) == 0)
            ctx.report(Severity::Warning, QStringLiteral("mask-empty"), c.maskPath,
                       ScanText::tr("the mask of a defect image marks no pixel as defective"));
    }
    entry->maskPath = c.maskPath;
    return true;
}

} // namespace nexvitad::data

#include "data/image_decode.h"

#include "common/error.h"
#include "data/image_header.h"

#include <QCoreApplication>
#include <QFile>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace nexvitad::data {

namespace {
struct DecodeText
{
    Q_DECLARE_TR_FUNCTIONS(ImageDecode)
};

// OpenCV's imread hands a file to the first of its many decoders whose signature matches,
// whatever the name says; the GDCM (DICOM) decoder claims any file with "DICM" at byte 128
// and aborts the whole process on a malformed one (found by fuzzing, docs/reliability.md).
// So only the formats we support reach OpenCV: PNG, JPEG, BMP or TIFF by content, and not
// also a DICOM signature.
void requireSupportedFormat(const std::string &path)
{
    QFile file(QFile::decodeName(QByteArray::fromStdString(path)));
    if (!file.open(QIODevice::ReadOnly))
        return; // imread reports it as unreadable
    const auto read = [&](qint64 offset, qint64 length) {
        return offset >= 0 && length > 0 && file.seek(offset) ? file.read(length) : QByteArray();
    };
    const ImageHeader header = readImageHeader(read, file.size());
    if (header.format == ImageFormat::Unknown || read(128, 4) == "DICM")
        throw Error(DecodeText::tr("cannot decode the image: the content is not a PNG, JPEG, "
                                   "BMP or TIFF image"),
                    QString::fromUtf8(path));
}

cv::Mat decode(const std::string &path)
{
    requireSupportedFormat(path);
    cv::Mat m;
    try {
        m = cv::imread(path, cv::IMREAD_UNCHANGED);
    } catch (const cv::Exception &e) {
        throw Error(DecodeText::tr("cannot decode the image: %1").arg(QString::fromStdString(e.msg)),
                    QString::fromUtf8(path));
    }
    if (m.empty())
        throw Error(DecodeText::tr("cannot decode the image (missing, unreadable, damaged or "
                                   "not an image)"),
                    QString::fromUtf8(path));
    return m;
}
} // namespace

cv::Mat toRgb8(const cv::Mat &decoded)
{
    cv::Mat eight;
    if (decoded.depth() == CV_16U)
        decoded.convertTo(eight, CV_8U, 1.0 / 257.0);
    else if (decoded.depth() == CV_8U)
        eight = decoded;
    else
        decoded.convertTo(eight, CV_8U); // float/other TIFFs: saturate to 0..255
    cv::Mat rgb;
    switch (eight.channels()) {
    case 1: cv::cvtColor(eight, rgb, cv::COLOR_GRAY2RGB); break;
    case 2: { // gray + alpha: keep the gray plane
        cv::Mat gray;
        cv::extractChannel(eight, gray, 0);
        cv::cvtColor(gray, rgb, cv::COLOR_GRAY2RGB);
        break;
    }
    case 3: cv::cvtColor(eight, rgb, cv::COLOR_BGR2RGB); break;
    default: cv::cvtColor(eight, rgb, cv::COLOR_BGRA2RGB); break;
    }
    return rgb;
}

cv::Mat toBinaryMask(const cv::Mat &decoded)
{
    cv::Mat any = decoded.reshape(1, decoded.rows * decoded.cols); // one row per pixel
    cv::Mat maxPerPixel;
    cv::reduce(any, maxPerPixel, 1, cv::REDUCE_MAX);
    cv::Mat mask = (maxPerPixel.reshape(1, decoded.rows) != 0);
    mask.convertTo(mask, CV_8U, 1.0 / 255.0);
    return mask;
}

cv::Mat readImageRgb8(const std::string &path)
{
    return toRgb8(decode(path));
}

cv::Mat readMaskBinary(const std::string &path)
{
    return toBinaryMask(decode(path));
}

namespace {
cv::Mat resizeSquare(const cv::Mat &m, int size, int interpolation)
{
    if (m.rows == size && m.cols == size)
        return m;
    cv::Mat out;
    cv::resize(m, out, cv::Size(size, size), 0, 0, interpolation);
    return out;
}
} // namespace

cv::Mat resizeImage(const cv::Mat &image, int size)
{
    return resizeSquare(image, size, cv::INTER_AREA);
}

cv::Mat resizeMask(const cv::Mat &mask, int size)
{
    return resizeSquare(mask, size, cv::INTER_NEAREST);
}

ImageSample sampleOf(const Manifest &manifest, const ImageEntry &entry)
{
    return {manifest.absolutePath(entry.path),
            entry.maskPath.isEmpty() ? std::string() : manifest.absolutePath(entry.maskPath)};
}

} // namespace nexvitad::data

#include "infer/inspection_files.h"

#include "common/error.h"
#include "infer/display_map.h"
#include "io/atomic_file.h"
#include "io/safetensors.h"
#include "render/color_maps.h"
#include "render/defect_contours.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QImageReader>
#include <QPainter>
#include <opencv2/core.hpp>

namespace nexvitad::infer {

namespace {

struct FilesText
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::infer::InspectionFiles)
};

// zlib's fastest level (Qt's PNG "quality" 80 maps to compression level 1). Measured at
// 224 x 224: the 16-bit heat map 8.2 -> 3.4 ms and the overlay 23 -> 4.2 ms per image for
// 3 % / 12 % larger files; Qt's default level 6 made the files the hot-folder watcher's
// largest cost after the encoder (docs/performance.md, "Hot-folder watcher").
constexpr int kFastPngQuality = 80;

QByteArray pngBytes(const QImage &image, const QString &pathForErrors)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG", kFastPngQuality))
        throw Error(FilesText::tr("cannot encode the overlay image"), pathForErrors);
    return bytes;
}

} // namespace

std::pair<float, float> overlayRange(const Inspection &inspection,
                                     const std::optional<Threshold> &pixelThreshold)
{
    if (pixelThreshold && pixelThreshold->value > 0.0f)
        return {0.5f * pixelThreshold->value, 1.5f * pixelThreshold->value};
    double low = 0.0, high = 0.0;
    cv::minMaxLoc(inspection.map, &low, &high);
    return {float(low), float(std::max(high, low + 1e-6))};
}

InspectionFiles writeInspectionFiles(const Inspection &inspection, const QString &outDir,
                                     const QString &stem,
                                     const std::optional<Threshold> &pixelThreshold,
                                     bool withOverlay)
{
    InspectionFiles files{QDir(outDir).filePath(stem + QStringLiteral(".map.safetensors")),
                          QDir(outDir).filePath(stem + QStringLiteral(".overlay.png"))};
    const cv::Mat map = inspection.map.isContinuous() ? inspection.map : inspection.map.clone();
    const QMap<QString, QString> metadata{
        {QStringLiteral("image"), inspection.path},
        {QStringLiteral("score"), QString::number(double(inspection.score), 'g', 9)},
        {QStringLiteral("original_width"), QString::number(inspection.originalSize.width)},
        {QStringLiteral("original_height"), QString::number(inspection.originalSize.height)}};
    io::writeSafeTensors(files.map,
                         {io::Float32Tensor{QStringLiteral("map"), {map.rows, map.cols},
                                            map.ptr<float>()}},
                         metadata);
    if (!withOverlay) {
        files.overlay.clear();
        return files;
    }

    QImageReader reader(inspection.path);
    reader.setAutoTransform(true);
    QImage original = reader.read();
    if (original.isNull())
        throw Error(FilesText::tr("cannot read the image: %1").arg(reader.errorString()),
                    inspection.path);
    original = original.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const cv::Mat display = resizeForDisplay(map, cv::Size(original.width(), original.height()));
    const auto [low, high] = overlayRange(inspection, pixelThreshold);
    const QImage heat = render::colorize(display.ptr<float>(), display.cols, display.rows, low,
                                         high, render::ColorMap::Turbo, low);
    QImage composed = render::overlay(original, heat, 0.5);
    if (pixelThreshold) {
        QPainter painter(&composed);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(Qt::white, std::max(1.0, original.width() / 300.0)));
        for (const render::DefectRegion &region :
             render::defectRegions(display.ptr<float>(), display.cols, display.rows,
                                   pixelThreshold->value))
            painter.drawPolygon(region.outline);
    }
    io::writeFileAtomically(files.overlay, pngBytes(composed, files.overlay));
    return files;
}

QByteArray heatMapPng16(const cv::Mat &map)
{
    double low = 0.0, high = 0.0;
    cv::minMaxLoc(map, &low, &high);
    const double scale = high > 0.0 ? 65535.0 / high : 0.0;
    QImage image(map.cols, map.rows, QImage::Format_Grayscale16);
    for (int y = 0; y < map.rows; ++y) {
        const float *in = map.ptr<float>(y);
        auto *out = reinterpret_cast<quint16 *>(image.scanLine(y));
        for (int x = 0; x < map.cols; ++x)
            out[x] = quint16(std::clamp(std::lround(double(in[x]) * scale), 0L, 65535L));
    }
    image.setText(QStringLiteral("map_max"), QString::number(high, 'g', 9));
    return pngBytes(image, QString());
}

cv::Mat readInspectionMap(const QString &path)
{
    const io::SafeTensorsFile file = io::SafeTensorsFile::open(path);
    const io::TensorInfo *info = file.find(QStringLiteral("map"));
    if (!info || info->shape.size() != 2)
        throw Error(FilesText::tr("not an anomaly map file (no 2-D tensor \"map\")"), path);
    const std::vector<float> values = file.readFloat32(QStringLiteral("map"));
    cv::Mat out(int(info->shape[0]), int(info->shape[1]), CV_32FC1);
    std::copy(values.begin(), values.end(), out.ptr<float>());
    return out;
}

} // namespace nexvitad::infer

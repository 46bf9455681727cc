#include "report/report_image_tile.h"

#include "render/color_maps.h"
#include "render/defect_contours.h"
#include "report/report_fonts.h"
#include "report/report_heatmap.h"
#include "report/report_text.h"

#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <limits>

namespace nexvitad::report {

namespace {
constexpr double kGapPt = 6;
constexpr double kCaptionPt = 10;
constexpr double kTextPt = 44; // four lines of details
constexpr int kMaxSide = 320;  // pixels per panel: sharp on paper, small in the PDF

QFont tileFont(const TileStyle &style, double points, bool bold = false)
{
    return reportFont(style.fontFamilies, points, bold);
}

// Read at most kMaxSide pixels on the longer side (JPEGs decode scaled down directly).
QImage loadScaled(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && std::max(size.width(), size.height()) > kMaxSide)
        reader.setScaledSize(size.scaled(kMaxSide, kMaxSide, Qt::KeepAspectRatio));
    return reader.read();
}

// `image` fitted into the square `panel`, centred; returns where it went.
QRectF fitted(const QRectF &panel, const QSize &size)
{
    const QSizeF s = QSizeF(size).scaled(panel.size(), Qt::KeepAspectRatio);
    return QRectF(panel.center() - QPointF(s.width() / 2, s.height() / 2), s);
}

void placeholder(QPainter &p, const QRectF &panel, const QString &text, const TileStyle &style)
{
    p.fillRect(panel, QColor(240, 240, 240));
    p.setPen(Qt::darkGray);
    p.setFont(tileFont(style, 7.5));
    p.drawText(panel, Qt::AlignCenter | Qt::TextWordWrap, text);
}

void drawOutlines(QPainter &p, const QRectF &target, const QSize &mapSize,
                  const QVector<QPolygonF> &outlines, const QColor &color, double width)
{
    p.save();
    p.translate(target.topLeft());
    p.scale(target.width() / mapSize.width(), target.height() / mapSize.height());
    QPen pen(color, width);
    pen.setCosmetic(false);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    for (const QPolygonF &outline : outlines)
        p.drawPolygon(outline);
    p.restore();
}

void drawOverlay(QPainter &p, const QRectF &panel, const QImage &original, const ReportImage &image,
                 const std::optional<double> &pixelThreshold, const TileStyle &style)
{
    const HeatMap map = loadHeatMap(image.mapPath, kMaxSide);
    if (map.isEmpty()) {
        placeholder(p, panel, ReportText::tr("no heat map"), style);
        return;
    }
    const float low = pixelThreshold ? float(*pixelThreshold) * 0.5f : 0.0f;
    const QImage heat = render::colorize(map.values.data(), map.width, map.height, 0.0f,
                                         map.maxValue, render::ColorMap::Turbo, low);
    const QImage base =
        original.isNull() ? QImage(map.width, map.height, QImage::Format_RGB32) : original;
    // No alpha channel left: the PDF can then store the panel compressed as JPEG.
    const QImage shown = render::overlay(base, heat, 0.55).convertToFormat(QImage::Format_RGB32);
    const QRectF target = fitted(panel, shown.size());
    p.drawImage(target, shown);
    if (!pixelThreshold)
        return;
    QVector<QPolygonF> outlines;
    for (const render::DefectRegion &region : render::defectRegions(
             map.values.data(), map.width, map.height, float(*pixelThreshold), 2.0))
        outlines.append(region.outline);
    drawOutlines(p, target, QSize(map.width, map.height), outlines, Qt::white,
                 1.2 * map.width / target.width() * style.unit);
}

void drawGroundTruth(QPainter &p, const QRectF &panel, const QImage &original,
                     const QString &maskPath, const TileStyle &style)
{
    QImage mask = maskPath.isEmpty() ? QImage() : loadScaled(maskPath);
    if (mask.isNull() || original.isNull()) {
        placeholder(p, panel, ReportText::tr("no ground truth"), style);
        return;
    }
    mask = mask.convertToFormat(QImage::Format_Grayscale8)
               .scaled(original.size(), Qt::IgnoreAspectRatio, Qt::FastTransformation);
    std::vector<unsigned char> bits(size_t(mask.width()) * size_t(mask.height()));
    for (int y = 0; y < mask.height(); ++y) {
        const uchar *row = mask.constScanLine(y);
        for (int x = 0; x < mask.width(); ++x)
            bits[size_t(y) * size_t(mask.width()) + size_t(x)] = row[x] > 127 ? 1 : 0;
    }
    const QRectF target = fitted(panel, original.size());
    p.drawImage(target, original);
    drawOutlines(p, target, mask.size(),
                 render::maskOutlines(bits.data(), mask.width(), mask.height()), QColor(0, 220, 0),
                 1.5 * mask.width() / target.width() * style.unit);
}

} // namespace

double imageTileHeight(double width, const TileStyle &style)
{
    const double panel = (width - 2 * kGapPt * style.unit) / 3;
    return panel + (kCaptionPt + kTextPt) * style.unit;
}

double imageTileWidth(double height, const TileStyle &style)
{
    const double panel = height - (kCaptionPt + kTextPt) * style.unit;
    return 3 * panel + 2 * kGapPt * style.unit;
}

void drawImageTile(QPainter &p, const QRectF &rect, const ReportImage &image,
                   const std::optional<double> &pixelThreshold, const TileStyle &style)
{
    const double u = style.unit;
    const double side = (rect.width() - 2 * kGapPt * u) / 3;
    p.save();
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    QImage original = loadScaled(image.imagePath);
    if (!original.isNull())
        original = original.convertToFormat(QImage::Format_RGB32);
    QRectF panels[3];
    for (int i = 0; i < 3; ++i)
        panels[i] = QRectF(rect.left() + i * (side + kGapPt * u), rect.top(), side, side);

    if (original.isNull())
        placeholder(p, panels[0], ReportText::tr("image not found"), style);
    else
        p.drawImage(fitted(panels[0], original.size()), original);
    drawOverlay(p, panels[1], original, image, pixelThreshold, style);
    drawGroundTruth(p, panels[2], original, image.maskPath, style);

    p.setFont(tileFont(style, 7));
    p.setPen(Qt::darkGray);
    const QString captions[] = {ReportText::tr("original"), ReportText::tr("heat map, contours"),
                                ReportText::tr("ground truth")};
    for (int i = 0; i < 3; ++i)
        p.drawText(QRectF(panels[i].left(), panels[i].bottom(), side, kCaptionPt * u),
                   Qt::AlignCenter, captions[i]);

    QStringList lines;
    lines << ReportText::tr("Score %1, verdict: %2")
                 .arg(formatScore(image.score), verdictText(image.verdict));
    if (image.defect)
        lines.last() += QStringLiteral(", ") + (*image.defect ? ReportText::tr("labelled defective")
                                                              : ReportText::tr("labelled good"));
    if (!image.decision.isEmpty())
        lines << ReportText::tr("Reviewer %1: %2").arg(image.reviewer, image.decision) +
                     (image.comment.isEmpty() ? QString() : QStringLiteral(" - ") + image.comment);
    const QRectF text(rect.left(), panels[0].bottom() + kCaptionPt * u, rect.width(), kTextPt * u);
    p.setPen(Qt::black);
    p.setFont(tileFont(style, 8, true));
    p.drawText(QRectF(text.left(), text.top(), text.width(), 11 * u), Qt::AlignLeft | Qt::AlignTop,
               QFileInfo(image.imagePath).fileName());
    p.setFont(tileFont(style, 8));
    p.drawText(text.adjusted(0, 11 * u, 0, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               lines.join(QLatin1Char('\n')));
    p.restore();
}

} // namespace nexvitad::report

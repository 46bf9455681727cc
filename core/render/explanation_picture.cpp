#include "render/explanation_picture.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace nexvitad::render {

namespace {

struct PictureText
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::render::ExplanationPicture)
};

// One square panel: a crop of `image` around `box` (S x S coordinates), the box drawn.
struct Tile
{
    const QImage *image = nullptr; // null: missing
    QRect box;
    QColor color;
    QString line1, line2;
};

using Rows = std::vector<std::vector<Tile>>;

QString distanceText(double d)
{
    return PictureText::tr("d = %1").arg(d, 0, 'g', 4);
}

const QImage *bankImage(const ExplanationImages &images, int index)
{
    if (index < 0 || size_t(index) >= images.bank.size() || images.bank[size_t(index)].isNull())
        return nullptr;
    return &images.bank[size_t(index)];
}

Rows tilesOf(const infer::Explanation &e, const ExplanationImages &images,
             const ExplanationStyle &style)
{
    Rows rows;
    if (style.layout == ExplanationLayout::Strip) {
        std::vector<Tile> row;
        row.push_back({&images.query, e.region, style.queryColor, PictureText::tr("Inspected"),
                       PictureText::tr("region")});
        for (const infer::LayerExplanation &l : e.layers)
            if (!l.matches.empty()) {
                const infer::PatchMatch &m = l.matches.front();
                row.push_back({bankImage(images, m.bankImage), m.box, style.matchColor, m.name,
                               PictureText::tr("layer %1, %2").arg(l.stage).arg(distanceText(m.distance))});
            }
        rows.push_back(std::move(row));
        return rows;
    }
    for (const infer::LayerExplanation &l : e.layers) {
        std::vector<Tile> row;
        row.push_back({&images.query, l.queryBox, style.queryColor,
                       PictureText::tr("Inspected, layer %1").arg(l.stage),
                       PictureText::tr("map %1").arg(distanceText(l.cellDistance))});
        const int shown = std::min<int>(int(l.matches.size()), std::max(1, style.maxMatches));
        for (int i = 0; i < shown; ++i) {
            const infer::PatchMatch &m = l.matches[size_t(i)];
            row.push_back({bankImage(images, m.bankImage), m.box, style.matchColor, m.name,
                           PictureText::tr("layer %1, %2").arg(l.stage).arg(distanceText(m.distance))});
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

int columnsOf(const Rows &rows)
{
    size_t columns = 1;
    for (const auto &row : rows)
        columns = std::max(columns, row.size());
    return int(columns);
}

double lineHeight(const ExplanationStyle &style)
{
    return style.lineHeight > 0 ? style.lineHeight : QFontMetricsF(style.font).height();
}

double captionHeight(const ExplanationStyle &style)
{
    return style.caption ? lineHeight(style) + style.gap : 0.0;
}

double labelHeight(const ExplanationStyle &style)
{
    return 2 * lineHeight(style);
}

double tileSide(double width, int columns, const ExplanationStyle &style)
{
    return std::max(1.0, (width - style.gap * (columns - 1)) / columns);
}

// The crop shown of an S x S image around `box`: four times the box, at least a quarter of
// the image, inside it, so that a 4-pixel cell is seen with its surroundings.
QRectF cropAround(const QRect &box, double size)
{
    const double side =
        std::min(size, std::max({4.0 * box.width(), 4.0 * box.height(), size / 4.0}));
    const QPointF centre = QRectF(box).center();
    const double left = std::clamp(centre.x() - side / 2, 0.0, size - side);
    const double top = std::clamp(centre.y() - side / 2, 0.0, size - side);
    return QRectF(left, top, side, side);
}

void paintTile(QPainter &p, const QRectF &panel, const Tile &tile, double imageSize,
               const ExplanationStyle &style)
{
    p.setFont(style.font);
    if (!tile.image || tile.image->isNull()) {
        p.fillRect(panel, QColor(220, 220, 220));
        p.setPen(Qt::black);
        p.drawText(panel, Qt::AlignCenter | Qt::TextWordWrap, PictureText::tr("image not available"));
    } else {
        // The image may be stored at another size than S: crop in its own pixels.
        const double scale = tile.image->width() / imageSize;
        const QRectF crop = cropAround(tile.box, imageSize);
        p.drawImage(panel, *tile.image,
                    QRectF(crop.x() * scale, crop.y() * scale, crop.width() * scale,
                           crop.height() * scale));
        const double k = panel.width() / crop.width();
        const QRectF box(panel.x() + (tile.box.x() - crop.x()) * k,
                         panel.y() + (tile.box.y() - crop.y()) * k, tile.box.width() * k,
                         tile.box.height() * k);
        p.setPen(QPen(tile.color, std::max(1.5, panel.width() / 80)));
        p.setBrush(Qt::NoBrush);
        p.drawRect(box);
    }
    p.setPen(Qt::black);
    const QFontMetricsF metrics(style.font, p.device()); // the painter's units (PDF, screen)
    const double line = lineHeight(style);
    const QRectF text(panel.x(), panel.bottom(), panel.width(), line);
    p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
               metrics.elidedText(tile.line1, Qt::ElideMiddle, panel.width()));
    p.drawText(text.translated(0, line), Qt::AlignLeft | Qt::AlignVCenter,
               metrics.elidedText(tile.line2, Qt::ElideRight, panel.width()));
}

} // namespace

QString explanationCaption()
{
    return PictureText::tr("This region looks least like any of these normal patches");
}

double explanationHeight(const infer::Explanation &e, double width, const ExplanationStyle &style)
{
    const ExplanationImages none;
    const Rows rows = tilesOf(e, none, style);
    const double side = tileSide(width, columnsOf(rows), style);
    const double rowHeight = side + labelHeight(style);
    return captionHeight(style) + rows.size() * rowHeight +
           std::max<double>(0, double(rows.size()) - 1) * style.gap;
}

void paintExplanation(QPainter &painter, const QRectF &rect, const infer::Explanation &e,
                      const ExplanationImages &images, const ExplanationStyle &style)
{
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    double y = rect.top();
    if (style.caption) {
        QFont bold = style.font;
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(rect.left(), y, rect.width(), lineHeight(style)),
                         Qt::AlignLeft | Qt::AlignVCenter, explanationCaption());
        y += captionHeight(style);
    }
    const Rows rows = tilesOf(e, images, style);
    const double side = tileSide(rect.width(), columnsOf(rows), style);
    for (const auto &row : rows) {
        double x = rect.left();
        for (const Tile &tile : row) {
            paintTile(painter, QRectF(x, y, side, side), tile, std::max(1, e.imageSize), style);
            x += side + style.gap;
        }
        y += side + labelHeight(style) + style.gap;
    }
    painter.restore();
}

QImage explanationPicture(const infer::Explanation &e, const ExplanationImages &images, int width,
                          const ExplanationStyle &style)
{
    const int margin = 8;
    const double inner = width - 2 * margin;
    QImage picture(width, int(std::ceil(explanationHeight(e, inner, style))) + 2 * margin,
                   QImage::Format_RGB32);
    picture.fill(Qt::white);
    QPainter painter(&picture);
    paintExplanation(painter, QRectF(margin, margin, inner, picture.height() - 2 * margin), e,
                     images, style);
    return picture;
}

QByteArray explanationPng(const infer::Explanation &e, const ExplanationImages &images,
                          const ExplanationStyle &style, int tile)
{
    const int columns = columnsOf(tilesOf(e, ExplanationImages{}, style));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    explanationPicture(e, images, columns * tile + (columns - 1) * int(style.gap) + 16, style)
        .save(&buffer, "PNG");
    return png;
}

QImage rgbImage(const cv::Mat &rgb)
{
    if (rgb.empty())
        return {};
    return QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy();
}

ExplanationImages explanationImages(const infer::Explanation &e, const cv::Mat &queryRgb,
                                    const std::vector<cv::Mat> &bankViews)
{
    ExplanationImages images;
    images.query = rgbImage(queryRgb);
    images.bank.resize(bankViews.size());
    for (const infer::LayerExplanation &l : e.layers)
        for (const infer::PatchMatch &m : l.matches)
            if (m.bankImage >= 0 && size_t(m.bankImage) < bankViews.size() &&
                images.bank[size_t(m.bankImage)].isNull())
                images.bank[size_t(m.bankImage)] = rgbImage(bankViews[size_t(m.bankImage)]);
    return images;
}

} // namespace nexvitad::render

#pragma once
// One inspected image in a report: the original, the heat map overlay with the defect
// contours at the pixel threshold, the ground truth when there is one, and the score,
// verdict and reviewer's decision below. The files are read when the tile is painted and
// released right after, so a report streams through any number of images.

#include "report/report_data.h"

#include <QRectF>
#include <QString>
#include <QStringList>
#include <optional>

class QPainter;

namespace nexvitad::report {

struct TileStyle
{
    QStringList fontFamilies;
    double unit = 1; // device units per point
};

// Height of a tile `width` wide (panels are square, text below).
double imageTileHeight(double width, const TileStyle &style);
// The width whose tile is `height` high.
double imageTileWidth(double height, const TileStyle &style);

void drawImageTile(QPainter &painter, const QRectF &rect, const ReportImage &image,
                   const std::optional<double> &pixelThreshold, const TileStyle &style);

} // namespace nexvitad::report

#pragma once
// The explanation strip under a non-passing image's tile (explanation by retrieval, issue
// 19): the inspected region beside the bank's nearest normal patch of every layer, with
// the caption "This region looks least like any of these normal patches". Drawn from the
// stored explanation and the bank file's images (read while the tile is painted, only the
// views it shows); without them a one-line note takes the strip's place.

#include "report/report_image_tile.h"

#include <QJsonObject>
#include <QRectF>
#include <QString>

class QPainter;

namespace nexvitad::report {

// Height of the strip `width` wide (the same whether or not the images can be read, so
// the page plan holds).
double explanationStripHeight(double width, const QJsonObject &explanation, const TileStyle &style);

// `bankPath`: the bank file the image was inspected with (empty: unknown).
void drawExplanationStrip(QPainter &painter, const QRectF &rect, const QJsonObject &explanation,
                          const QString &imagePath, const QString &bankPath,
                          const TileStyle &style);

} // namespace nexvitad::report

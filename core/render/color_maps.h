#pragma once
// Colour maps for anomaly heatmaps and the overlay of a heatmap on the original image.
// The maps are perceptual (Turbo, Inferno) or plain (Jet for familiarity, Gray); all are
// computed from short control-point tables, so no lookup files are needed.

#include <QColor>
#include <QImage>
#include <QStringList>

namespace nexvitad::render {

enum class ColorMap { Turbo, Inferno, Jet, Gray };

QStringList colorMapNames(); // in enum order: "turbo", "inferno", "jet", "gray"
ColorMap colorMapFromName(const QString &name, ColorMap fallback = ColorMap::Turbo);

// Colour of t in [0, 1] (clamped).
QColor colorAt(ColorMap map, double t);

// Colourises a row-major float map of `width` x `height`: `low` maps to 0 and `high` to 1.
// Pixels below `transparentBelow` get alpha 0 (so good regions show the image untouched);
// pass -inf to colour everything. Returns ARGB32 (premultiplied).
QImage colorize(const float *values, int width, int height, float low, float high,
                ColorMap map, float transparentBelow, int alpha = 255);

// The original with the heatmap drawn on top at `opacity` (0..1); the heatmap is scaled
// to the original's size (smoothly).
QImage overlay(const QImage &original, const QImage &heatmap, double opacity);

} // namespace nexvitad::render

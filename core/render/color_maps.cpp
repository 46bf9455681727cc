#include "render/color_maps.h"

#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace nexvitad::render {

namespace {
struct Stop
{
    double t;
    int r, g, b;
};

// Control points sampled from the published maps; linear interpolation between them keeps
// the visible error below 2 levels per channel.
constexpr std::array kTurbo = {
    Stop{0.00, 48, 18, 59},    Stop{0.10, 70, 107, 227}, Stop{0.20, 40, 170, 253},
    Stop{0.30, 23, 221, 201},  Stop{0.40, 71, 249, 126}, Stop{0.50, 165, 252, 60},
    Stop{0.60, 227, 221, 55},  Stop{0.70, 254, 170, 48}, Stop{0.80, 240, 104, 23},
    Stop{0.90, 196, 46, 4},    Stop{1.00, 122, 4, 3},
};
constexpr std::array kInferno = {
    Stop{0.00, 0, 0, 4},      Stop{0.13, 31, 12, 72},   Stop{0.25, 85, 15, 109},
    Stop{0.38, 136, 34, 106}, Stop{0.50, 186, 54, 85},  Stop{0.63, 227, 89, 51},
    Stop{0.75, 249, 140, 10}, Stop{0.88, 249, 201, 50}, Stop{1.00, 252, 255, 164},
};
constexpr std::array kJet = {
    Stop{0.000, 0, 0, 128},   Stop{0.125, 0, 0, 255}, Stop{0.375, 0, 255, 255},
    Stop{0.625, 255, 255, 0}, Stop{0.875, 255, 0, 0}, Stop{1.000, 128, 0, 0},
};
constexpr std::array kGray = {Stop{0.0, 0, 0, 0}, Stop{1.0, 255, 255, 255}};

template <std::size_t N>
QRgb interpolate(const std::array<Stop, N> &stops, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    std::size_t i = 1;
    while (i + 1 < N && stops[i].t < t)
        ++i;
    const Stop &a = stops[i - 1];
    const Stop &b = stops[i];
    const double u = b.t > a.t ? (t - a.t) / (b.t - a.t) : 0.0;
    auto mix = [u](int x, int y) { return int(std::lround(x + (y - x) * u)); };
    return qRgb(mix(a.r, b.r), mix(a.g, b.g), mix(a.b, b.b));
}

QRgb rgbAt(ColorMap map, double t)
{
    switch (map) {
    case ColorMap::Inferno:
        return interpolate(kInferno, t);
    case ColorMap::Jet:
        return interpolate(kJet, t);
    case ColorMap::Gray:
        return interpolate(kGray, t);
    case ColorMap::Turbo:
        break;
    }
    return interpolate(kTurbo, t);
}
} // namespace

QStringList colorMapNames()
{
    return {QStringLiteral("turbo"), QStringLiteral("inferno"), QStringLiteral("jet"),
            QStringLiteral("gray")};
}

ColorMap colorMapFromName(const QString &name, ColorMap fallback)
{
    const int i = colorMapNames().indexOf(name.toLower());
    return i < 0 ? fallback : ColorMap(i);
}

QColor colorAt(ColorMap map, double t)
{
    return QColor(rgbAt(map, t));
}

QImage colorize(const float *values, int width, int height, float low, float high,
                ColorMap map, float transparentBelow, int alpha)
{
    // A 256-entry table: colouring a 1-megapixel map is then one lookup per pixel.
    std::array<QRgb, 256> table;
    for (int i = 0; i < 256; ++i) {
        const QRgb c = rgbAt(map, i / 255.0);
        table[i] = qPremultiply(qRgba(qRed(c), qGreen(c), qBlue(c), alpha));
    }
    const float span = high > low ? high - low : 1.0f;
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        const float *row = values + std::size_t(y) * width;
        for (int x = 0; x < width; ++x) {
            const float v = row[x];
            if (!(v >= transparentBelow)) { // also catches NaN
                line[x] = 0;
                continue;
            }
            const int i = std::clamp(int((v - low) / span * 255.0f + 0.5f), 0, 255);
            line[x] = table[i];
        }
    }
    return image;
}

QImage overlay(const QImage &original, const QImage &heatmap, double opacity)
{
    QImage result = original.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&result);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setOpacity(std::clamp(opacity, 0.0, 1.0));
    painter.drawImage(result.rect(), heatmap);
    painter.end();
    return result;
}

} // namespace nexvitad::render

// Heatmap colouring, overlays and defect contours on small hand-made maps.

#include "render/color_maps.h"
#include "render/defect_contours.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <vector>

using namespace nexvitad::render;

namespace {
// A 40 x 30 map with two square blobs of different size and height.
std::vector<float> twoBlobs()
{
    std::vector<float> m(40 * 30, 0.1f);
    for (int y = 5; y < 15; ++y)
        for (int x = 5; x < 15; ++x)
            m[y * 40 + x] = 0.9f; // 100 px
    for (int y = 20; y < 24; ++y)
        for (int x = 30; x < 34; ++x)
            m[y * 40 + x] = 0.6f; // 16 px
    return m;
}
} // namespace

class TestRender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void colorMapEndsAndNames()
    {
        QCOMPARE(colorAt(ColorMap::Gray, 0.0), QColor(0, 0, 0));
        QCOMPARE(colorAt(ColorMap::Gray, 1.0), QColor(255, 255, 255));
        QCOMPARE(colorAt(ColorMap::Gray, 2.0), QColor(255, 255, 255)); // clamped
        QCOMPARE(colorAt(ColorMap::Turbo, 0.0), QColor(48, 18, 59));
        QCOMPARE(colorMapFromName(QStringLiteral("Inferno")), ColorMap::Inferno);
        QCOMPARE(colorMapFromName(QStringLiteral("nope"), ColorMap::Jet), ColorMap::Jet);
        QCOMPARE(colorMapNames().size(), 4);
    }

    void colorizeMapsRangeAndTransparency()
    {
        const std::vector<float> m = {0.0f, 0.5f, 1.0f, std::nanf("")};
        const QImage img = colorize(m.data(), 4, 1, 0.0f, 1.0f, ColorMap::Gray, 0.25f);
        QCOMPARE(img.size(), QSize(4, 1));
        QCOMPARE(qAlpha(img.pixel(0, 0)), 0);   // below transparentBelow
        QCOMPARE(qGray(img.pixel(1, 0)), 128);  // mid grey
        QCOMPARE(qGray(img.pixel(2, 0)), 255);
        QCOMPARE(qAlpha(img.pixel(3, 0)), 0);   // NaN never coloured
    }

    void overlayBlendsAtOpacity()
    {
        QImage original(10, 10, QImage::Format_RGB32);
        original.fill(Qt::black);
        QImage heat(5, 5, QImage::Format_ARGB32_Premultiplied);
        heat.fill(Qt::white);
        const QImage half = overlay(original, heat, 0.5);
        QCOMPARE(half.size(), original.size()); // heatmap scaled to the original
        QVERIFY(std::abs(qRed(half.pixel(7, 7)) - 128) <= 1);
        QCOMPARE(qRed(overlay(original, heat, 0.0).pixel(3, 3)), 0);
    }

    void regionsAtThreshold()
    {
        const auto m = twoBlobs();
        auto regions = defectRegions(m.data(), 40, 30, 0.5f);
        QCOMPARE(regions.size(), 2);
        QCOMPARE(regions[0].area, 100.0); // largest first
        QCOMPARE(regions[1].area, 16.0);
        QCOMPARE(regions[0].peak, 0.9f);
        const QRectF box = regions[0].outline.boundingRect();
        QCOMPARE(box, QRectF(5.5, 5.5, 9, 9)); // pixel centres of the 10 x 10 blob
        // Raising the threshold above the small blob's height leaves one region.
        QCOMPARE(defectRegions(m.data(), 40, 30, 0.7f).size(), 1);
        QCOMPARE(defectRegions(m.data(), 40, 30, 0.95f).size(), 0);
        // Speckle filter.
        QCOMPARE(defectRegions(m.data(), 40, 30, 0.5f, 20.0).size(), 1);
    }

    void diagonalPixelsAreOneRegion()
    {
        std::vector<float> m(16, 0.0f);
        m[0] = m[5] = m[10] = 1.0f; // a diagonal: 8-connected
        QCOMPARE(defectRegions(m.data(), 4, 4, 0.5f).size(), 1);
    }

    void maskOutlinesCountComponents()
    {
        std::vector<unsigned char> mask(20 * 20, 0);
        for (int i = 2; i < 6; ++i)
            mask[i * 20 + i] = mask[i * 20 + 15] = 255;
        QCOMPARE(maskOutlines(mask.data(), 20, 20).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRender)
#include "test_render.moc"

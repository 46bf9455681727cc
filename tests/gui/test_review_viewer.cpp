// The review viewer: moving the threshold slider recomputes the defect contours off the
// GUI thread and the region count follows.

#include "review/heatmap_view.h"
#include "review/review_viewer.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>

using namespace nexvitad::ui;

class TestReviewViewer : public QObject
{
    Q_OBJECT
private:
    static ReviewImage blobs()
    {
        // 64 x 64 map: a strong blob (0.9) and a weak one (0.6) on a 0.1 background; the
        // original image is 4x larger, as at display resolution.
        auto map = std::make_shared<std::vector<float>>(64 * 64, 0.1f);
        for (int y = 8; y < 20; ++y)
            for (int x = 8; x < 20; ++x)
                (*map)[y * 64 + x] = 0.9f;
        for (int y = 40; y < 48; ++y)
            for (int x = 40; x < 48; ++x)
                (*map)[y * 64 + x] = 0.6f;
        ReviewImage image;
        image.original = QImage(256, 256, QImage::Format_RGB32);
        image.original.fill(Qt::gray);
        image.map = map;
        image.mapSize = QSize(64, 64);
        image.groundTruth = QImage(256, 256, QImage::Format_Grayscale8);
        image.groundTruth.fill(0);
        image.scoreLow = 0.0f;
        image.scoreHigh = 1.0f;
        return image;
    }

private Q_SLOTS:
    void thresholdSliderChangesContourCount()
    {
        ReviewViewer viewer;
        viewer.resize(800, 600);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        viewer.setThreshold(0.5f);
        viewer.setReviewImage(blobs());
        QTRY_COMPARE(viewer.regionCount(), 2);

        auto *slider = viewer.findChild<QSlider *>(QStringLiteral("thresholdSlider"));
        QVERIFY(slider);
        // Drag the slider quickly through many values: only the last result counts.
        for (int v = 500; v <= 750; v += 10)
            slider->setValue(v);
        QTRY_COMPARE(viewer.regionCount(), 1);
        auto *label = viewer.findChild<QLabel *>(QStringLiteral("regionCountLabel"));
        QVERIFY(label->text().startsWith(QLatin1Char('1')));
        slider->setValue(950);
        QTRY_COMPARE(viewer.regionCount(), 0);
        slider->setValue(200);
        QTRY_COMPARE(viewer.regionCount(), 2);
    }

    void zoomFitAndActualSize()
    {
        ReviewViewer viewer;
        viewer.resize(400, 300);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        viewer.setReviewImage(blobs());
        HeatmapView *view = viewer.view();
        view->actualSize();
        QCOMPARE(view->zoom(), 1.0);
        view->zoomIn();
        QCOMPARE(view->zoom(), 1.25);
        view->fitToWindow();
        QVERIFY(view->zoom() < 1.0); // 256 px image in a smaller viewport
    }
};

QTEST_MAIN(TestReviewViewer)
#include "test_review_viewer.moc"

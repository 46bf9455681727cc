// Image decoding, resizing, normalisation and batching, and the prefetching loader.

#include "test_support.h"

#include "common/error.h"
#include "data/image_batch_torch.h"

#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

using namespace nexvitad::data;

namespace {
std::string writePng(const QTemporaryDir &dir, const QString &name, const cv::Mat &image)
{
    const std::string path = dir.filePath(name).toStdString();
    cv::imwrite(path, image);
    return path;
}

// Solid grey images whose value encodes their index: value = 10 * index.
std::vector<ImageSample> numberedSamples(const QTemporaryDir &dir, int count)
{
    std::vector<ImageSample> samples;
    for (int i = 0; i < count; ++i)
        samples.push_back({writePng(dir, QStringLiteral("n%1.png").arg(i), cv::Mat(12, 12, CV_8UC1, cv::Scalar(10 * i))), {}});
    return samples;
}

// The index encoded in a batch element (inverts the normalisation of the red channel).
int indexOf(const torch::Tensor &images, int n)
{
    const float v = images[n][0][0][0].item<float>() * kImageNetStd[0] + kImageNetMean[0];
    return static_cast<int>(std::lround(v * 255.0f / 10.0f));
}
} // namespace

class TestImageBatch : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void conversionsToRgb8()
    {
        // gray -> replicated; 16-bit -> round(v / 257); alpha dropped; BGR -> RGB.
        const cv::Mat gray16(2, 2, CV_16UC1, cv::Scalar(257 * 100));
        cv::Mat rgb = toRgb8(gray16);
        QCOMPARE(rgb.type(), CV_8UC3);
        QCOMPARE(rgb.at<cv::Vec3b>(1, 1), cv::Vec3b(100, 100, 100));
        QCOMPARE(toRgb8(cv::Mat(1, 1, CV_16UC1, cv::Scalar(65535))).at<cv::Vec3b>(0, 0), cv::Vec3b(255, 255, 255));
        const cv::Mat bgra(1, 1, CV_8UC4, cv::Scalar(10, 20, 30, 0)); // fully transparent
        QCOMPARE(toRgb8(bgra).at<cv::Vec3b>(0, 0), cv::Vec3b(30, 20, 10));
        const cv::Mat grayAlpha(1, 1, CV_8UC2, cv::Scalar(77, 5));
        QCOMPARE(toRgb8(grayAlpha).at<cv::Vec3b>(0, 0), cv::Vec3b(77, 77, 77));
        // Through a real file: a 16-bit RGBA PNG.
        const std::string path = writePng(m_dir, QStringLiteral("rgba16.png"), cv::Mat(3, 5, CV_16UC4, cv::Scalar(0, 257 * 50, 65535, 1000)));
        rgb = readImageRgb8(path);
        QCOMPARE(rgb.size(), cv::Size(5, 3));
        QCOMPARE(rgb.at<cv::Vec3b>(2, 4), cv::Vec3b(255, 50, 0));
    }

    void normalisationValues()
    {
        const std::string path = writePng(m_dir, QStringLiteral("solid.png"), cv::Mat(30, 40, CV_8UC3, cv::Scalar(0, 128, 255))); // BGR
        const Batch b = loadBatch({{path, {}}}, 0, 1, 32);
        QCOMPARE(b.images.sizes(), (torch::IntArrayRef{1, 3, 32, 32}));
        QCOMPARE(b.images.dtype(), torch::kFloat32);
        const float expected[3] = {(1.0f - 0.485f) / 0.229f, (128.0f / 255.0f - 0.456f) / 0.224f, (0.0f - 0.406f) / 0.225f};
        for (int c = 0; c < 3; ++c) {
            QVERIFY(std::abs(b.images[0][c].min().item<float>() - expected[c]) < 1e-5f);
            QVERIFY(std::abs(b.images[0][c].max().item<float>() - expected[c]) < 1e-5f);
        }
        QCOMPARE(b.masks.sizes(), (torch::IntArrayRef{1, 1, 32, 32}));
        QCOMPARE(b.masks.dtype(), torch::kUInt8);
        QCOMPARE(b.masks.sum().item<int>(), 0); // no mask: all normal
    }

    void imagesUseAreaMasksUseNearest()
    {
        // 4x4 image of 2x2 blocks 0/200, halved: area interpolation keeps each block's value;
        // a 1-pixel stripe averages (area), where nearest would keep 0 or 255.
        cv::Mat blocks(4, 4, CV_8UC3, cv::Scalar(0, 0, 0));
        blocks(cv::Rect(2, 0, 2, 2)).setTo(cv::Scalar(200, 200, 200));
        const cv::Mat half = resizeImage(blocks, 2);
        QCOMPARE(half.at<cv::Vec3b>(0, 1), cv::Vec3b(200, 200, 200));
        QCOMPARE(half.at<cv::Vec3b>(0, 0), cv::Vec3b(0, 0, 0));
        cv::Mat stripe(4, 4, CV_8UC3, cv::Scalar(0, 0, 0));
        stripe.col(0).setTo(cv::Scalar(200, 200, 200));
        QCOMPARE(resizeImage(stripe, 2).at<cv::Vec3b>(0, 0), cv::Vec3b(100, 100, 100));

        // A 3-channel mask with odd values: any non-zero is defective; upsampling by 4 copies
        // each pixel into a 4x4 block exactly.
        cv::Mat mask(3, 3, CV_8UC3, cv::Scalar(0, 0, 0));
        mask.at<cv::Vec3b>(0, 0) = cv::Vec3b(0, 0, 7);
        mask.at<cv::Vec3b>(2, 1) = cv::Vec3b(255, 0, 0);
        const std::string path = writePng(m_dir, QStringLiteral("mask.png"), mask);
        const std::string image = writePng(m_dir, QStringLiteral("img3.png"), cv::Mat(3, 3, CV_8UC3, cv::Scalar(1, 2, 3)));
        const Batch b = loadBatch({{image, path}}, 0, 1, 12);
        const torch::Tensor m = b.masks[0][0];
        QCOMPARE(m.max().item<int>(), 1);
        QCOMPARE(m.sum().item<int>(), 2 * 16);
        QCOMPARE(m.slice(0, 0, 4).slice(1, 0, 4).sum().item<int>(), 16);
        QCOMPARE(m.slice(0, 8, 12).slice(1, 4, 8).sum().item<int>(), 16);
        QCOMPARE(m[4][4].item<int>(), 0);
    }

    void batchesInOrderWithPartialLast()
    {
        QTemporaryDir dir;
        PrefetchLoader loader(numberedSamples(dir, 5), 8, 2);
        QCOMPARE(loader.batchCount(), 3u);
        std::vector<int> seen;
        std::vector<long> sizes;
        while (const std::optional<Batch> b = loader.next()) {
            QCOMPARE(b->first, seen.size());
            sizes.push_back(b->images.size(0));
            for (int n = 0; n < b->images.size(0); ++n)
                seen.push_back(indexOf(b->images, n));
        }
        QCOMPARE(seen, (std::vector<int>{0, 1, 2, 3, 4}));
        QCOMPARE(sizes, (std::vector<long>{2, 2, 1}));
        QVERIFY(!loader.next()); // stays finished
    }

    void prefetchRunsAheadButIsBounded()
    {
        QTemporaryDir dir;
        PrefetchLoader loader(numberedSamples(dir, 12), 8, 1, 3);
        // Before anyone asks, the worker prepares `depth` batches, then waits.
        QTRY_COMPARE(loader.batchesPrepared(), 3u);
        QTest::qWait(50);
        QCOMPARE(loader.batchesPrepared(), 3u);
        QVERIFY(loader.next());
        QTRY_COMPARE(loader.batchesPrepared(), 4u);
    }

    void cancelStopsAndDestructorJoins()
    {
        QTemporaryDir dir;
        auto loader = std::make_unique<PrefetchLoader>(numberedSamples(dir, 30), 8, 1, 2);
        QVERIFY(loader->next());
        loader->cancel();
        QVERIFY(!loader->next());
        QVERIFY(loader->batchesPrepared() < 30u);
        loader.reset(); // joins the worker; a hang here fails by the test's timeout
        // Destroying a loader that is mid-way, without cancel, also returns.
        auto other = std::make_unique<PrefetchLoader>(numberedSamples(dir, 30), 8, 1, 2);
        QVERIFY(other->next());
        other.reset();
    }

    void decodeErrorNamesTheFileInOrder()
    {
        QTemporaryDir dir;
        std::vector<ImageSample> samples = numberedSamples(dir, 4);
        samples[2].imagePath = dir.filePath(QStringLiteral("missing.png")).toStdString();
        PrefetchLoader loader(samples, 8, 2);
        QVERIFY(loader.next()); // samples 0 and 1 are fine
        try {
            loader.next();
            QFAIL("no error for a missing file");
        } catch (const nexvitad::Error &e) {
            QCOMPARE(e.path(), dir.filePath(QStringLiteral("missing.png")));
        }
    }
};

QTEST_GUILESS_MAIN(TestImageBatch)
#include "test_image_batch.moc"

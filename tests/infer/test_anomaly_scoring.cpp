// Anomaly scoring against a brute-force reference written with plain loops: nearest
// prototype distance, bilinear upsampling (half-pixel centres), layer average, Gaussian
// with reflect padding, image scores; and the display resize.

#include "common/error.h"
#include "infer/anomaly_scoring_torch.h"
#include "infer/display_map.h"

#include <QTest>
#include <cmath>
#include <opencv2/core.hpp>
#include <vector>

using namespace nexvitad::infer;

namespace {

using Grid = std::vector<std::vector<double>>; // [y][x]

// min_k ||f(y,x) - p_k|| for one image of a C x h x w accessor.
Grid bruteMinDistance(const torch::Tensor &feat, const torch::Tensor &protos)
{
    const auto f = feat.accessor<float, 3>();
    const auto p = protos.accessor<float, 2>();
    Grid out = Grid(size_t(feat.size(1)), std::vector<double>(size_t(feat.size(2))));
    for (int y = 0; y < feat.size(1); ++y)
        for (int x = 0; x < feat.size(2); ++x) {
            double best = 1e300;
            for (int k = 0; k < protos.size(0); ++k) {
                double s = 0.0;
                for (int c = 0; c < feat.size(0); ++c)
                    s += std::pow(double(f[c][y][x]) - p[k][c], 2);
                best = std::min(best, std::sqrt(s));
            }
            out[size_t(y)][size_t(x)] = best;
        }
    return out;
}

// Bilinear resize with half-pixel centres and edge clamping (align_corners = false).
Grid bruteBilinear(const Grid &in, int outH, int outW)
{
    const int h = int(in.size());
    const int w = int(in[0].size());
    Grid out = Grid(size_t(outH), std::vector<double>(size_t(outW)));
    auto source = [](int i, int inSize, int outSize, int &i0, int &i1, double &t) {
        double s = (i + 0.5) * double(inSize) / outSize - 0.5;
        s = std::max(s, 0.0);
        i0 = std::min(int(std::floor(s)), inSize - 1);
        i1 = std::min(i0 + 1, inSize - 1);
        t = s - i0;
    };
    for (int y = 0; y < outH; ++y)
        for (int x = 0; x < outW; ++x) {
            int y0, y1, x0, x1;
            double ty, tx;
            source(y, h, outH, y0, y1, ty);
            source(x, w, outW, x0, x1, tx);
            const double top =
                in[size_t(y0)][size_t(x0)] * (1 - tx) + in[size_t(y0)][size_t(x1)] * tx;
            const double bottom =
                in[size_t(y1)][size_t(x0)] * (1 - tx) + in[size_t(y1)][size_t(x1)] * tx;
            out[size_t(y)][size_t(x)] = top * (1 - ty) + bottom * ty;
        }
    return out;
}

// 2-D Gaussian (as one full 2-D sum) with reflect padding that does not repeat the edge.
Grid bruteGaussian(const Grid &in, double sigma, int radius)
{
    const int h = int(in.size());
    const int w = int(in[0].size());
    auto reflect = [](int i, int n) { return i < 0 ? -i : (i >= n ? 2 * n - 2 - i : i); };
    double norm = 0.0;
    for (int d = -radius; d <= radius; ++d)
        norm += std::exp(-0.5 * d * d / (sigma * sigma));
    Grid out = Grid(size_t(h), std::vector<double>(size_t(w), 0.0));
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            for (int dy = -radius; dy <= radius; ++dy)
                for (int dx = -radius; dx <= radius; ++dx) {
                    const double weight =
                        std::exp(-0.5 * (dy * dy + dx * dx) / (sigma * sigma)) / (norm * norm);
                    out[size_t(y)][size_t(x)] +=
                        weight * in[size_t(reflect(y + dy, h))][size_t(reflect(x + dx, w))];
                }
    return out;
}

double maxDifference(const torch::Tensor &map, const Grid &expected)
{
    const auto m = map.accessor<float, 2>();
    double worst = 0.0;
    for (size_t y = 0; y < expected.size(); ++y)
        for (size_t x = 0; x < expected[y].size(); ++x)
            worst = std::max(worst, std::abs(m[int(y)][int(x)] - expected[y][x]));
    return worst;
}

} // namespace

class TestAnomalyScoring : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void minDistanceMatchesBruteForce()
    {
        torch::manual_seed(1);
        const torch::Tensor feat = torch::randn({2, 6, 3, 5});
        const torch::Tensor protos = torch::randn({9, 6});
        // A budget of 4 distances forces chunks over both prototypes and queries.
        for (qint64 budget : {qint64(4), qint64(1) << 24}) {
            const torch::Tensor got = minDistanceMap(feat, protos, budget);
            QCOMPARE(got.sizes().vec(), (std::vector<int64_t>{2, 3, 5}));
            for (int n = 0; n < 2; ++n)
                QVERIFY(maxDifference(got[n], bruteMinDistance(feat[n], protos)) < 1e-4);
        }
    }

    void anomalyMapsMatchBruteForce()
    {
        torch::manual_seed(2);
        const std::vector<torch::Tensor> feats = {torch::randn({2, 4, 4, 4}),
                                                  torch::randn({2, 8, 2, 3})};
        const std::vector<torch::Tensor> protos = {torch::randn({5, 4}), torch::randn({3, 8})};
        ScoringOptions options;
        options.imageSize = 16;
        const torch::Tensor maps = anomalyMaps(feats, protos, options);
        QCOMPARE(maps.sizes().vec(), (std::vector<int64_t>{2, 16, 16}));
        QCOMPARE(gaussianRadius(2.0), 8); // 17 taps
        for (int n = 0; n < 2; ++n) {
            Grid mean(16, std::vector<double>(16, 0.0));
            for (size_t layer = 0; layer < feats.size(); ++layer) {
                const Grid up =
                    bruteBilinear(bruteMinDistance(feats[layer][n], protos[layer]), 16, 16);
                for (int y = 0; y < 16; ++y)
                    for (int x = 0; x < 16; ++x)
                        mean[size_t(y)][size_t(x)] += up[size_t(y)][size_t(x)] / 2.0;
            }
            const Grid expected = bruteGaussian(mean, 2.0, 8);
            QVERIFY(maxDifference(maps[n], expected) < 1e-4);
        }
        // sigma = 0 leaves the averaged map unsmoothed.
        options.sigma = 0.0;
        const torch::Tensor raw = anomalyMaps(feats, protos, options);
        const Grid rawExpected = bruteBilinear(bruteMinDistance(feats[1][0], protos[1]), 16, 16);
        const torch::Tensor layer1Only = anomalyMaps({feats[1]}, {protos[1]}, options);
        QVERIFY(maxDifference(layer1Only[0], rawExpected) < 1e-4);
        QVERIFY(!raw.equal(maps));
    }

    void imageScoresMaxAndTopPercent()
    {
        const torch::Tensor maps = torch::arange(200, torch::kFloat32).reshape({2, 10, 10});
        ScoringOptions options;
        QCOMPARE(imageScores(maps, options)[1].item<float>(), 199.0f);
        options.imageScore = ImageScoreMode::TopPercentMean;
        options.topFraction = 0.05; // top 5 of 100 pixels
        QCOMPARE(imageScores(maps, options)[0].item<float>(), 97.0f);
        options.topFraction = 0.001; // never fewer than one pixel
        QCOMPARE(imageScores(maps, options)[0].item<float>(), 99.0f);
        QCOMPARE(imageScoreModeFromName(imageScoreModeName(ImageScoreMode::TopPercentMean)),
                 ImageScoreMode::TopPercentMean);
        QVERIFY_THROWS_EXCEPTION(nexvitad::Error, imageScoreModeFromName(QStringLiteral("avg")));
    }

    void mismatchedBankIsAnError()
    {
        ScoringOptions options;
        options.imageSize = 16;
        QVERIFY_THROWS_EXCEPTION(nexvitad::Error, anomalyMaps({torch::zeros({1, 4, 2, 2})},
                                                              {torch::zeros({3, 5})}, options));
        QVERIFY_THROWS_EXCEPTION(nexvitad::Error,
                                 anomalyMaps({torch::zeros({1, 4, 2, 2})}, {}, options));
    }

    void displayResizeIsBilinearWithHalfPixelCentres()
    {
        torch::manual_seed(4);
        const torch::Tensor small = torch::rand({3, 4});
        cv::Mat map(3, 4, CV_32FC1, small.data_ptr<float>());
        const cv::Mat big = resizeForDisplay(map, cv::Size(10, 7));
        QCOMPARE(big.size(), cv::Size(10, 7));
        const auto a = small.accessor<float, 2>();
        Grid in(3, std::vector<double>(4));
        for (int y = 0; y < 3; ++y)
            for (int x = 0; x < 4; ++x)
                in[size_t(y)][size_t(x)] = a[y][x];
        const Grid expected = bruteBilinear(in, 7, 10);
        for (int y = 0; y < 7; ++y)
            for (int x = 0; x < 10; ++x)
                QVERIFY(std::abs(big.at<float>(y, x) - expected[size_t(y)][size_t(x)]) < 1e-5);
    }
};

QTEST_GUILESS_MAIN(TestAnomalyScoring)
#include "test_anomaly_scoring.moc"

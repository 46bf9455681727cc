// Sinkhorn K-means (method.md 4): transport plan marginals, recovery of well-separated
// clusters, determinism for a seed, cancel.

#include "common/error.h"
#include "common/packed_gemm.h"
#include "infer/sinkhorn_kmeans_torch.h"
#include "infer/torch_matrix_torch.h"

#include <QTest>
#include <random>

using namespace nexvitad::infer;

namespace {

// `clusters` blobs of `perCluster` points in `dim` dimensions, centres 10 apart on the
// axes, spread 0.1. Returns the points and the true centres.
std::pair<FeatureMatrix, FeatureMatrix> blobs(int clusters, int perCluster, int dim)
{
    std::mt19937_64 rng(7);
    std::normal_distribution<float> noise(0.0f, 0.1f);
    FeatureMatrix centres(clusters, dim);
    for (int c = 0; c < clusters; ++c)
        centres.row(c)[c % dim] = 10.0f * float(1 + c / dim);
    FeatureMatrix points(qint64(clusters) * perCluster, dim);
    for (int c = 0; c < clusters; ++c)
        for (int i = 0; i < perCluster; ++i)
            for (int d = 0; d < dim; ++d)
                points.row(qint64(c) * perCluster + i)[d] = centres.row(c)[d] + noise(rng);
    return {points, centres};
}

double distance(const float *a, const float *b, qint64 dim)
{
    double s = 0.0;
    for (qint64 d = 0; d < dim; ++d)
        s += double(a[d] - b[d]) * double(a[d] - b[d]);
    return std::sqrt(s);
}

} // namespace

class TestSinkhornKMeans : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void transportPlanHasUniformMarginals()
    {
        torch::manual_seed(3);
        const torch::Tensor cost = torch::rand({300, 7}) * 3.0;
        const TransportPlan t = sinkhornTransport(cost, 0.05, 1e-6, 1000);
        QVERIFY(t.marginalError < 1e-6);
        const torch::Tensor rows = t.plan().sum(1);
        const torch::Tensor cols = t.plan().sum(0);
        QVERIFY((rows - 1.0 / 300).abs().sum().item<double>() < 1e-6);
        // Columns are exact after each half-step up to float32 rounding (the kernel is float32).
        QVERIFY((cols - 1.0 / 7).abs().max().item<double>() < 1e-7);
        // The defaults of method.md: error < 1e-4 within 100 iterations, as reported.
        const TransportPlan d = sinkhornTransport(cost, 0.05, 1e-4, 100);
        const double rowError = (d.plan().sum(1) - 1.0 / 300).abs().sum().item<double>();
        QVERIFY(std::abs(rowError - d.marginalError) < 1e-6);
        QVERIFY(d.marginalError < 1e-4 || d.iterations == 100);
    }

    void costFromTransposedPointsEqualsTheDistances()
    {
        // The E-step's cost (from the transposed points, one blocked pass back) against the
        // plain squared distances; n not a multiple of the pass's 64-point blocks.
        torch::manual_seed(4);
        const torch::Tensor points = torch::randn({203, 12});
        const torch::Tensor centres = torch::randn({7, 12});
        double sum = 0.0;
        const torch::Tensor cost = costFromTransposed(
            points.t().contiguous(), points.pow(2).sum(1), centres, &sum);
        const torch::Tensor expected = squaredDistances(points, centres);
        QCOMPARE(cost.sizes(), expected.sizes());
        QVERIFY(cost.is_contiguous());
        QVERIFY((cost - expected).abs().max().item<double>() < 1e-4);
        QVERIFY(std::abs(sum - expected.sum().item<double>()) < 1e-3 * std::abs(sum));
    }

    void packedProductsEqualThePlainOnes()
    {
        // The products on the packed GEMM (sinkhorn_packed_products.cpp), used when each
        // layer is clustered on one thread: K = 30 (a full and a partial panel of 16),
        // n not a multiple of the kernel's 6 rows, depth beyond one 384 block for W^T P.
        if (!nexvitad::gemm::available())
            QSKIP("no AVX2/FMA here: the clustering keeps OpenBLAS");
        torch::manual_seed(5);
        const torch::Tensor points = torch::randn({401, 20});
        const torch::Tensor centres = torch::randn({30, 20});
        double sum = 0.0;
        const torch::Tensor cost = costPacked(points, points.pow(2).sum(1), centres, &sum);
        const torch::Tensor expected = squaredDistances(points, centres);
        QCOMPARE(cost.sizes(), expected.sizes());
        QVERIFY((cost - expected).abs().max().item<double>() < 1e-4);
        QVERIFY(std::abs(sum - expected.sum().item<double>()) < 1e-3 * std::abs(sum));

        const torch::Tensor weights = torch::rand({401, 30});
        const torch::Tensor sums = weightedSumsPacked(points.t().contiguous(), weights);
        const torch::Tensor reference = weights.t().matmul(points);
        QCOMPARE(sums.sizes(), reference.sizes());
        QVERIFY((sums - reference).abs().max().item<double>() < 1e-3);
    }

    void recoversWellSeparatedClusters()
    {
        const auto [points, truth] = blobs(5, 40, 6);
        SinkhornKMeansOptions options;
        options.k = 5;
        options.seed = 11;
        SinkhornKMeansStats stats;
        const FeatureMatrix found =
            sinkhornKMeans(points, options, nexvitad::Progress::none(), &stats);
        QCOMPARE(found.rows, qint64(5));
        QCOMPARE(found.cols, qint64(6));
        QVERIFY(stats.converged);
        QVERIFY(stats.lastMarginalError < 1e-4);
        // Every true centre has its own prototype close by.
        std::vector<bool> used(5, false);
        for (qint64 c = 0; c < truth.rows; ++c) {
            qint64 best = -1;
            double bestDistance = 1e9;
            for (qint64 p = 0; p < found.rows; ++p) {
                const double d = distance(truth.row(c), found.row(p), truth.cols);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = p;
                }
            }
            QVERIFY2(bestDistance < 0.1, qPrintable(QString::number(bestDistance)));
            QVERIFY(!used[size_t(best)]);
            used[size_t(best)] = true;
        }
    }

    void deterministicForASeed()
    {
        const auto [points, truth] = blobs(3, 30, 4);
        SinkhornKMeansOptions options;
        options.k = 6; // more prototypes than clusters: the init matters
        options.seed = 5;
        const FeatureMatrix a = sinkhornKMeans(points, options);
        const FeatureMatrix b = sinkhornKMeans(points, options);
        QVERIFY(a == b);
        options.seed = 6;
        const FeatureMatrix c = sinkhornKMeans(points, options);
        QVERIFY(!(a == c));
    }

    void seedingPicksDistinctPointsOfTheData()
    {
        const auto [points, truth] = blobs(4, 10, 4);
        const torch::Tensor init = kmeansPlusPlus(asTensor(points), 4, 1);
        // With four far-apart blobs, D^2 seeding lands in four different blobs.
        const torch::Tensor d = squaredDistances(init, init) + torch::eye(4) * 1e6;
        QVERIFY(d.min().item<float>() > 50.0f);
    }

    void cancelStopsTheLoop()
    {
        const auto [points, truth] = blobs(3, 30, 4);
        SinkhornKMeansOptions options;
        options.k = 3;
        nexvitad::Progress canceled;
        canceled.cancel();
        QVERIFY_THROWS_EXCEPTION(nexvitad::Canceled, sinkhornKMeans(points, options, canceled));
        // Canceled from the "keep going?" callback during the iterations.
        int calls = 0;
        nexvitad::Progress stopping(
            [&calls](const nexvitad::ProgressUpdate &) { return ++calls < 2; },
            std::chrono::milliseconds(0));
        options.moveTolerance = -1.0; // never "converges": only the cancel ends it early
        QVERIFY_THROWS_EXCEPTION(nexvitad::Canceled, sinkhornKMeans(points, options, stopping));
        QCOMPARE(calls, 2);
    }

    void clustersSeveralSetsConcurrently()
    {
        // Sets of different sizes (the largest reports progress); the results are those of
        // clustering each set alone, in input order, and a cancel reaches every worker.
        torch::set_num_threads(2);
        std::vector<FeatureMatrix> sets;
        for (const auto &[clusters, perCluster, dim] :
             {std::tuple{3, 20, 4}, std::tuple{5, 60, 6}, std::tuple{2, 10, 3}}) {
            sets.push_back(blobs(clusters, perCluster, dim).first);
        }
        SinkhornKMeansOptions options;
        options.k = 2;
        options.seed = 3;
        int reports = 0;
        nexvitad::Progress progress([&reports](const nexvitad::ProgressUpdate &) {
            ++reports;
            return true;
        });
        std::vector<SinkhornKMeansStats> stats;
        const std::vector<FeatureMatrix> each = sinkhornKMeansEach(sets, options, progress, &stats);
        QCOMPARE(each.size(), sets.size());
        QCOMPARE(stats.size(), sets.size());
        QVERIFY(reports > 0);
        for (size_t i = 0; i < sets.size(); ++i) {
            const FeatureMatrix alone = sinkhornKMeans(sets[i], options);
            QCOMPARE(each[i].rows, alone.rows);
            QCOMPARE(each[i].cols, sets[i].cols);
            for (qint64 r = 0; r < alone.rows; ++r)
                QVERIFY(distance(each[i].row(r), alone.row(r), alone.cols) < 1e-4);
            QVERIFY(stats[i].iterations > 0);
        }
        nexvitad::Progress canceled;
        canceled.cancel();
        QVERIFY_THROWS_EXCEPTION(nexvitad::Canceled, sinkhornKMeansEach(sets, options, canceled));
    }

    void tooFewPatchesIsAnError()
    {
        const auto [points, truth] = blobs(2, 2, 3);
        SinkhornKMeansOptions options;
        options.k = 5;
        QVERIFY_THROWS_EXCEPTION(nexvitad::Error, sinkhornKMeans(points, options));
    }
};

QTEST_GUILESS_MAIN(TestSinkhornKMeans)
#include "test_sinkhorn_kmeans.moc"

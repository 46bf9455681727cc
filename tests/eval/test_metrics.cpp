// Metrics against the golden fixture (scikit-learn / MVTec AD references), hand-computed
// cases (ties, AUPRO integration and clipping, mIoU), the histogram mode's error bounds,
// and the undefined cases (all good, all defective, constant scores).

#include "common/error.h"
#include "eval/evaluation.h"
#include "eval/histogram.h"
#include "io/safetensors.h"
#include "test_support.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>
#include <cmath>
#include <opencv2/core.hpp>

using namespace nexvitad::eval;

namespace {

struct Fixture
{
    std::vector<cv::Mat> scores;
    std::vector<cv::Mat> masks;
    QJsonObject expected;
};

Fixture loadFixture()
{
    Fixture f;
    const auto file = nexvitad::io::SafeTensorsFile::open(
        testsupport::dataPath(QStringLiteral("fixtures/metrics.io.safetensors")));
    const auto *info = file.find(QStringLiteral("scores"));
    const int n = int(info->shape[0]);
    const int h = int(info->shape[1]);
    const int w = int(info->shape[2]);
    const std::vector<float> scores = file.readFloat32(QStringLiteral("scores"));
    const std::vector<float> masks = file.readFloat32(QStringLiteral("masks"));
    for (int i = 0; i < n; ++i) {
        const float *s = scores.data() + size_t(i) * h * w;
        const float *m = masks.data() + size_t(i) * h * w;
        f.scores.push_back(cv::Mat(h, w, CV_32FC1, const_cast<float *>(s)).clone());
        cv::Mat mask;
        cv::Mat(h, w, CV_32FC1, const_cast<float *>(m)).convertTo(mask, CV_8UC1);
        f.masks.push_back(mask);
    }
    QFile json(testsupport::dataPath(QStringLiteral("fixtures/metrics.json")));
    if (json.open(QIODevice::ReadOnly))
        f.expected =
            QJsonDocument::fromJson(json.readAll()).object()[QStringLiteral("expected")].toObject();
    return f;
}

EvaluationResult evaluateFixture(const Fixture &f, qint64 budget)
{
    EvaluationAccumulator acc({}, budget);
    for (size_t i = 0; i < f.scores.size(); ++i) {
        double maxScore = 0.0;
        cv::minMaxLoc(f.scores[i], nullptr, &maxScore);
        acc.update(f.scores[i], f.masks[i], float(maxScore));
    }
    return acc.compute();
}

// Image-level accumulator over explicit (score, label) pairs.
RankingSummary rank(const std::vector<float> &scores, const std::vector<int> &labels)
{
    RankingAccumulator acc;
    for (size_t i = 0; i < scores.size(); ++i) {
        if (labels[i])
            acc.addPositive(scores[i]);
        else
            acc.addNegative(scores[i]);
    }
    return summarize(acc);
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fixtureMatchesReference()
    {
        const Fixture f = loadFixture();
        QCOMPARE(f.scores.size(), size_t(12));
        QVERIFY(!f.expected.isEmpty());
        const EvaluationResult r = evaluateFixture(f, RankingAccumulator::kDefaultExactBudget);
        auto expect = [&](const char *key) { return f.expected[QLatin1String(key)].toDouble(); };
        QVERIFY(r.pixel.ranking.exact);
        QVERIFY(std::abs(*r.pixel.ranking.auroc - expect("pixel_auroc")) < 1e-6);
        QVERIFY(std::abs(*r.pixel.ranking.averagePrecision - expect("pixel_ap")) < 1e-6);
        // The reference approximates AUPRO on 2001 thresholds; ours is exact (all thresholds,
        // MVTec's compute_pro), 0.88273644 against the reference's 0.8827277.
        QVERIFY(std::abs(*r.pixel.ranking.aupro - expect("pixel_aupro_0.3")) < 5e-3);
        QVERIFY(std::abs(*r.pixel.ranking.aupro - 0.8827364410) < 1e-6);
        QVERIFY(std::abs(*r.image.auroc - expect("image_auroc_max")) < 1e-6);
        QVERIFY(std::abs(*r.image.averagePrecision - expect("image_ap_max")) < 1e-6);
        QCOMPARE(r.pixel.regions, 12);
        QCOMPARE(r.image.positives, qint64(8));
        qInfo("exact pixel AUPRO@0.3 = %.10f", *r.pixel.ranking.aupro);
    }

    void histogramModeStaysWithinItsBounds()
    {
        const Fixture f = loadFixture();
        const EvaluationResult exact = evaluateFixture(f, RankingAccumulator::kDefaultExactBudget);
        const EvaluationResult binned = evaluateFixture(f, 1000); // spills after 1000 pixels
        const RankingSummary &e = exact.pixel.ranking;
        const RankingSummary &b = binned.pixel.ranking;
        QVERIFY(!b.exact);
        QCOMPARE(b.positives + b.negatives, e.positives + e.negatives);
        QVERIFY(std::abs(*b.auroc - *e.auroc) <= b.aurocErrorBound + 1e-12);
        QVERIFY(std::abs(*b.averagePrecision - *e.averagePrecision) <=
                b.averagePrecisionErrorBound + 1e-12);
        QVERIFY(std::abs(*b.aupro - *e.aupro) <= b.auproErrorBound + 1e-12);
        QVERIFY(*e.f1Max <= *b.f1Max + b.f1MaxErrorBound + 1e-12);
        // Bins of relative width 2.4e-4 keep the bounds small on real-valued maps.
        QVERIFY(b.aurocErrorBound < 1e-3);
        QVERIFY(b.averagePrecisionErrorBound < 1e-2);
        QVERIFY(b.auproErrorBound < 1e-3);
        const QJsonObject json = binned.toJson(false);
        QVERIFY(json.contains(QStringLiteral("pixel_auroc_error_bound")));
    }

    void tiesFollowScikitLearn()
    {
        // roc_auc_score([0,0,1,1], [.1,.4,.35,.8]) = 0.75, average_precision_score = 0.8333..
        RankingSummary s = rank({0.1f, 0.4f, 0.35f, 0.8f}, {0, 0, 1, 1});
        QCOMPARE(*s.auroc, 0.75);
        QVERIFY(std::abs(*s.averagePrecision - 5.0 / 6.0) < 1e-12);
        // A tie of one positive and two negatives is one threshold: AP = .5*1 + .5*2/4.
        s = rank({0.5f, 0.5f, 0.5f, 0.9f}, {0, 1, 0, 1});
        QCOMPARE(*s.averagePrecision, 0.75);
        QCOMPARE(*s.auroc, 0.75);
        // F1-max at threshold 0.9: TP 1, FP 0, FN 1 -> 2/3; at 0.5: 2*2/(2*2+2) = 2/3 too;
        // the first (highest) threshold wins ties.
        QVERIFY(std::abs(*s.f1Max - 2.0 / 3.0) < 1e-12);
        QCOMPARE(s.f1Threshold, 0.9f);
    }

    void auproIntegratesPerRegionOverlap()
    {
        // One row: regions {0} (size 1) and {2,3} (size 2, 8-connected), good pixels 1,4,5.
        cv::Mat scores = (cv::Mat_<float>(1, 6) << 0.9f, 0.8f, 0.7f, 0.6f, 0.5f, 0.4f);
        cv::Mat mask = (cv::Mat_<uchar>(1, 6) << 1, 0, 1, 255, 0, 0);
        PixelMetricsAccumulator acc;
        acc.update(scores, mask);
        // Curve: (0,0) (0,.5) (1/3,.5) (1/3,.75) (1/3,1) (2/3,1) (1,1).
        PixelMetrics m = acc.compute(1.0);
        QCOMPARE(m.regions, 2);
        QVERIFY(std::abs(*m.ranking.aupro - 5.0 / 6.0) < 1e-6);
        m = acc.compute(0.3);
        QVERIFY(std::abs(*m.ranking.aupro - 0.5) < 1e-6);
        // A diagonal segment (tie of good and defect pixels) is interpolated at the limit.
        PixelMetricsAccumulator flat;
        flat.update(cv::Mat(2, 2, CV_32FC1, cv::Scalar(1.0f)),
                    (cv::Mat_<uchar>(2, 2) << 1, 0, 0, 0));
        m = flat.compute(0.3);
        // (0,0) -> (1,1): area to 0.3 is 0.045, normalised 0.15.
        QVERIFY(std::abs(*m.ranking.aupro - 0.15) < 1e-9);
    }

    void diagonalNeighboursFormOneRegion()
    {
        cv::Mat mask = (cv::Mat_<uchar>(3, 3) << 1, 0, 0, 0, 1, 0, 0, 0, 1);
        PixelMetricsAccumulator acc;
        acc.update(cv::Mat(3, 3, CV_32FC1, cv::Scalar(0.0f)), mask);
        QCOMPARE(acc.compute().regions, 1);
    }

    void meanIouAtThreshold()
    {
        // Mask: 4 pixels of a 4x4 image; prediction at 0.5: 3 of them plus 2 good pixels.
        cv::Mat mask = cv::Mat::zeros(4, 4, CV_8UC1);
        mask(cv::Rect(0, 0, 2, 2)).setTo(1);
        cv::Mat scores = cv::Mat::zeros(4, 4, CV_32FC1);
        scores.at<float>(0, 0) = scores.at<float>(0, 1) = scores.at<float>(1, 0) = 0.9f;
        scores.at<float>(3, 3) = scores.at<float>(3, 2) = 0.6f;
        PixelMetricsAccumulator acc({0.5f, 0.95f});
        acc.update(scores, mask);
        acc.update(cv::Mat::ones(4, 4, CV_32FC1), cv::Mat::zeros(4, 4, CV_8UC1)); // good image
        const PixelMetrics m = acc.compute();
        QCOMPARE(m.meanIou.size(), size_t(2));
        QCOMPARE(m.meanIou[0].images, 1); // the good image is not averaged
        QVERIFY(std::abs(*m.meanIou[0].value - 3.0 / 6.0) < 1e-12);
        QCOMPARE(*m.meanIou[1].value, 0.0);
    }

    void allGoodSetIsUndefinedNotNan()
    {
        EvaluationAccumulator acc({0.5f});
        for (int i = 0; i < 3; ++i)
            acc.update(cv::Mat(8, 8, CV_32FC1, cv::Scalar(0.1f * i)), cv::Mat::zeros(8, 8, CV_8UC1),
                       0.1f * i);
        const EvaluationResult r = acc.compute();
        QVERIFY(!r.pixel.ranking.auroc);
        QVERIFY(!r.pixel.ranking.averagePrecision);
        QVERIFY(!r.pixel.ranking.aupro);
        QVERIFY(!r.pixel.ranking.f1Max);
        QVERIFY(!r.image.auroc);
        QVERIFY(!r.pixel.meanIou[0].value);
        const QJsonObject json = r.toJson();
        QVERIFY(json[QStringLiteral("pixel_auroc")].isNull());
        QVERIFY(json[QStringLiteral("image_ap")].isNull());
        QVERIFY(json[QStringLiteral("pixel_aupro_0.3")].isNull());
        // The JSON is valid (no NaN that QJsonDocument would turn into garbage).
        QVERIFY(!QJsonDocument(json).toJson().contains("nan"));
    }

    void allDefectiveSet()
    {
        const RankingSummary s = rank({0.2f, 0.7f}, {1, 1});
        QVERIFY(!s.auroc);
        QCOMPARE(*s.averagePrecision, 1.0); // precision is 1 at every threshold
        // Every pixel defective: no FPR axis, AUPRO undefined.
        PixelMetricsAccumulator acc;
        acc.update(cv::Mat(2, 2, CV_32FC1, cv::Scalar(1.0f)), cv::Mat::ones(2, 2, CV_8UC1));
        QVERIFY(!acc.compute().ranking.aupro);
    }

    void constantScores()
    {
        const RankingSummary s = rank({1.0f, 1.0f, 1.0f, 1.0f, 1.0f}, {1, 0, 0, 1, 0});
        QCOMPARE(*s.auroc, 0.5);
        QCOMPARE(*s.averagePrecision, 0.4);
        QCOMPARE(s.roc.x.size(), size_t(2)); // (0,0) and (1,1)
    }

    void brokenInputIsAnError()
    {
        PixelMetricsAccumulator acc;
        cv::Mat scores = cv::Mat::zeros(2, 2, CV_32FC1);
        scores.at<float>(1, 1) = std::nanf("");
        QVERIFY_THROWS_EXCEPTION(nexvitad::Error,
                                 acc.update(scores, cv::Mat::zeros(2, 2, CV_8UC1)));
        QVERIFY_THROWS_EXCEPTION(nexvitad::Error, acc.update(cv::Mat::zeros(2, 2, CV_32FC1),
                                                             cv::Mat::zeros(3, 2, CV_8UC1)));
    }

    void curvesAreDecimatedForCharts()
    {
        RankingAccumulator acc;
        for (int i = 0; i < 200000; ++i) {
            if (i % 3 == 0)
                acc.addPositive(float(i));
            else
                acc.addNegative(float(i) * 0.7f);
        }
        const RankingSummary s = summarize(acc);
        QVERIFY(s.roc.x.size() <= 2100);
        QCOMPARE(s.roc.x.front(), 0.0);
        QCOMPARE(s.roc.x.back(), 1.0);
        QCOMPARE(s.roc.y.back(), 1.0);
        QCOMPARE(s.pr.x.front(), 0.0);
        QCOMPARE(s.pr.x.back(), 1.0);
    }

    // The score charts' binning (report and dashboard): equal-width bins over [low, high],
    // values outside and `high` itself in the end bins.
    void scoreHistogramBins()
    {
        using nexvitad::eval::histogramCounts;
        QCOMPARE(histogramCounts({0.0, 0.1, 0.5, 0.99, 1.0, -3.0, 7.0}, 0.0, 1.0, 4),
                 (std::vector<int>{3, 0, 1, 3}));
        QCOMPARE(histogramCounts({2.5, 2.5, 3.0}, 2.0, 4.0, 2), (std::vector<int>{2, 1}));
        QCOMPARE(histogramCounts({}, 0.0, 1.0, 3), (std::vector<int>{0, 0, 0}));
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "test_metrics.moc"

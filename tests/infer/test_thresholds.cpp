// Thresholds: F1-optimal on known cases, from good images (percentile + margin), the review
// band's verdicts, JSON round trip and malformed input.

#include "common/error.h"
#include "infer/thresholds.h"

#include <QJsonArray>
#include <QTest>

using namespace nexvitad;
using namespace nexvitad::infer;

namespace {

eval::RankingSummary imageSummary(const std::vector<float> &scores, const std::vector<int> &labels)
{
    eval::RankingAccumulator acc;
    for (size_t i = 0; i < scores.size(); ++i) {
        if (labels[i])
            acc.addPositive(scores[i]);
        else
            acc.addNegative(scores[i]);
    }
    return eval::summarize(acc);
}

} // namespace

class TestThresholds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void f1OptimalOnKnownCases()
    {
        // Separable: the lowest defect score separates perfectly.
        Threshold t = f1OptimalThreshold(
            imageSummary({0.1f, 0.2f, 0.3f, 0.6f, 0.7f, 0.4f}, {0, 0, 0, 1, 1, 1}));
        QCOMPARE(t.value, 0.4f);
        QCOMPARE(*t.f1, 1.0);
        QCOMPARE(t.method, ThresholdMethod::F1Optimal);
        QCOMPARE(t.samples, qint64(6));
        // Overlapping: thresholds 0.9 (F1 .5), 0.8 (.8), 0.5 (4/7 * ...): best is 0.8 with
        // TP 2, FP 0, FN 1 -> 2*2 / (2*2 + 1) = 0.8; at 0.3: TP 3, FP 2 -> 6/8 = 0.75.
        t = f1OptimalThreshold(
            imageSummary({0.9f, 0.8f, 0.5f, 0.4f, 0.3f, 0.1f}, {1, 1, 0, 0, 1, 0}));
        QCOMPARE(t.value, 0.8f);
        QVERIFY(std::abs(*t.f1 - 0.8) < 1e-12);
        QVERIFY_THROWS_EXCEPTION(Error, f1OptimalThreshold(imageSummary({0.1f}, {0})));
    }

    void fromGoodImages()
    {
        const std::vector<float> good = {5.0f, 1.0f, 4.0f, 2.0f, 3.0f};
        Threshold t = goodPercentileThreshold(good, 50.0, 0.0);
        QCOMPARE(t.value, 3.0f);
        t = goodPercentileThreshold(good, 90.0, 0.1); // 4.6 * 1.1
        QVERIFY(std::abs(t.value - 5.06f) < 1e-5f);
        QCOMPARE(t.samples, qint64(5));
        QCOMPARE(goodPercentileThreshold(good, 100.0, 0.0).value, 5.0f);
        QCOMPARE(goodPercentileThreshold({2.5f}, 99.0, 0.0).value, 2.5f);
        QVERIFY_THROWS_EXCEPTION(Error, goodPercentileThreshold({}, 99.0, 0.0));
        QVERIFY_THROWS_EXCEPTION(Error, goodPercentileThreshold(good, 101.0, 0.0));
    }

    void reviewBandVerdicts()
    {
        const ReviewBand band = makeReviewBand(1.0f, 2.0f);
        QCOMPARE(band.verdict(0.5f), Verdict::Pass);
        QCOMPARE(band.verdict(1.0f), Verdict::Review);
        QCOMPARE(band.verdict(1.99f), Verdict::Review);
        QCOMPARE(band.verdict(2.0f), Verdict::Fail);
        QCOMPARE(band.verdict(7.0f), Verdict::Fail);
        // T1 == T2: a single threshold, no review.
        const ReviewBand single = makeReviewBand(1.5f, 1.5f);
        QCOMPARE(single.verdict(1.49f), Verdict::Pass);
        QCOMPARE(single.verdict(1.5f), Verdict::Fail);
        QVERIFY_THROWS_EXCEPTION(Error, makeReviewBand(2.0f, 1.0f));

        ThresholdSet set;
        QVERIFY(!set.verdict(1.0f));
        set.image = manualThreshold(3.0f);
        QCOMPARE(*set.verdict(2.9f), Verdict::Pass);
        QCOMPARE(*set.verdict(3.0f), Verdict::Fail);
        set.imageReview = band; // the band takes precedence
        QCOMPARE(*set.verdict(1.5f), Verdict::Review);
        QCOMPARE(verdictKey(Verdict::Review), QStringLiteral("review"));
    }

    void jsonRoundTrip()
    {
        ThresholdSet set;
        set.pixel = goodPercentileThreshold({1.0f, 2.0f, 3.0f}, 99.0, 0.05);
        set.image = f1OptimalThreshold(imageSummary({0.1f, 0.9f}, {0, 1}));
        set.imageReview = makeReviewBand(0.5f, 0.7f);
        const ThresholdSet back = ThresholdSet::fromJson(set.toJson(), QStringLiteral("b.nvb"));
        QVERIFY(back == set);
        QVERIFY(ThresholdSet::fromJson(QJsonObject(), QString()) == ThresholdSet());
        // A stored count is read back exactly.
        ThresholdSet counted;
        counted.pixel = goodPercentileThreshold({1.0f, 2.0f, 3.0f}, 99.0, 0.05);
        QCOMPARE(ThresholdSet::fromJson(counted.toJson(), QString()).pixel->samples, qint64(3));
    }

    void malformedJsonNamesTheFile()
    {
        const QString path = QStringLiteral("/banks/a.nvb");
        const QJsonObject badMethod{
            {QStringLiteral("image"),
             QJsonObject{{QStringLiteral("value"), 1.0},
                         {QStringLiteral("method"), QStringLiteral("magic")}}}};
        const QJsonObject noValue{
            {QStringLiteral("pixel"),
             QJsonObject{{QStringLiteral("method"), QStringLiteral("manual")}}}};
        const QJsonObject badBand{
            {QStringLiteral("image_review"),
             QJsonObject{{QStringLiteral("pass_below"), 2.0}, {QStringLiteral("fail_from"), 1.0}}}};
        // A count no integer holds (1e28 was cast to qint64: undefined behaviour, found by
        // fuzz_bank_metadata), a negative and a fractional one.
        const auto withSamples = [](double samples) {
            return QJsonObject{{QStringLiteral("pixel"),
                                QJsonObject{{QStringLiteral("value"), 1.0},
                                            {QStringLiteral("method"), QStringLiteral("manual")},
                                            {QStringLiteral("samples"), samples}}}};
        };
        for (const QJsonObject &bad : {badMethod, noValue, badBand, withSamples(1e28),
                                       withSamples(-1.0), withSamples(2.5)}) {
            try {
                ThresholdSet::fromJson(bad, path);
                QFAIL("expected an error");
            } catch (const Error &e) {
                QVERIFY(!e.message().isEmpty());
                QCOMPARE(e.path(), path);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestThresholds)
#include "test_thresholds.moc"

// The drift monitor's arithmetic and state machine (docs/line.md, "Drift monitor"): exact
// rolling statistics against a sort of the last W scores, the minimum, transitions reported
// once with hysteresis, seeding, self-calibration, the reference cut at the pass threshold,
// and the good-score reference as the bank stores it.

#include "common/error.h"
#include "infer/good_score_reference.h"
#include "infer/thresholds.h"
#include "line/drift_monitor.h"
#include "line/drift_trend.h"

#include <QJsonArray>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <random>

using namespace nexvitad;
using namespace nexvitad::line;

namespace {

// numpy's default quantile, written out independently of the code under test.
double numpyQuantile(std::vector<float> values, double q)
{
    std::sort(values.begin(), values.end());
    const double h = (double(values.size()) - 1) * q;
    const double lo = std::floor(h);
    const double hi = std::min(lo + 1, double(values.size() - 1));
    return values[size_t(lo)] + (h - lo) * (double(values[size_t(hi)]) - values[size_t(lo)]);
}

std::vector<float> normalScores(int count, double mean, double sd, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> normal(mean, sd);
    std::vector<float> out;
    for (int i = 0; i < count; ++i)
        out.push_back(float(normal(rng)));
    return out;
}

infer::GoodScoreReference reference(const std::vector<float> &scores)
{
    return infer::GoodScoreReference::fromScores(scores, QStringLiteral("2026-12-01T10:00:00Z"),
                                                 QStringLiteral("carpet"));
}

} // namespace

class TestDriftMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rollingStatisticsAreExact()
    {
        DriftOptions o;
        o.window = 37;
        o.minimum = 10;
        o.quantile = 0.9;
        o.bound = 1e9; // never warn: this test is about the statistics
        DriftMonitor monitor(o, reference(normalScores(200, 1.0, 0.1, 1)));
        std::vector<float> stream = normalScores(400, 1.0, 0.1, 2);
        // Ties and repeats: the sorted window must drop the right copy.
        for (int i = 0; i < 400; i += 7)
            stream[size_t(i)] = 1.0f;
        for (size_t i = 0; i < stream.size(); ++i) {
            monitor.observePass(stream[i]);
            const size_t from = i + 1 > size_t(o.window) ? i + 1 - size_t(o.window) : 0;
            const std::vector<float> last(stream.begin() + long(from),
                                          stream.begin() + long(i) + 1);
            const DriftStatus &s = monitor.status();
            QCOMPARE(s.windowCount, int(last.size()));
            if (int(last.size()) < o.minimum) {
                QVERIFY(!s.rollingMedian);
                QCOMPARE(s.state, DriftState::InsufficientData);
                continue;
            }
            QVERIFY(s.rollingMedian && s.rollingUpper);
            QVERIFY(std::abs(*s.rollingMedian - numpyQuantile(last, 0.5)) < 1e-6);
            QVERIFY(std::abs(*s.rollingUpper - numpyQuantile(last, 0.9)) < 1e-6);
        }
        const std::vector<float> ref = normalScores(200, 1.0, 0.1, 1);
        const DriftReference &r = monitor.status().reference;
        QCOMPARE(r.source, ReferenceSource::Evaluation);
        QVERIFY(std::abs(r.median - numpyQuantile(ref, 0.5)) < 1e-6);
        QVERIFY(std::abs(r.upper - numpyQuantile(ref, 0.9)) < 1e-6);
        QVERIFY(std::abs(r.spread - (r.upper - r.median)) < 1e-12);
    }

    void minimumAndOnlyPassingImages()
    {
        DriftOptions o; // window 50, minimum 20
        DriftMonitor monitor(o, reference(normalScores(100, 1.0, 0.1, 3)));
        const std::vector<float> shifted = normalScores(60, 2.0, 0.1, 4); // far off
        for (int i = 0; i < o.minimum - 1; ++i) {
            QCOMPARE(monitor.observePass(shifted[size_t(i)]), DriftTransition::None);
            QCOMPARE(monitor.status().state, DriftState::InsufficientData);
        }
        // Fail and review verdicts never enter, however many.
        for (int i = 0; i < 100; ++i) {
            QCOMPARE(monitor.observe(5.0f, infer::Verdict::Fail), DriftTransition::None);
            QCOMPARE(monitor.observe(5.0f, infer::Verdict::Review), DriftTransition::None);
        }
        QCOMPARE(monitor.observe(NAN, infer::Verdict::Pass), DriftTransition::None);
        QCOMPARE(monitor.status().windowCount, o.minimum - 1);
        QCOMPARE(monitor.observe(shifted[size_t(o.minimum)], infer::Verdict::Pass),
                 DriftTransition::WarningRaised);
        QCOMPARE(monitor.status().state, DriftState::Warning);
        QVERIFY(monitor.status().shift > 5 * o.bound); // ~30 standard errors
        QCOMPARE(monitor.status().goodSeen, qint64(o.minimum));
    }

    void transitionsReportedOnceWithHysteresis()
    {
        DriftOptions o;
        o.window = 20;
        o.minimum = 10;
        const infer::GoodScoreReference ref = reference(normalScores(500, 1.0, 0.1, 5));
        DriftMonitor monitor(o, ref);
        // One standard error of the median with a full window, in score units.
        const double se = driftTolerance(monitor.status().reference, o, o.window).median / o.bound;
        int raised = 0, cleared = 0;
        // Whole windows of the reference's own 20-quantiles moved by `shift` standard errors
        // of the median: the rolling median then moves by exactly that.
        auto feed = [&](int windows, double shift) {
            for (int w = 0; w < windows; ++w)
                for (int i = 0; i < o.window; ++i) {
                    const DriftTransition t =
                        monitor.observePass(float(ref.quantile((i + 0.5) / o.window) + shift * se));
                    raised += t == DriftTransition::WarningRaised;
                    cleared += t == DriftTransition::WarningCleared;
                }
        };
        feed(2, 0);
        QCOMPARE(monitor.status().state, DriftState::InControl);
        QVERIFY(std::abs(monitor.status().medianShift) < 0.2);
        QCOMPARE(raised + cleared, 0);
        feed(2, 6);
        QCOMPARE(raised, 1);
        QCOMPARE(monitor.status().state, DriftState::Warning);
        QVERIFY(std::abs(monitor.status().shift - 6) < 0.2);
        // 3.5 standard errors: below the bound (4) but above bound * clearBelow (3): the
        // warning stays.
        feed(2, 3.5);
        QCOMPARE(monitor.status().state, DriftState::Warning);
        QCOMPARE(cleared, 0);
        feed(2, 0);
        QCOMPARE(cleared, 1);
        QCOMPARE(raised, 1);
        QCOMPARE(monitor.status().state, DriftState::InControl);
        // Downward shifts count too (a blank or over-smoothed camera image).
        feed(2, -8);
        QCOMPARE(raised, 2);
        QVERIFY(monitor.status().shift < -o.bound);
    }

    void standardErrorsFollowWindowAndReferenceSize()
    {
        // The tolerance is bound * k * s * sqrt(1/w + 1/N) with the normal-shape constants:
        // for q = 0.95, k_median = 1.2533 / 1.6449 and k_upper = 0.2179 / (0.1031 * 1.6449).
        DriftReference r;
        r.spread = 2.0;
        r.images = 50;
        DriftOptions o;
        const DriftTolerance t = driftTolerance(r, o, 50);
        QVERIFY(std::abs(t.median - 4.0 * 0.76195 * 2.0 * 0.2) < 1e-3);
        QVERIFY(std::abs(t.upper - 4.0 * 1.28511 * 2.0 * 0.2) < 1e-3);
        // Fewer images in the window or the reference: more room for chance.
        QVERIFY(driftTolerance(r, o, 20).median > t.median);
        r.images = 1000;
        QVERIFY(driftTolerance(r, o, 50).median < t.median);
    }

    void seedingEqualsObservingAndRespectsTheLog()
    {
        DriftOptions o;
        const auto ref = reference(normalScores(100, 1.0, 0.1, 6));
        const std::vector<float> earlier = normalScores(80, 1.5, 0.1, 7); // drifted
        DriftMonitor live(o, ref), restarted(o, ref);
        for (float s : earlier)
            live.observePass(s);
        restarted.seed(earlier, true); // the log already holds the warning
        QCOMPARE(restarted.status().state, live.status().state);
        QCOMPARE(restarted.status().state, DriftState::Warning);
        QCOMPARE(*restarted.status().rollingMedian, *live.status().rollingMedian);
        QCOMPARE(*restarted.status().rollingUpper, *live.status().rollingUpper);
        QCOMPARE(restarted.status().goodSeen, live.status().goodSeen);
        // Still drifted: nothing new to log.
        QCOMPARE(restarted.observePass(1.5f), DriftTransition::None);

        // The log says "warning" but the seeded history is in control: the next image
        // reports the clearance, once.
        DriftMonitor cleared(o, ref);
        cleared.seed(normalScores(60, 1.0, 0.1, 8), true);
        QCOMPARE(cleared.observePass(1.0f), DriftTransition::WarningCleared);
        QCOMPARE(cleared.observePass(1.0f), DriftTransition::None);
        // Not logged yet: the drifted history reports its warning at the next image.
        DriftMonitor unlogged(o, ref);
        unlogged.seed(earlier, false);
        QCOMPARE(unlogged.observePass(1.5f), DriftTransition::WarningRaised);
    }

    void selfCalibratesOnTheFirstGoodImages()
    {
        DriftOptions o;
        o.calibration = 30;
        o.minimum = 10;
        o.window = 20;
        DriftMonitor monitor(o); // no reference in the bank
        QVERIFY(!monitor.status().referenceNote.isEmpty());
        const std::vector<float> first = normalScores(30, 0.5, 0.05, 9);
        for (size_t i = 0; i < first.size(); ++i) {
            QCOMPARE(monitor.status().reference.source, ReferenceSource::Calibrating);
            QCOMPARE(monitor.observePass(first[i]), DriftTransition::None);
            QCOMPARE(monitor.status().state, DriftState::InsufficientData);
        }
        const DriftReference &r = monitor.status().reference;
        QCOMPARE(r.source, ReferenceSource::FirstImages);
        QCOMPARE(r.images, qint64(30));
        QVERIFY(std::abs(r.median - numpyQuantile(first, 0.5)) < 1e-6);
        QVERIFY(std::abs(r.upper - numpyQuantile(first, 0.95)) < 1e-6);
        QVERIFY(driftReferenceText(monitor.status(), o).contains(QLatin1String("first 30")));
        // The window starts after the calibration images.
        QCOMPARE(monitor.status().windowCount, 0);
        const std::vector<float> later = normalScores(15, 0.8, 0.05, 10);
        int raised = 0;
        for (float s : later)
            raised += monitor.observePass(s) == DriftTransition::WarningRaised;
        QCOMPARE(raised, 1);

        // A restart seeded with the same history calibrates the same way.
        DriftMonitor restarted(o);
        std::vector<float> history = first;
        history.insert(history.end(), later.begin(), later.end());
        restarted.seed(history, true);
        QCOMPARE(restarted.status().reference.median, r.median);
        QCOMPARE(restarted.status().state, DriftState::Warning);
    }

    void referenceIsCutAtThePassThreshold()
    {
        // Good evaluation images partly above T1 (they would fail or go to review): only
        // the part below T1 is comparable with a stream of passing images.
        const std::vector<float> good = normalScores(2000, 1.0, 0.2, 11);
        const double t1 = numpyQuantile(good, 0.8);
        DriftOptions o;
        DriftMonitor monitor(o, reference(good), t1);
        std::vector<float> below;
        std::copy_if(good.begin(), good.end(), std::back_inserter(below),
                     [&](float s) { return s < t1; });
        // Stored as 1000 quantiles: the count below T1 and the median are close, not exact.
        QVERIFY(std::abs(monitor.status().reference.images - qint64(below.size())) <= 3);
        QVERIFY(std::abs(monitor.status().reference.median - numpyQuantile(below, 0.5)) < 2e-3);
        // An unshifted line, as the verdicts cut it, stays in control.
        for (float s : normalScores(300, 1.0, 0.2, 12))
            if (s < t1)
                QCOMPARE(monitor.observePass(s), DriftTransition::None);
        QCOMPARE(monitor.status().state, DriftState::InControl);

        // Too few good images below T1: the line calibrates itself, and says why.
        DriftMonitor thin(o, reference(good), numpyQuantile(good, 0.005));
        QCOMPARE(thin.status().reference.source, ReferenceSource::Calibrating);
        QVERIFY(thin.status().referenceNote.contains(QLatin1String("below the pass threshold")));

        infer::ThresholdSet t;
        QVERIFY(!DriftMonitor::passThreshold(t));
        t.image = infer::manualThreshold(2.0f);
        QCOMPARE(*DriftMonitor::passThreshold(t), 2.0);
        t.imageReview = infer::makeReviewBand(1.5f, 2.5f);
        QCOMPARE(*DriftMonitor::passThreshold(t), 1.5);
    }

    void trendMarksWhereWarningsBegin()
    {
        DriftOptions o;
        o.window = 20;
        o.minimum = 10;
        DriftMonitor monitor(o, reference(normalScores(300, 1.0, 0.1, 13)));
        std::vector<float> scores = normalScores(40, 1.0, 0.1, 14);
        const std::vector<float> drifted = normalScores(40, 1.6, 0.1, 15);
        scores.insert(scores.end(), drifted.begin(), drifted.end());
        const DriftTrend trend = replayDrift(monitor, scores);
        QCOMPARE(trend.points.size(), scores.size());
        QCOMPARE(trend.warningStarts().size(), size_t(1));
        const int start = trend.warningStarts().front();
        QVERIFY(start >= 40 && start < 60);
        QCOMPARE(trend.points[size_t(start)].state, DriftState::Warning);
        QVERIFY(trend.warningEnds().empty());
        QCOMPARE(trend.last.state, DriftState::Warning);
        QVERIFY(!trend.points[5].rollingMedian);
        QVERIFY(trend.points[10].rollingMedian);
    }

    void goodScoreReferenceStoredCompactly()
    {
        const std::vector<float> few = normalScores(40, 1.0, 0.1, 16);
        const infer::GoodScoreReference small = reference(few);
        QCOMPARE(small.count, qint64(40));
        QVERIFY(std::is_sorted(small.scores.begin(), small.scores.end()));
        QCOMPARE(infer::GoodScoreReference::fromJson(small.toJson(), QStringLiteral("b")), small);

        const std::vector<float> many = normalScores(5000, 1.0, 0.1, 17);
        const infer::GoodScoreReference big = reference(many);
        QCOMPARE(big.count, qint64(5000));
        QCOMPARE(int(big.scores.size()), infer::GoodScoreReference::kMaxStoredScores);
        for (double q : {0.05, 0.5, 0.95})
            QVERIFY(std::abs(big.quantile(q) - numpyQuantile(many, q)) < 1e-3);
        QCOMPARE(big.scores.front(), *std::min_element(many.begin(), many.end()));
        QCOMPARE(big.scores.back(), *std::max_element(many.begin(), many.end()));

        QJsonObject unsorted = small.toJson();
        unsorted[QStringLiteral("scores")] = QJsonArray{2.0, 1.0};
        QVERIFY_THROWS_EXCEPTION(Error, infer::GoodScoreReference::fromJson(unsorted, "b"));
        QVERIFY_THROWS_EXCEPTION(Error, reference({}));
        // A count beyond qint64 (or negative, or fractional) is refused, not converted (the
        // conversion was undefined behaviour; found by fuzzing, docs/reliability.md).
        for (const double count : {1e19, -1.0, 2.5}) {
            QJsonObject hostile = small.toJson();
            hostile[QStringLiteral("count")] = count;
            QVERIFY_THROWS_EXCEPTION(Error, infer::GoodScoreReference::fromJson(hostile, "b"));
        }
    }

    void invalidOptionsRefused()
    {
        auto refused = [](auto change) {
            DriftOptions o;
            change(o);
            try {
                DriftMonitor monitor(o);
            } catch (const Error &) {
                return true;
            }
            return false;
        };
        QVERIFY(refused([](DriftOptions &o) { o.window = 1; }));
        QVERIFY(refused([](DriftOptions &o) { o.minimum = 60; }));
        QVERIFY(refused([](DriftOptions &o) { o.quantile = 0.4; }));
        QVERIFY(refused([](DriftOptions &o) { o.bound = 0; }));
        QVERIFY(refused([](DriftOptions &o) { o.clearBelow = 1.5; }));
        QVERIFY(refused([](DriftOptions &o) { o.calibration = 5; }));
        QVERIFY(!refused([](DriftOptions &) {}));
    }
};

QTEST_GUILESS_MAIN(TestDriftMonitor)
#include "test_drift_monitor.moc"

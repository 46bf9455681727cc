#pragma once
// Decision thresholds, kept apart from the raw scores (a map or image score never changes
// when a threshold does). Pixel and image thresholds are separate; a ThresholdSet is saved
// inside the memory bank it was calibrated for.
//
// Convention everywhere: a score >= threshold is "defect".
// - F1-optimal: the threshold with the highest F1 on a labelled validation set.
// - From good images only: a percentile of good scores (linear interpolation between
//   order statistics, like numpy's default) times (1 + margin); scores are distances
//   (>= 0), so the margin is relative and scale-free.
// - Manual: a number the user typed.
// - Review band (image verdicts): score < T1 -> pass, score >= T2 -> fail, otherwise a
//   human reviews the part. T1 == T2 is a plain single threshold.

#include "eval/ranking_metrics.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

namespace nexvitad::infer {

enum class ThresholdMethod
{
    Manual,
    F1Optimal,
    GoodPercentile
};

struct Threshold
{
    float value = 0.0f;
    ThresholdMethod method = ThresholdMethod::Manual;
    double percentile = 0.0;  // GoodPercentile: 0..100
    double margin = 0.0;      // GoodPercentile: relative
    std::optional<double> f1; // F1Optimal: the validation F1 at `value`
    qint64 samples = 0;       // how many scores it was calibrated on (0: manual)

    bool operator==(const Threshold &) const = default;
};

enum class Verdict
{
    Pass,
    Review,
    Fail
};

struct ReviewBand
{
    float passBelow = 0.0f; // T1
    float failFrom = 0.0f;  // T2 >= T1

    Verdict verdict(float score) const;
    bool operator==(const ReviewBand &) const = default;
};

struct ThresholdSet
{
    std::optional<Threshold> pixel;
    std::optional<Threshold> image;
    std::optional<ReviewBand> imageReview;

    // The image verdict: the review band when there is one, else the image threshold
    // (pass below, fail from); std::nullopt when neither is set.
    std::optional<Verdict> verdict(float imageScore) const;

    QJsonObject toJson() const;
    // Throws nexvitad::Error(message, path) for a malformed object.
    static ThresholdSet fromJson(const QJsonObject &json, const QString &path);

    bool operator==(const ThresholdSet &) const = default;
};

struct ThresholdText
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::infer::Thresholds)
};

Threshold manualThreshold(float value);
// From a summary of labelled validation scores (pixel: PixelMetrics::ranking; image:
// EvaluationResult::image). Throws nexvitad::Error when the set has no defect.
Threshold f1OptimalThreshold(const eval::RankingSummary &validation);
// Throws nexvitad::Error when `goodScores` is empty or the percentile is outside 0..100.
Threshold goodPercentileThreshold(std::vector<float> goodScores, double percentile, double margin);
// Throws nexvitad::Error(message, pathForErrors) when T1 > T2.
ReviewBand makeReviewBand(float passBelow, float failFrom, const QString &pathForErrors = {});

QString verdictKey(Verdict verdict);  // stable, for files: "pass", "review", "fail"
QString verdictText(Verdict verdict); // translated, for people

} // namespace nexvitad::infer

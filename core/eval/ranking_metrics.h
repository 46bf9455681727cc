#pragma once
// Every ranking metric in one pass over a RankingAccumulator's tie groups.
//
// Definitions (predict "defect" for score >= threshold; one curve point per tie group):
// - AUROC: trapezoidal area under (FPR, TPR), as scikit-learn's roc_auc_score.
// - AP: sum over thresholds of (R_k - R_{k-1}) * P_k, as scikit-learn's
//   average_precision_score (no interpolation; ties form one threshold).
// - F1-max: the best 2TP / (2TP + FP + FN) over thresholds, and that threshold.
// - AUPRO (only when regionCount > 0): MVTec AD's per-region overlap. Each positive's
//   weight is 1 / (its region's size); PRO(t) = sum of selected weights / regionCount. The
//   curve (0,0), one point per tie group, (1,1) is integrated with the trapezoidal rule up
//   to FPR `proFprLimit` (linearly interpolated there) and divided by the limit: exactly
//   MVTec's compute_pro + trapezoid(x_max) over all thresholds.
//
// An undefined metric is std::nullopt, never NaN: AUROC needs positives and negatives, AP
// and F1 need positives, AUPRO needs regions and negatives.
//
// Error bounds: zero when the accumulator is exact. In histogram mode each bin hides the
// order of its samples; the bounds below hold for any order inside the bins:
// - AUROC, AUPRO: the true curve runs inside each bin's rectangle, the trapezoid through
//   its corners; the error is at most half the rectangles' total area.
// - AP: each positive of a bin has a precision between the bin's extreme prefixes.
// - F1: f1MaxErrorBound bounds how much higher the F1 could be inside a bin.

#include "eval/curve.h"
#include "eval/ranking_accumulator.h"

#include <optional>

namespace nexvitad::eval {

struct SummaryOptions
{
    int regionCount = 0;      // > 0: compute AUPRO with this many defect regions
    double proFprLimit = 0.3; // AUPRO integration limit on the FPR axis
    double curveResolution = 1e-3;
};

struct RankingSummary
{
    qint64 positives = 0;
    qint64 negatives = 0;
    bool exact = true;

    std::optional<double> auroc;
    double aurocErrorBound = 0.0;
    std::optional<double> averagePrecision;
    double averagePrecisionErrorBound = 0.0;
    std::optional<double> f1Max;
    double f1MaxErrorBound = 0.0;
    float f1Threshold = 0.0f; // valid when f1Max is

    std::optional<double> aupro;
    double auproErrorBound = 0.0;

    Curve roc; // x = FPR, y = TPR
    Curve pr;  // x = recall, y = precision
    Curve pro; // x = FPR, y = PRO (whole range; AUPRO integrates up to the limit)
};

RankingSummary summarize(RankingAccumulator &scores, const SummaryOptions &options = {});

} // namespace nexvitad::eval

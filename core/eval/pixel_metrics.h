#pragma once
// Pixel-level metrics as an accumulator: update() once per test image (its anomaly map and
// ground-truth mask), compute() at the end. Memory is bounded (RankingAccumulator: exact up
// to its budget, a histogram beyond), so thousands of images are fine.
//
// Besides the ranking metrics (pixel AUROC, AP, F1-max, AUPRO up to FPR 0.3 with 8-connected
// regions) it computes the paper's "PRO", which is a mean IoU at a fixed threshold; it is
// called mIoU here and never PRO (PRO is the per-region overlap inside AUPRO).
//
// mIoU@t: for every test image that has a defect, IoU(score >= t, mask); mIoU is their mean.
// Defect-free images are left out (their IoU is 0 or undefined whatever the model does).
// The thresholds are fixed when the accumulator is made (e.g. the bank's pixel threshold),
// because a per-image IoU cannot be recomputed later without keeping every map.

#include "eval/ranking_metrics.h"

#include <QCoreApplication>
#include <opencv2/core/mat.hpp>
#include <optional>
#include <vector>

namespace nexvitad::eval {

struct MeanIou
{
    float threshold = 0.0f;
    std::optional<double> value; // undefined when no test image has a defect
    int images = 0;              // defective images averaged
};

struct PixelMetrics
{
    RankingSummary ranking; // auroc, averagePrecision, f1Max, aupro, curves
    int images = 0;
    int regions = 0; // 8-connected defect regions over all masks
    std::vector<MeanIou> meanIou;
};

class PixelMetricsAccumulator
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::eval::PixelMetricsAccumulator)
public:
    explicit PixelMetricsAccumulator(std::vector<float> iouThresholds = {},
                                     qint64 exactBudget = RankingAccumulator::kDefaultExactBudget);

    // `scores`: CV_32FC1 anomaly map. `mask`: CV_8UC1 of the same size, any non-zero pixel is
    // defective. Throws nexvitad::Error on a size/type mismatch or a non-finite score.
    void update(const cv::Mat &scores, const cv::Mat &mask);

    PixelMetrics compute(double proFprLimit = 0.3);

private:
    RankingAccumulator m_pixels;
    std::vector<float> m_iouThresholds;
    std::vector<double> m_iouSums;
    int m_images = 0;
    int m_defectiveImages = 0;
    int m_regions = 0;
};

} // namespace nexvitad::eval

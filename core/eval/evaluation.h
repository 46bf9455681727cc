#pragma once
// The whole metric set of an evaluation (method.md 5) as one accumulator: per test image
// its anomaly map, mask and image score; at the end pixel AUROC / AP / AUPRO@0.3 / F1-max,
// image AUROC / AP / F1-max, mIoU at the given thresholds, and the curves. toJson() is what
// `nexvitad-cli eval --json` writes; undefined metrics are JSON null (docs/metrics.md).

#include "eval/pixel_metrics.h"

#include <QJsonObject>

namespace nexvitad::eval {

struct EvaluationResult
{
    PixelMetrics pixel;
    RankingSummary image;

    QJsonObject toJson(bool withCurves = true) const;
};

class EvaluationAccumulator
{
public:
    explicit EvaluationAccumulator(std::vector<float> iouThresholds = {},
                                   qint64 exactBudget = RankingAccumulator::kDefaultExactBudget);

    // One test image. The image is defective when its mask has a non-zero pixel.
    void update(const cv::Mat &scores, const cv::Mat &mask, float imageScore);

    EvaluationResult compute(double proFprLimit = 0.3);

private:
    PixelMetricsAccumulator m_pixels;
    RankingAccumulator m_images;
};

} // namespace nexvitad::eval

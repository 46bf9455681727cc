#pragma once
// Evaluating a memory bank on a class's labelled test images (method.md 5), public: plain
// types. Every test image is inspected; its S x S map is compared with its mask resized to
// S x S (nearest, so it stays binary); the metrics come from one EvaluationAccumulator.
// A test image that is also in the bank is refused (its score would be meaningless).

#include "common/progress.h"
#include "data/manifest.h"
#include "eval/evaluation.h"
#include "infer/inspector.h"

#include <functional>

namespace nexvitad::infer {

struct EvaluatedImage
{
    QString path;
    QString defectType; // "good" or the test/<type> folder
    bool defect = false;
    float score = 0.0f;
    std::optional<Verdict> verdict;
};

struct BankEvaluation
{
    eval::EvaluationResult result;
    std::vector<EvaluatedImage> images;
    // F1-optimal thresholds on this set (absent when it has no defect pixels / images).
    ThresholdSet f1Thresholds;
};

// `onImage` (optional) sees each inspection with its S x S mask (CV_8UC1 0/1) before the
// map is dropped (heat maps, GUI). Throws nexvitad::Error naming the file for unreadable
// images or an overlap with the bank, nexvitad::Canceled when canceled.
BankEvaluation evaluateBank(Inspector &inspector, const data::Manifest &manifest,
                            const QString &className, Progress &progress = Progress::none(),
                            const std::function<void(const Inspection &, const cv::Mat &mask)>
                                &onImage = {});

} // namespace nexvitad::infer

#pragma once
// An evaluation broken down by defect type (one row for "good" and one per test/<type>
// folder): image count, mean and max image score, how many pass / review / fail at the
// thresholds the evaluation used, and the share of images at or above its image
// threshold: the detection rate (recall) of a defect type, the false-positive rate of
// "good". Computed from what `eval --project` records (curves["image_scores"] and
// curves["thresholds"]), so showing it needs no engine run.

#include "infer/thresholds.h"

#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

namespace nexvitad::project {

struct ScoredImage
{
    QString path;
    QString defectType; // "good" or the test/<type> folder
    bool defect = false;
    double score = 0;
};

// The image scores an evaluation recorded, in recorded order. The defect type is the
// recorded "defect_type"; records without one fall back to the folder after "test/" in
// the path (older projects), else "good" / "defective" from the label.
std::vector<ScoredImage> recordedImageScores(const QJsonObject &curves);

// The thresholds recorded with the evaluation (curves["thresholds"]); an empty set when
// none were. Throws nexvitad::Error for a malformed record.
infer::ThresholdSet recordedThresholds(const QJsonObject &curves);

struct DefectTypeRow
{
    QString defectType;
    bool good = false; // the row of images without a defect
    int images = 0;
    double meanScore = 0;
    double maxScore = 0;
    bool judged = false; // false: the evaluation had no image threshold, so no verdicts
    int pass = 0, review = 0, fail = 0;
    // Share of the row's images scored >= the image threshold (the engine's "defect"
    // convention): recall for a defect type, false-positive rate for good. nullopt without
    // an image threshold.
    std::optional<double> flaggedRate;
};

// "good" first (when there are good images), then the defect types by name.
std::vector<DefectTypeRow> defectTypeBreakdown(const std::vector<ScoredImage> &images,
                                               const infer::ThresholdSet &thresholds);

// What a single image threshold would do to a labelled set: the histogram's draggable line
// shows it live.
struct ThresholdOutcome
{
    int defective = 0, detected = 0; // defective images, and those >= threshold
    int good = 0, falseAlarms = 0;   // good images, and those >= threshold
};

ThresholdOutcome outcomeAt(const std::vector<ScoredImage> &images, double threshold);

} // namespace nexvitad::project

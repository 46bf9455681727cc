#pragma once
// What a PDF report shows, gathered from the project store before any page is painted
// (report_loader.h). Images are paths, never pixels: each image is loaded only while its
// page is painted, so a report over thousands of images needs the memory of one page.

#include "line/drift_trend.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace nexvitad::report {

enum class ReportKind
{
    InspectionBatch,
    Evaluation
};

// One backbone of the model: spec ("timm name", "random:...", a file), weights file and
// hash; `untrained` when its weights are random (no trained features).
struct BackboneInfo
{
    QString name; // "hiera", "dinov2"
    QString spec;
    QString file;
    QString sha256;
    bool untrained = false;
};

// A threshold change from the audit log: who set which values when, and why.
struct ThresholdChange
{
    QString at;
    QString actor;
    QString action; // "bank.created", "threshold.changed"
    std::optional<double> image, pixel;
    QString reason;
};

struct Provenance
{
    QString softwareVersion;
    QString modelName;
    qint64 modelId = 0;
    QString checkpointSha256;
    std::vector<BackboneInfo> backbones;
    qint64 bankId = 0; // 0: no memory bank recorded
    QString bankSha256;
    QString bankClass;
    int bankK = 0;
    QList<int> bankLayers;
    QStringList bankImages;
    std::optional<double> imageThreshold, pixelThreshold;
    std::vector<ThresholdChange> thresholdHistory;
    QString datasetName;
    QString datasetRoot;
    QString manifestSha256; // empty: no dataset recorded
    qint64 datasetFiles = 0;
    QJsonObject seeds; // {"name": value}

    // Any backbone without trained weights: the report then warns on the cover too.
    bool untrained() const;
};

enum class ImageVerdict
{
    Pass,
    Fail,
    Review
};

struct ReportImage
{
    QString imagePath; // absolute
    QString mapPath;   // absolute 8/16-bit grayscale PNG heat map, or empty
    QString maskPath;  // ground truth, or empty
    double score = 0;
    ImageVerdict verdict = ImageVerdict::Pass;
    std::optional<bool> defect; // label, when known (evaluations)
    QString decision;           // reviewer's decision, translated; empty when none
    QString reviewer;
    QString comment;
    // The stored explanation by retrieval (infer::Explanation::toJson), or empty.
    QJsonObject explanation;
};

struct CurveData
{
    std::vector<double> x, y;
};

// A batch's drift trend (report_drift.h): the drift monitor replayed over the batch's good
// images, continuing from the bank's earlier good images in the project.
struct ReportDrift
{
    line::DriftOptions options;
    line::DriftTrend trend;
    qint64 goodBefore = 0; // earlier good scores the monitor was seeded with
    QString bankProblem;   // the bank file could not be read (then no evaluation reference)
};

struct ReportData
{
    ReportKind kind = ReportKind::InspectionBatch;
    qint64 id = 0; // batch or evaluation id
    QString projectName;
    QString subject; // product / line: the batch source or the evaluated class
    QString createdAt;
    Provenance provenance;

    int passCount = 0, failCount = 0, reviewCount = 0;
    int acceptCount = 0, rejectCount = 0, unsureCount = 0; // reviewer decisions

    // Evaluation metrics as stored (keys of eval::EvaluationResult::toJson); empty for
    // batches.
    QJsonObject metrics;
    // "pixel_roc", "pixel_pr", "pixel_pro", "image_roc", "image_pr" when present.
    std::vector<std::pair<QString, CurveData>> curves;
    std::vector<double> goodScores, defectScores, unlabelledScores; // histogram
    std::optional<double> reviewPassBelow, reviewFailFrom;          // review band, if any

    std::optional<ReportDrift> drift; // batches only

    // The images that get their own tile (failed and review ones), in report order.
    std::vector<ReportImage> images;
    // The batch's bank file (absolute; empty: unknown): the explanations' normal patches.
    QString bankPath;
    int totalImages = 0;
};

} // namespace nexvitad::report

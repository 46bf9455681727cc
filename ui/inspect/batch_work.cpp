#include "batch_work.h"

#include "backbones/weights_spec.h"
#include "common/error.h"
#include "common/runtime.h"
#include "data/image_files.h"
#include "infer/inspection_files.h"
#include "infer/inspector.h"
#include "project/inference_record.h"
#include "report/report_heatmap.h"
#include "store/asset_records.h"
#include "store/recorded_job.h"
#include "store/result_records.h"
#include "widgets/thumbnail.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace nexvitad::ui {

namespace {
struct BatchWork
{
    Q_DECLARE_TR_FUNCTIONS(BatchWork)
};

constexpr int kThumbnailSide = 56;
constexpr int kMaxMapSide = 4096; // stored maps are S x S: never scaled in practice

QImage thumbnailOf(const QString &path)
{
    return readThumbnail(path, kThumbnailSide);
}

QString verdictKeyOf(const std::optional<nexvitad::infer::Verdict> &verdict)
{
    // As the project stores it: without a threshold a person decides.
    return verdict ? nexvitad::infer::verdictKey(*verdict) : QStringLiteral("review");
}

bool untrainedBackbones(const QJsonObject &backbones)
{
    for (auto it = backbones.begin(); it != backbones.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        if (o.value(QStringLiteral("untrained")).toBool() ||
            nexvitad::backbones::isRandomWeightsSpec(o.value(QStringLiteral("spec")).toString()))
            return true;
    }
    return false;
}

// `jobId`: the project's job row for this batch (0 without a project).
void runBatch(const BatchInspectionParams &params, qint64 jobId, nexvitad::Progress &progress,
              const std::function<void(const BatchInfo &)> &onInfo,
              const std::function<void(const BatchRow &)> &onRow)
{
    using namespace nexvitad;
    const QStringList files = data::collectImageFiles(params.inputs);
    infer::InspectorOptions options;
    options.modelsDir = params.modelsDir;
    options.device = runtime::resolveDevice(params.device);
    options.explainFlagged = true; // the viewer shows them without recomputing
    infer::Inspector inspector(params.bankPath, options);

    BatchInfo info;
    info.source = params.inputs.join(QLatin1Char(' '));
    info.untrained = inspector.untrainedBackbone();
    const std::optional<infer::Threshold> pixel = inspector.thresholds().pixel;
    if (pixel)
        info.pixelThreshold = pixel->value;
    if (params.project) {
        const project::RecordedBank recorded = project::recordBank(
            *params.project, params.bankPath, inspector.bank(), 0,
            inspector.bank().info().encoder.value(QStringLiteral("target_class")).toString(),
            params.operatorName);
        info.batchId =
            project::recordInspectionBatch(*params.project, recorded.bankId, jobId, info.source);
    }
    onInfo(info);

    inspector.inspectFiles(files, progress, [&](infer::Inspection &&r) {
        BatchRow row;
        row.imagePath = r.path;
        row.score = r.score;
        row.verdict = verdictKeyOf(r.verdict);
        row.thumbnail = thumbnailOf(r.path);
        row.bankPath = params.bankPath;
        if (r.explanation)
            row.explanation = r.explanation->toJson();
        if (params.project)
            row.inspectionId = project::recordInspection(*params.project, info.batchId, r);
        const cv::Mat map = r.map.isContinuous() ? r.map : r.map.clone();
        const auto *values = map.ptr<float>();
        row.map = std::make_shared<const std::vector<float>>(values, values + map.total());
        row.mapSize = QSize(map.cols, map.rows);
        onRow(row);
    });
}

} // namespace

void inspectBatch(const BatchInspectionParams &params, nexvitad::Progress &progress,
                  const std::function<void(const BatchInfo &)> &onInfo,
                  const std::function<void(const BatchRow &)> &onRow)
{
    if (!params.project) {
        runBatch(params, 0, progress, onInfo, onRow);
        return;
    }
    // The job's command says what was asked, like the CLI's arguments (data, not UI text).
    const QString command = QStringLiteral("gui: inspect %1 with memory bank %2")
                                .arg(params.inputs.join(QLatin1Char(' ')), params.bankPath);
    nexvitad::store::runRecordedJob(params.project->database(), QStringLiteral("inspect"),
                                    command, [&](qint64 jobId) {
                                        runBatch(params, jobId, progress, onInfo, onRow);
                                    });
}

StoredBatch loadStoredBatch(const nexvitad::store::Project &project, qint64 batchId,
                            nexvitad::Progress &progress)
{
    using namespace nexvitad;
    const QSqlDatabase db = project.database();
    const store::InspectionBatchRecord batch = store::inspectionBatch(db, batchId);
    StoredBatch stored;
    stored.info.batchId = batchId;
    stored.info.source = batch.source;
    QString bankPath;
    if (batch.bankId) {
        const store::StoredBank bank = store::memoryBank(db, batch.bankId);
        if (!bank.file.storedPath.isEmpty())
            bankPath = project.absolutePath(bank.file.storedPath);
        if (bank.thresholds.pixel)
            stored.info.pixelThreshold = float(*bank.thresholds.pixel);
        if (bank.modelId)
            stored.info.untrained = untrainedBackbones(store::model(db, bank.modelId).backbones);
    }
    const QList<store::StoredInspection> inspections = store::inspections(db, batchId);
    progress.setStage(BatchWork::tr("Reading images"));
    for (qsizetype i = 0; i < inspections.size(); ++i) {
        progress.throwIfCanceled();
        progress.report(i, inspections.size());
        const store::StoredInspection &s = inspections.at(i);
        BatchRow row;
        row.inspectionId = s.id;
        row.imagePath = s.imagePath;
        row.score = s.score;
        row.verdict = store::verdictName(s.verdict);
        if (s.decision)
            row.decision = store::reviewDecisionName(*s.decision);
        row.reviewer = s.reviewer;
        row.comment = s.reviewComment;
        row.thumbnail = thumbnailOf(s.imagePath);
        if (!s.map.storedPath.isEmpty())
            row.mapPath = project.absolutePath(s.map.storedPath);
        row.bankPath = bankPath;
        row.explanation = s.explanation;
        stored.rows.push_back(std::move(row));
    }
    return stored;
}

ReviewImage loadReviewImage(const BatchRow &row, const std::optional<float> &pixelThreshold)
{
    using namespace nexvitad;
    ReviewImage image;
    image.original = QImage(row.imagePath).convertToFormat(QImage::Format_RGB32);
    image.map = row.map;
    image.mapSize = row.mapSize;
    if (!image.map && !row.mapPath.isEmpty()) {
        report::HeatMap stored = report::loadHeatMap(row.mapPath, kMaxMapSide);
        if (!stored.isEmpty()) {
            image.mapSize = QSize(stored.width, stored.height);
            image.map = std::make_shared<const std::vector<float>>(std::move(stored.values));
        }
    }
    if (!image.map)
        return image;
    infer::Inspection inspection;
    inspection.map = cv::Mat(image.mapSize.height(), image.mapSize.width(), CV_32FC1,
                             const_cast<float *>(image.map->data()));
    std::optional<infer::Threshold> threshold;
    if (pixelThreshold)
        threshold = infer::manualThreshold(*pixelThreshold);
    const auto [low, high] = infer::overlayRange(inspection, threshold);
    image.scoreLow = low;
    image.scoreHigh = high;
    return image;
}

} // namespace nexvitad::ui

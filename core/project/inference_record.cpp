#include "project/inference_record.h"

#include "infer/inspection_files.h"
#include "io/chunked_read.h"
#include "store/artifacts.h"
#include "store/asset_records.h"
#include "store/result_records.h"
#include "store/sql.h"

#include <QFileInfo>
#include <QJsonArray>

namespace nexvitad::project {

namespace {

store::Verdict storedVerdict(const std::optional<infer::Verdict> &verdict)
{
    // Without a threshold nothing can pass or fail on its own: a person decides.
    if (!verdict)
        return store::Verdict::Review;
    switch (*verdict) {
    case infer::Verdict::Pass:
        return store::Verdict::Pass;
    case infer::Verdict::Fail:
        return store::Verdict::Fail;
    case infer::Verdict::Review:
        break;
    }
    return store::Verdict::Review;
}

store::ArtifactFile writeHeatMap(const store::Project &project, const QString &imagePath,
                                 const cv::Mat &map)
{
    return store::writeArtifact(project, QStringLiteral("heatmaps"),
                                store::uniqueArtifactName(QFileInfo(imagePath).completeBaseName(),
                                                          QStringLiteral(".png")),
                                infer::heatMapPng16(map));
}

} // namespace

RecordedBank recordBank(const store::Project &project, const QString &bankPath,
                        const infer::MemoryBank &bank, qint64 datasetId, const QString &className,
                        const QString &actor)
{
    const QSqlDatabase db = project.database();
    const QString sha = io::sha256OfFile(bankPath);
    QSqlQuery existing = store::exec(
        db, QStringLiteral("SELECT id, model_id FROM memory_banks WHERE bank_sha256 = ? "
                           "ORDER BY id DESC LIMIT 1"),
        {sha});
    if (existing.next())
        return RecordedBank{existing.value(1).toLongLong(), existing.value(0).toLongLong(), false};

    const infer::MemoryBankInfo &info = bank.info();
    const store::ArtifactFile file = store::adoptFile(
        project, QStringLiteral("banks"),
        store::uniqueArtifactName(QFileInfo(bankPath).completeBaseName(), QStringLiteral(".bank")),
        bankPath);
    store::Transaction transaction(db);
    store::ModelRecord model;
    model.name = info.runId.isEmpty()
                     ? QStringLiteral("untrained encoder (%1 + %2)")
                           .arg(info.encoder.value(QStringLiteral("hiera_variant")).toString(),
                                info.encoder.value(QStringLiteral("dinov2_variant")).toString())
                     : QStringLiteral("encoder of run %1").arg(QFileInfo(info.runId).fileName());
    model.checkpoint = file; // the bank carries the encoder's trainable weights
    model.backbones = info.encoder.value(QStringLiteral("backbones")).toObject();
    const qint64 modelId = store::registerModel(db, model, actor);

    store::BankRecord record;
    record.modelId = modelId;
    record.datasetId = datasetId;
    record.className = className;
    for (const infer::BankImage &image : bank.images())
        record.images << image.name;
    record.k = info.prototypes == infer::PrototypeMode::AllPatches ? 0 : info.clustering.k;
    for (const infer::BankLayer &layer : info.layers)
        record.layers << layer.stage;
    record.file = file;
    if (const auto &t = bank.thresholds().image)
        record.thresholds.image = t->value;
    if (const auto &t = bank.thresholds().pixel)
        record.thresholds.pixel = t->value;
    const qint64 bankId = store::registerBank(db, record, actor);
    transaction.commit();
    return RecordedBank{modelId, bankId, true};
}

qint64 recordInspectionBatch(const store::Project &project, qint64 bankId, qint64 jobId,
                             const QString &source)
{
    return store::createInspectionBatch(project.database(), bankId, jobId, source);
}

qint64 recordInspection(const store::Project &project, qint64 batchId,
                        const infer::Inspection &inspection)
{
    store::InspectionRecord record;
    record.batchId = batchId;
    record.imagePath = QFileInfo(inspection.path).absoluteFilePath();
    record.imageSha256 = io::sha256OfFile(inspection.path);
    record.score = inspection.score;
    record.verdict = storedVerdict(inspection.verdict);
    record.map = writeHeatMap(project, inspection.path, inspection.map);
    if (inspection.explanation)
        record.explanation = inspection.explanation->toJson();
    return store::addInspection(project.database(), record);
}

qint64 recordEvaluation(const store::Project &project, const EvaluationContext &context,
                        const infer::BankEvaluation &evaluation,
                        const std::map<QString, cv::Mat> &maps)
{
    QJsonArray scores;
    std::vector<std::pair<QString, store::ArtifactFile>> written; // image -> its map file
    for (const infer::EvaluatedImage &image : evaluation.images) {
        QJsonObject entry{{QStringLiteral("name"), image.path},
                          {QStringLiteral("score"), double(image.score)},
                          {QStringLiteral("defect"), image.defect},
                          {QStringLiteral("defect_type"), image.defectType}};
        if (const auto it = maps.find(image.path); it != maps.end()) {
            written.emplace_back(image.path, writeHeatMap(project, image.path, it->second));
            entry[QStringLiteral("map")] = written.back().second.storedPath;
        }
        scores.append(entry);
    }
    store::EvaluationRecord record;
    record.jobId = context.jobId;
    record.modelId = context.bank.modelId;
    record.bankId = context.bank.bankId;
    record.datasetId = context.datasetId;
    record.metrics = evaluation.result.toJson(false);
    record.metrics[QStringLiteral("class")] = context.className;
    record.metrics[QStringLiteral("untrained")] = context.untrained;
    record.metrics[QStringLiteral("inference")] = context.inference;
    record.curves = evaluation.result.toJson(true).value(QStringLiteral("curves")).toObject();
    record.curves[QStringLiteral("image_scores")] = scores;
    record.curves[QStringLiteral("thresholds")] = context.thresholds.toJson();
    record.curves[QStringLiteral("f1_thresholds")] = evaluation.f1Thresholds.toJson();
    const QSqlDatabase db = project.database();
    store::Transaction transaction(db);
    const qint64 id = store::addEvaluation(db, record);
    for (const auto &[image, file] : written)
        store::insert(db,
                      QStringLiteral("INSERT INTO evaluation_maps (evaluation_id, image_path,"
                                     " map_path, map_sha256) VALUES (?, ?, ?, ?)"),
                      {id, image, file.storedPath, file.sha256});
    transaction.commit();
    return id;
}

} // namespace nexvitad::project

#include "report/report_loader.h"

#include "backbones/weights_spec.h"
#include "nexvitad/version.h"
#include "report/report_drift.h"
#include "report/report_text.h"
#include "store/asset_records.h"
#include "store/audit_log.h"
#include "store/project.h"
#include "store/result_records.h"
#include "store/sql.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace nexvitad::report {

namespace {

std::optional<double> optionalNumber(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

std::vector<BackboneInfo> backbones(const QJsonObject &json)
{
    std::vector<BackboneInfo> result;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        BackboneInfo b;
        b.name = it.key();
        b.spec = o.value(QStringLiteral("spec")).toString();
        b.file = o.value(QStringLiteral("file")).toString();
        b.sha256 = o.value(QStringLiteral("sha256")).toString();
        b.untrained =
            o.value(QStringLiteral("untrained")).toBool() || backbones::isRandomWeightsSpec(b.spec);
        result.push_back(b);
    }
    return result;
}

std::vector<ThresholdChange> thresholdHistory(const QSqlDatabase &db, qint64 bankId)
{
    std::vector<ThresholdChange> history;
    for (const store::AuditEntry &e :
         store::auditEntries(db, QStringLiteral("memory_bank"), bankId)) {
        const bool created = e.action == QLatin1String("bank.created");
        if (!created && e.action != QLatin1String("threshold.changed"))
            continue;
        ThresholdChange c{e.at, e.actor, e.action, {}, {}, {}};
        c.image = optionalNumber(e.details.value(created ? QStringLiteral("image_threshold")
                                                         : QStringLiteral("image_after")));
        c.pixel = optionalNumber(e.details.value(created ? QStringLiteral("pixel_threshold")
                                                         : QStringLiteral("pixel_after")));
        c.reason = e.details.value(QStringLiteral("reason")).toString();
        history.push_back(c);
    }
    return history;
}

// Seeds of the training run behind a model: every config key that names a seed.
QJsonObject trainingSeeds(const QSqlDatabase &db, qint64 runId)
{
    QJsonObject seeds;
    if (runId == 0)
        return seeds;
    const QJsonObject config =
        QJsonDocument::fromJson(store::scalar(db,
                                              QStringLiteral("SELECT config_json FROM"
                                                             " training_runs WHERE id = ?"),
                                              {runId})
                                    .toString()
                                    .toUtf8())
            .object();
    for (auto it = config.begin(); it != config.end(); ++it)
        if (it.key().contains(QLatin1String("seed"), Qt::CaseInsensitive))
            seeds.insert(QStringLiteral("training.") + it.key(), it.value());
    return seeds;
}

// Model, bank (optional) and dataset (optional) provenance.
Provenance provenance(const store::Project &project, qint64 modelId, qint64 bankId,
                      qint64 datasetId)
{
    const QSqlDatabase db = project.database();
    Provenance p;
    p.softwareVersion = QStringLiteral(NEXVITAD_VERSION);
    if (bankId != 0) {
        const store::StoredBank bank = store::memoryBank(db, bankId);
        p.bankId = bankId;
        p.bankSha256 = bank.file.sha256;
        p.bankClass = bank.className;
        p.bankK = bank.k;
        p.bankLayers = bank.layers;
        p.bankImages = bank.images;
        p.imageThreshold = bank.thresholds.image;
        p.pixelThreshold = bank.thresholds.pixel;
        p.thresholdHistory = thresholdHistory(db, bankId);
        modelId = modelId != 0 ? modelId : bank.modelId;
        datasetId = datasetId != 0 ? datasetId : bank.datasetId;
    }
    if (modelId != 0) {
        const store::StoredModel model = store::model(db, modelId);
        p.modelId = modelId;
        p.modelName = model.name;
        p.checkpointSha256 = model.checkpoint.sha256;
        p.backbones = backbones(model.backbones);
        p.seeds = trainingSeeds(db, model.runId);
    }
    if (datasetId != 0) {
        const store::StoredDataset dataset = store::dataset(db, datasetId);
        p.datasetName = dataset.name;
        p.datasetRoot = dataset.root;
        p.manifestSha256 = dataset.manifestSha256;
        p.datasetFiles = dataset.manifest.size();
    }
    return p;
}

ImageVerdict imageVerdict(store::Verdict verdict)
{
    switch (verdict) {
    case store::Verdict::Fail:
        return ImageVerdict::Fail;
    case store::Verdict::Review:
        return ImageVerdict::Review;
    case store::Verdict::Pass:
        break;
    }
    return ImageVerdict::Pass;
}

QString decisionText(store::ReviewDecision decision)
{
    switch (decision) {
    case store::ReviewDecision::Accept:
        return ReportText::tr("accepted");
    case store::ReviewDecision::Reject:
        return ReportText::tr("rejected");
    case store::ReviewDecision::Unsure:
        return ReportText::tr("unsure");
    }
    return {};
}

// Failed images first, then review ones; the highest scores first within each.
void sortForReport(std::vector<ReportImage> &images)
{
    std::stable_sort(images.begin(), images.end(), [](const ReportImage &a, const ReportImage &b) {
        if (a.verdict != b.verdict)
            return a.verdict == ImageVerdict::Fail;
        return a.score > b.score;
    });
}

CurveData curve(const QJsonObject &json)
{
    CurveData c;
    const QJsonArray xs = json.value(QStringLiteral("x")).toArray();
    const QJsonArray ys = json.value(QStringLiteral("y")).toArray();
    const qsizetype n = std::min(xs.size(), ys.size());
    for (qsizetype i = 0; i < n; ++i) {
        c.x.push_back(xs[i].toDouble());
        c.y.push_back(ys[i].toDouble());
    }
    return c;
}

QString resolveImage(const QString &name, const QString &root)
{
    if (QDir::isAbsolutePath(name))
        return name;
    return root.isEmpty() ? QString() : QDir(root).filePath(name);
}

// A threshold as the evaluation stored it: a number, or infer::ThresholdSet's object
// ({"value": ...}); null or absent: not set.
std::optional<double> thresholdValue(const QJsonValue &value)
{
    return value.isObject() ? optionalNumber(value.toObject().value(QStringLiteral("value")))
                            : optionalNumber(value);
}

// An evaluated image's verdict as inspection would give it: the review band when there is
// one (pass below T1, fail from T2, review between), else the image threshold.
std::optional<ImageVerdict> evaluationVerdict(const ReportData &data, double score)
{
    if (data.reviewPassBelow && data.reviewFailFrom)
        return score < *data.reviewPassBelow   ? ImageVerdict::Pass
               : score >= *data.reviewFailFrom ? ImageVerdict::Fail
                                               : ImageVerdict::Review;
    if (!data.provenance.imageThreshold)
        return std::nullopt;
    return score < *data.provenance.imageThreshold ? ImageVerdict::Pass : ImageVerdict::Fail;
}

// What every report starts from: its kind, the row it is about and the project's name.
ReportData reportHeader(const store::Project &project, ReportKind kind, qint64 id,
                        const QString &createdAt)
{
    ReportData data;
    data.kind = kind;
    data.id = id;
    data.projectName = project.name();
    data.createdAt = createdAt;
    return data;
}

} // namespace

QString groundTruthMask(const QString &imagePath)
{
    const QFileInfo image(imagePath);
    QDir typeDir = image.dir();
    const QString type = typeDir.dirName();
    if (!typeDir.cdUp() || typeDir.dirName() != QLatin1String("test") || !typeDir.cdUp())
        return {};
    const QString mask = typeDir.filePath(
        QStringLiteral("ground_truth/%1/%2_mask.png").arg(type, image.completeBaseName()));
    return QFileInfo::exists(mask) ? mask : QString();
}

ReportData loadBatchReport(const store::Project &project, qint64 batchId)
{
    const QSqlDatabase db = project.database();
    const store::InspectionBatchRecord batch = store::inspectionBatch(db, batchId);
    ReportData data = reportHeader(project, ReportKind::InspectionBatch, batchId, batch.createdAt);
    data.subject = batch.source;
    data.provenance = provenance(project, 0, batch.bankId, 0);
    for (const store::StoredInspection &row : store::inspections(db, batchId)) {
        ++data.totalImages;
        data.unlabelledScores.push_back(row.score);
        const ImageVerdict verdict = imageVerdict(row.verdict);
        (verdict == ImageVerdict::Pass   ? data.passCount
         : verdict == ImageVerdict::Fail ? data.failCount
                                         : data.reviewCount)++;
        if (row.decision)
            (*row.decision == store::ReviewDecision::Accept   ? data.acceptCount
             : *row.decision == store::ReviewDecision::Reject ? data.rejectCount
                                                              : data.unsureCount)++;
        if (verdict == ImageVerdict::Pass)
            continue;
        ReportImage image;
        image.imagePath = row.imagePath;
        image.mapPath =
            row.map.storedPath.isEmpty() ? QString() : project.absolutePath(row.map.storedPath);
        image.maskPath = groundTruthMask(row.imagePath);
        image.score = row.score;
        image.verdict = verdict;
        image.decision = row.decision ? decisionText(*row.decision) : QString();
        image.reviewer = row.reviewer;
        image.comment = row.reviewComment;
        image.explanation = row.explanation;
        data.images.push_back(image);
    }
    sortForReport(data.images);
    if (batch.bankId) {
        const store::ArtifactFile bankFile = store::memoryBank(db, batch.bankId).file;
        if (!bankFile.storedPath.isEmpty())
            data.bankPath = project.absolutePath(bankFile.storedPath);
    }
    data.drift = loadReportDrift(project, batch);
    return data;
}

ReportData loadEvaluationReport(const store::Project &project, qint64 evaluationId)
{
    const QSqlDatabase db = project.database();
    const store::StoredEvaluation e = store::evaluation(db, evaluationId);
    ReportData data = reportHeader(project, ReportKind::Evaluation, evaluationId, e.createdAt);
    data.metrics = e.metrics;
    data.provenance = provenance(project, e.modelId, e.bankId, e.datasetId);
    const QJsonObject evalSeeds = e.metrics.value(QStringLiteral("seeds")).toObject();
    for (auto it = evalSeeds.begin(); it != evalSeeds.end(); ++it)
        data.provenance.seeds.insert(it.key(), it.value());
    data.subject = e.metrics.value(QStringLiteral("class")).toString();
    if (data.subject.isEmpty())
        data.subject = data.provenance.bankClass;
    if (e.metrics.value(QStringLiteral("untrained")).toBool() && !data.provenance.untrained())
        data.provenance.backbones.push_back(
            {QStringLiteral("encoder"), QStringLiteral("random:"), {}, {}, true});

    for (const char *name : {"image_roc", "image_pr", "pixel_roc", "pixel_pr", "pixel_pro"}) {
        const QJsonObject c = e.curves.value(QLatin1String(name)).toObject();
        if (!c.isEmpty())
            data.curves.emplace_back(QLatin1String(name), curve(c));
    }
    // The thresholds the evaluation used win over the bank's current ones.
    const QJsonObject thresholds = e.curves.value(QStringLiteral("thresholds")).toObject();
    if (thresholds.contains(QStringLiteral("image")))
        data.provenance.imageThreshold = thresholdValue(thresholds.value(QStringLiteral("image")));
    if (thresholds.contains(QStringLiteral("pixel")))
        data.provenance.pixelThreshold = thresholdValue(thresholds.value(QStringLiteral("pixel")));
    const QJsonObject band = thresholds.value(QStringLiteral("image_review")).toObject();
    data.reviewPassBelow = optionalNumber(band.value(QStringLiteral("pass_below")));
    data.reviewFailFrom = optionalNumber(band.value(QStringLiteral("fail_from")));

    for (const QJsonValue &v : e.curves.value(QStringLiteral("image_scores")).toArray()) {
        const QJsonObject s = v.toObject();
        const double score = s.value(QStringLiteral("score")).toDouble();
        const bool defect = s.value(QStringLiteral("defect")).toBool();
        ++data.totalImages;
        (defect ? data.defectScores : data.goodScores).push_back(score);
        const std::optional<ImageVerdict> verdict = evaluationVerdict(data, score);
        if (!verdict)
            continue;
        (*verdict == ImageVerdict::Pass   ? data.passCount
         : *verdict == ImageVerdict::Fail ? data.failCount
                                          : data.reviewCount)++;
        if (*verdict == ImageVerdict::Pass)
            continue;
        ReportImage image;
        image.imagePath =
            resolveImage(s.value(QStringLiteral("name")).toString(), data.provenance.datasetRoot);
        // Counted, but no tile for an image that is no longer where the evaluation saw it.
        if (!QFileInfo::exists(image.imagePath))
            continue;
        const QString map = s.value(QStringLiteral("map")).toString();
        image.mapPath = map.isEmpty() ? QString() : project.absolutePath(map);
        image.maskPath = groundTruthMask(image.imagePath);
        image.score = score;
        image.verdict = *verdict;
        image.defect = defect;
        data.images.push_back(image);
    }
    sortForReport(data.images);
    return data;
}

bool Provenance::untrained() const
{
    return std::any_of(backbones.begin(), backbones.end(),
                       [](const BackboneInfo &b) { return b.untrained; });
}

} // namespace nexvitad::report

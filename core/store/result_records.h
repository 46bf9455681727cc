#pragma once
// Results: inspection batches and inspections (with the reviewer's decision), evaluations
// (metrics and curves) and reports. Heat maps and report files are artifacts written
// before their rows (artifacts.h).

#include "store/artifacts.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace nexvitad::store {

// jobId 0: not recorded as a job. `source`: folder, camera, ...
qint64 createInspectionBatch(const QSqlDatabase &db, qint64 bankId, qint64 jobId,
                             const QString &source);

struct InspectionRecord
{
    qint64 batchId = 0;
    QString imagePath;   // the user's image (outside the project); not copied
    QString imageSha256; // optional
    double score = 0;
    bool defect = false;
    ArtifactFile map;    // optional heat map (empty storedPath: none)
};

qint64 addInspection(const QSqlDatabase &db, const InspectionRecord &inspection);

enum class ReviewDecision { Confirmed, Overruled };

// The reviewer confirms or overrules the verdict, with an optional comment.
void reviewInspection(const QSqlDatabase &db, qint64 inspectionId, ReviewDecision decision,
                      const QString &reviewer, const QString &comment);

struct EvaluationRecord
{
    qint64 jobId = 0, modelId = 0, bankId = 0, datasetId = 0; // 0: none
    QJsonObject metrics; // {"image_auroc": ..., "pixel_auroc": ..., "pro": ...}
    QJsonObject curves;  // {"roc": {"fpr": [...], "tpr": [...]}, ...}
};

qint64 addEvaluation(const QSqlDatabase &db, const EvaluationRecord &evaluation);

// kind: "evaluation", "inspection", ...; evaluationId/batchId 0 when not tied to one.
qint64 addReport(const QSqlDatabase &db, const QString &kind, const QString &title,
                 const ArtifactFile &file, qint64 evaluationId, qint64 batchId);

} // namespace nexvitad::store

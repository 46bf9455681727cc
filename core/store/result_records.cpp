#include "store/result_records.h"

#include "common/error.h"
#include "store/job_records.h"
#include "store/sql.h"

#include <QCoreApplication>

namespace nexvitad::store {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::store)
};

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}
} // namespace

qint64 createInspectionBatch(const QSqlDatabase &db, qint64 bankId, qint64 jobId,
                             const QString &source)
{
    return insert(db,
                  QStringLiteral("INSERT INTO inspection_batches (job_id, bank_id, source,"
                                 " created_at) VALUES (?, ?, ?, ?)"),
                  {idOrNull(jobId), bankId, source, nowUtc()});
}

qint64 addInspection(const QSqlDatabase &db, const InspectionRecord &inspection)
{
    return insert(db,
                  QStringLiteral("INSERT INTO inspections (batch_id, image_path, image_sha256,"
                                 " score, verdict, map_path, map_sha256, created_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                  {inspection.batchId, inspection.imagePath, textOrNull(inspection.imageSha256),
                   inspection.score,
                   inspection.defect ? QStringLiteral("defect") : QStringLiteral("ok"),
                   textOrNull(inspection.map.storedPath), textOrNull(inspection.map.sha256),
                   nowUtc()});
}

void reviewInspection(const QSqlDatabase &db, qint64 inspectionId, ReviewDecision decision,
                      const QString &reviewer, const QString &comment)
{
    const int changed = change(
        db,
        QStringLiteral("UPDATE inspections SET review_decision = ?, reviewer = ?,"
                       " review_comment = ?, reviewed_at = ? WHERE id = ?"),
        {decision == ReviewDecision::Confirmed ? QStringLiteral("confirmed")
                                               : QStringLiteral("overruled"),
         reviewer, textOrNull(comment), nowUtc(), inspectionId});
    if (changed != 1)
        throw Error(Tr::tr("Inspection %1 does not exist.").arg(inspectionId), databaseFile(db));
}

qint64 addEvaluation(const QSqlDatabase &db, const EvaluationRecord &e)
{
    return insert(db,
                  QStringLiteral("INSERT INTO evaluations (job_id, model_id, bank_id, dataset_id,"
                                 " metrics_json, curves_json, created_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {idOrNull(e.jobId), idOrNull(e.modelId), idOrNull(e.bankId),
                   idOrNull(e.datasetId), toJsonText(e.metrics), toJsonText(e.curves), nowUtc()});
}

qint64 addReport(const QSqlDatabase &db, const QString &kind, const QString &title,
                 const ArtifactFile &file, qint64 evaluationId, qint64 batchId)
{
    return insert(db,
                  QStringLiteral("INSERT INTO reports (kind, title, report_path, report_sha256,"
                                 " evaluation_id, batch_id, created_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {kind, title, file.storedPath, file.sha256, idOrNull(evaluationId),
                   idOrNull(batchId), nowUtc()});
}

} // namespace nexvitad::store

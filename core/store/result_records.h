#pragma once
// Results: inspection batches and inspections (with the reviewer's decision), evaluations
// (metrics and curves) and reports. Heat maps and report files are artifacts written
// before their rows (artifacts.h). The readers return plain structs and throw
// nexvitad::Error when the id does not exist.

#include "store/artifacts.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace nexvitad::store {

// Review: the score lies between the two thresholds of a review band; a person decides.
enum class Verdict { Pass, Fail, Review };
// What the reviewer says about the verdict.
enum class ReviewDecision { Accept, Reject, Unsure };

QString verdictName(Verdict verdict); // the stored values: "pass", "fail", "review"
bool parseVerdict(const QString &name, Verdict *verdict);
QString reviewDecisionName(ReviewDecision decision); // "accept", "reject", "unsure"
bool parseReviewDecision(const QString &name, ReviewDecision *decision);

// jobId 0: not recorded as a job. `source`: folder, camera, ...
qint64 createInspectionBatch(const QSqlDatabase &db, qint64 bankId, qint64 jobId,
                             const QString &source);

struct InspectionBatchRecord
{
    qint64 id = 0;
    qint64 jobId = 0; // 0: none
    qint64 bankId = 0;
    QString source;
    QString createdAt;
};

InspectionBatchRecord inspectionBatch(const QSqlDatabase &db, qint64 batchId);

struct InspectionRecord
{
    qint64 batchId = 0;
    QString imagePath;   // the user's image (outside the project); not copied
    QString imageSha256; // optional
    double score = 0;
    Verdict verdict = Verdict::Pass;
    ArtifactFile map;    // optional heat map (empty storedPath: none)
    // Optional: the nearest normal patches of the image's most anomalous point, as JSON
    // (infer::Explanation::toJson); empty when not explained.
    QJsonObject explanation;
};

qint64 addInspection(const QSqlDatabase &db, const InspectionRecord &inspection);

// The reviewer accepts, rejects or is unsure about the verdict, with an optional comment.
void reviewInspection(const QSqlDatabase &db, qint64 inspectionId, ReviewDecision decision,
                      const QString &reviewer, const QString &comment);

// An inspection as stored, with its review (if any).
struct StoredInspection : InspectionRecord
{
    qint64 id = 0;
    QString createdAt;
    std::optional<ReviewDecision> decision;
    QString reviewer, reviewComment, reviewedAt;
};

// The inspections of a batch in insertion order (paths only, no pixels).
QList<StoredInspection> inspections(const QSqlDatabase &db, qint64 batchId);

struct EvaluationRecord
{
    qint64 jobId = 0, modelId = 0, bankId = 0, datasetId = 0; // 0: none
    QJsonObject metrics; // eval::EvaluationResult::toJson(false) + "untrained", "class", "seeds"
    QJsonObject curves;  // {"pixel_roc": {"x": [...], "y": [...]}, ..., "image_scores",
                         //  "thresholds"}; see docs/reports.md
};

qint64 addEvaluation(const QSqlDatabase &db, const EvaluationRecord &evaluation);

struct StoredEvaluation : EvaluationRecord
{
    qint64 id = 0;
    QString createdAt;
};

StoredEvaluation evaluation(const QSqlDatabase &db, qint64 evaluationId);

// kind: "evaluation", "inspection", ...; evaluationId/batchId 0 when not tied to one.
qint64 addReport(const QSqlDatabase &db, const QString &kind, const QString &title,
                 const ArtifactFile &file, qint64 evaluationId, qint64 batchId);

} // namespace nexvitad::store

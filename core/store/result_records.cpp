#include "store/result_records.h"

#include "common/error.h"
#include "store/job_records.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <array>
#include <utility>

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

QJsonObject jsonObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

constexpr std::array<std::pair<Verdict, const char *>, 3> kVerdicts = {
    {{Verdict::Pass, "pass"}, {Verdict::Fail, "fail"}, {Verdict::Review, "review"}}};
constexpr std::array<std::pair<ReviewDecision, const char *>, 3> kDecisions = {
    {{ReviewDecision::Accept, "accept"},
     {ReviewDecision::Reject, "reject"},
     {ReviewDecision::Unsure, "unsure"}}};

template<typename Enum, size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &[v, name] : names)
        if (v == value)
            return QString::fromLatin1(name);
    return {};
}

template<typename Enum, size_t N>
bool parseName(const std::array<std::pair<Enum, const char *>, N> &names, const QString &text,
               Enum *value)
{
    for (const auto &[v, name] : names) {
        if (text == QLatin1String(name)) {
            *value = v;
            return true;
        }
    }
    return false;
}
} // namespace

QString verdictName(Verdict verdict)
{
    return nameOf(kVerdicts, verdict);
}

bool parseVerdict(const QString &name, Verdict *verdict)
{
    return parseName(kVerdicts, name, verdict);
}

QString reviewDecisionName(ReviewDecision decision)
{
    return nameOf(kDecisions, decision);
}

bool parseReviewDecision(const QString &name, ReviewDecision *decision)
{
    return parseName(kDecisions, name, decision);
}

qint64 createInspectionBatch(const QSqlDatabase &db, qint64 bankId, qint64 jobId,
                             const QString &source)
{
    return insert(db,
                  QStringLiteral("INSERT INTO inspection_batches (job_id, bank_id, source,"
                                 " created_at) VALUES (?, ?, ?, ?)"),
                  {idOrNull(jobId), bankId, source, nowUtc()});
}

InspectionBatchRecord inspectionBatch(const QSqlDatabase &db, qint64 batchId)
{
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT job_id, bank_id, source, created_at"
                                      " FROM inspection_batches WHERE id = ?"),
                       {batchId});
    if (!q.next())
        throw Error(Tr::tr("Inspection batch %1 does not exist.").arg(batchId),
                    databaseFile(db));
    return {batchId, q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toString()};
}

qint64 addInspection(const QSqlDatabase &db, const InspectionRecord &inspection)
{
    return insert(db,
                  QStringLiteral("INSERT INTO inspections (batch_id, image_path, image_sha256,"
                                 " score, verdict, map_path, map_sha256, created_at,"
                                 " explanation_json)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {inspection.batchId, inspection.imagePath, textOrNull(inspection.imageSha256),
                   inspection.score, verdictName(inspection.verdict),
                   textOrNull(inspection.map.storedPath), textOrNull(inspection.map.sha256),
                   nowUtc(),
                   inspection.explanation.isEmpty()
                       ? QVariant()
                       : QVariant(QString::fromUtf8(
                             QJsonDocument(inspection.explanation).toJson(QJsonDocument::Compact)))});
}

void reviewInspection(const QSqlDatabase &db, qint64 inspectionId, ReviewDecision decision,
                      const QString &reviewer, const QString &comment)
{
    const int changed = change(
        db,
        QStringLiteral("UPDATE inspections SET review_decision = ?, reviewer = ?,"
                       " review_comment = ?, reviewed_at = ? WHERE id = ?"),
        {reviewDecisionName(decision), reviewer, textOrNull(comment), nowUtc(), inspectionId});
    if (changed != 1)
        throw Error(Tr::tr("Inspection %1 does not exist.").arg(inspectionId), databaseFile(db));
}

QList<StoredInspection> inspections(const QSqlDatabase &db, qint64 batchId)
{
    inspectionBatch(db, batchId); // an unknown batch is an error, not an empty list
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT id, image_path, image_sha256, score, verdict,"
                                      " map_path, map_sha256, created_at, review_decision,"
                                      " reviewer, review_comment, reviewed_at, explanation_json"
                                      " FROM inspections WHERE batch_id = ? ORDER BY id"),
                       {batchId});
    QList<StoredInspection> result;
    while (q.next()) {
        StoredInspection row;
        row.batchId = batchId;
        row.id = q.value(0).toLongLong();
        row.imagePath = q.value(1).toString();
        row.imageSha256 = q.value(2).toString();
        row.score = q.value(3).toDouble();
        parseVerdict(q.value(4).toString(), &row.verdict); // the CHECK allows no other value
        row.map.storedPath = q.value(5).toString();
        row.map.sha256 = q.value(6).toString();
        row.createdAt = q.value(7).toString();
        ReviewDecision decision;
        if (parseReviewDecision(q.value(8).toString(), &decision))
            row.decision = decision;
        row.reviewer = q.value(9).toString();
        row.reviewComment = q.value(10).toString();
        row.reviewedAt = q.value(11).toString();
        if (!q.value(12).isNull())
            row.explanation = QJsonDocument::fromJson(q.value(12).toString().toUtf8()).object();
        result.append(row);
    }
    return result;
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

StoredEvaluation evaluation(const QSqlDatabase &db, qint64 evaluationId)
{
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT job_id, model_id, bank_id, dataset_id, metrics_json,"
                                      " curves_json, created_at FROM evaluations WHERE id = ?"),
                       {evaluationId});
    if (!q.next())
        throw Error(Tr::tr("Evaluation %1 does not exist.").arg(evaluationId), databaseFile(db));
    StoredEvaluation e;
    e.id = evaluationId;
    e.jobId = q.value(0).toLongLong(); // NULL reads as 0 = none
    e.modelId = q.value(1).toLongLong();
    e.bankId = q.value(2).toLongLong();
    e.datasetId = q.value(3).toLongLong();
    e.metrics = jsonObject(q.value(4));
    e.curves = jsonObject(q.value(5));
    e.createdAt = q.value(6).toString();
    return e;
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

#include "project/drift_record.h"

#include "store/audit_log.h"
#include "store/sql.h"

#include <algorithm>
#include <limits>

namespace nexvitad::project {

namespace {

QString sourceKey(line::ReferenceSource source)
{
    switch (source) {
    case line::ReferenceSource::Evaluation:
        return QStringLiteral("evaluation");
    case line::ReferenceSource::FirstImages:
        return QStringLiteral("first_images");
    case line::ReferenceSource::Calibrating:
        break;
    }
    return QStringLiteral("calibrating");
}

QString stateKey(line::DriftState state)
{
    switch (state) {
    case line::DriftState::InControl:
        return QStringLiteral("in_control");
    case line::DriftState::Warning:
        return QStringLiteral("warning");
    case line::DriftState::InsufficientData:
        break;
    }
    return QStringLiteral("insufficient_data");
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

// At most `limit` (id, score) pairs of the bank's good inspections with afterId < id <
// beforeId (0: no upper end), the oldest or the newest first.
std::vector<std::pair<qint64, float>> passScores(const QSqlDatabase &db, qint64 bankId,
                                                 qint64 beforeId, qint64 afterId, bool newest,
                                                 int limit)
{
    QSqlQuery q = store::exec(
        db,
        QStringLiteral("SELECT i.id, i.score FROM inspections i JOIN inspection_batches b"
                       " ON i.batch_id = b.id WHERE b.bank_id = ? AND i.verdict = 'pass'"
                       " AND i.id > ? AND (? = 0 OR i.id < ?) ORDER BY i.id %1 LIMIT ?")
            .arg(newest ? QStringLiteral("DESC") : QStringLiteral("ASC")),
        {bankId, afterId, beforeId, beforeId, limit});
    std::vector<std::pair<qint64, float>> rows;
    while (q.next())
        rows.emplace_back(q.value(0).toLongLong(), float(q.value(1).toDouble()));
    return rows;
}

} // namespace

QJsonObject driftDetails(const line::DriftStatus &s, const line::DriftOptions &o, qint64 batchId)
{
    QJsonObject d{{QStringLiteral("batch_id"), batchId ? QJsonValue(batchId) : QJsonValue()},
                  {QStringLiteral("state"), stateKey(s.state)},
                  {QStringLiteral("rolling_median"), optionalNumber(s.rollingMedian)},
                  {QStringLiteral("rolling_upper"), optionalNumber(s.rollingUpper)},
                  {QStringLiteral("window_count"), s.windowCount},
                  {QStringLiteral("reference_median"), s.reference.median},
                  {QStringLiteral("reference_upper"), s.reference.upper},
                  {QStringLiteral("reference_spread"), s.reference.spread},
                  {QStringLiteral("reference_source"), sourceKey(s.reference.source)},
                  {QStringLiteral("reference_images"), double(s.reference.images)},
                  {QStringLiteral("median_shift"), s.medianShift},
                  {QStringLiteral("upper_shift"), s.upperShift},
                  {QStringLiteral("shift"), s.shift},
                  {QStringLiteral("bound"), o.bound},
                  {QStringLiteral("clear_below"), o.clearBelow},
                  {QStringLiteral("window"), o.window},
                  {QStringLiteral("minimum"), o.minimum},
                  {QStringLiteral("quantile"), o.quantile}};
    if (!s.reference.evaluatedAt.isEmpty())
        d.insert(QStringLiteral("reference_evaluated_at"), s.reference.evaluatedAt);
    return d;
}

qint64 recordDriftTransition(const QSqlDatabase &db, const QString &actor, qint64 bankId,
                             qint64 batchId, line::DriftTransition transition,
                             const line::DriftStatus &status, const line::DriftOptions &options)
{
    const QString action = line::driftTransitionAction(transition);
    if (action.isEmpty())
        return 0;
    return store::appendAudit(db, actor, action, QStringLiteral("memory_bank"), bankId,
                              driftDetails(status, options, batchId));
}

bool driftWarningOpen(const QSqlDatabase &db, qint64 bankId)
{
    const QVariant last = store::scalar(
        db,
        QStringLiteral("SELECT action FROM audit_log WHERE entity = 'memory_bank' AND entity_id = ?"
                       " AND action IN ('drift.warning', 'drift.cleared') ORDER BY id DESC"
                       " LIMIT 1"),
        {bankId});
    return last.toString() == QLatin1String("drift.warning");
}

std::vector<float> passScoresForDrift(const QSqlDatabase &db, qint64 bankId,
                                      const line::DriftOptions &options, qint64 beforeBatchId)
{
    qint64 beforeId = 0;
    if (beforeBatchId > 0) {
        // The batch's first inspection; a batch without any: everything recorded so far.
        const QVariant first =
            store::scalar(db, QStringLiteral("SELECT min(id) FROM inspections WHERE batch_id = ?"),
                          {beforeBatchId});
        beforeId = first.isNull() ? std::numeric_limits<qint64>::max() : first.toLongLong();
    }
    const auto oldest = passScores(db, bankId, beforeId, 0, false, options.calibration);
    const qint64 afterOldest = oldest.empty() ? 0 : oldest.back().first;
    auto newest = passScores(db, bankId, beforeId, afterOldest, true, options.window);
    std::reverse(newest.begin(), newest.end());
    std::vector<float> scores;
    scores.reserve(oldest.size() + newest.size());
    for (const auto &rows : {oldest, newest})
        for (const auto &[id, score] : rows)
            scores.push_back(score);
    return scores;
}

} // namespace nexvitad::project

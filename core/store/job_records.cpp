#include "store/job_records.h"

#include "common/error.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSysInfo>

#include <array>
#include <unistd.h>

namespace nexvitad::store {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::store)
};

constexpr std::array<const char *, 5> kStatusNames = {"pending", "running", "completed",
                                                      "failed", "canceled"};
} // namespace

QString jobStatusName(JobStatus status)
{
    return QString::fromLatin1(kStatusNames[size_t(status)]);
}

bool parseJobStatus(const QString &name, JobStatus *status)
{
    for (size_t i = 0; i < kStatusNames.size(); ++i) {
        if (name == QLatin1String(kStatusNames[i])) {
            *status = JobStatus(i);
            return true;
        }
    }
    return false;
}

bool isTerminal(JobStatus status)
{
    return status == JobStatus::Completed || status == JobStatus::Failed
           || status == JobStatus::Canceled;
}

bool canTransition(JobStatus from, JobStatus to)
{
    switch (from) {
    case JobStatus::Pending:
        return to == JobStatus::Running || to == JobStatus::Failed || to == JobStatus::Canceled;
    case JobStatus::Running:
        return to == JobStatus::Completed || to == JobStatus::Failed || to == JobStatus::Canceled;
    case JobStatus::Completed:
    case JobStatus::Failed:
    case JobStatus::Canceled:
        return false;
    }
    return false;
}

QString toJsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

qint64 createJob(const QSqlDatabase &db, const QString &kind, const QString &command)
{
    return insert(db,
                  QStringLiteral("INSERT INTO jobs (kind, command, status, created_at)"
                                 " VALUES (?, ?, 'pending', ?)"),
                  {kind, command, nowUtc()});
}

JobRecord job(const QSqlDatabase &db, qint64 jobId)
{
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT kind, command, status, status_reason, progress,"
                                      " created_at, started_at, finished_at FROM jobs WHERE id = ?"),
                       {jobId});
    if (!q.next())
        throw Error(Tr::tr("Job %1 does not exist.").arg(jobId), databaseFile(db));
    JobRecord record;
    record.id = jobId;
    record.kind = q.value(0).toString();
    record.command = q.value(1).toString();
    if (!parseJobStatus(q.value(2).toString(), &record.status))
        throw Error(Tr::tr("Job %1 has an unknown status.").arg(jobId), databaseFile(db));
    record.reason = q.value(3).toString();
    record.progress = q.value(4).toDouble();
    record.createdAt = q.value(5).toString();
    record.startedAt = q.value(6).toString();
    record.finishedAt = q.value(7).toString();
    return record;
}

void transitionJob(const QSqlDatabase &db, qint64 jobId, JobStatus to, const QString &reason)
{
    const JobStatus from = job(db, jobId).status;
    if (!canTransition(from, to))
        throw Error(Tr::tr("Job %1 cannot change from %2 to %3.")
                        .arg(jobId)
                        .arg(jobStatusName(from), jobStatusName(to)),
                    databaseFile(db));
    const QString now = nowUtc();
    const bool starting = to == JobStatus::Running;
    // `WHERE status = from` makes the check and the change one atomic step.
    const int changed = change(
        db,
        QStringLiteral("UPDATE jobs SET status = ?, status_reason = ?,"
                       " started_at = CASE WHEN ? THEN ? ELSE started_at END,"
                       " finished_at = CASE WHEN ? THEN ? ELSE finished_at END,"
                       " progress = CASE WHEN ? THEN 1 ELSE progress END,"
                       " owner_pid = CASE WHEN ? THEN ? ELSE owner_pid END,"
                       " owner_host = CASE WHEN ? THEN ? ELSE owner_host END"
                       " WHERE id = ? AND status = ?"),
        {jobStatusName(to), reason.isEmpty() ? QVariant() : QVariant(reason), starting, now,
         isTerminal(to), now, to == JobStatus::Completed, starting, qint64(::getpid()), starting,
         QSysInfo::machineHostName(), jobId, jobStatusName(from)});
    if (changed != 1)
        throw Error(Tr::tr("Job %1 was changed by another program meanwhile.").arg(jobId),
                    databaseFile(db));
}

void setJobProgress(const QSqlDatabase &db, qint64 jobId, double progress)
{
    const int changed = change(db,
                               QStringLiteral("UPDATE jobs SET progress = ? WHERE id = ?"
                                              " AND status = 'running'"),
                               {qBound(0.0, progress, 1.0), jobId});
    if (changed != 1)
        throw Error(Tr::tr("Job %1 is not running.").arg(jobId), databaseFile(db));
}

qint64 createTrainingRun(const QSqlDatabase &db, qint64 jobId, qint64 datasetId,
                         const QJsonObject &config, int epochsPlanned)
{
    return insert(db,
                  QStringLiteral("INSERT INTO training_runs (job_id, dataset_id, config_json,"
                                 " epochs_planned) VALUES (?, ?, ?, ?)"),
                  {jobId, idOrNull(datasetId), toJsonText(config), epochsPlanned});
}

void recordEpoch(const QSqlDatabase &db, qint64 runId, int epoch, const QJsonObject &metrics,
                 double seconds)
{
    exec(db,
         QStringLiteral("INSERT INTO epoch_metrics (run_id, epoch, metrics_json, seconds,"
                        " recorded_at) VALUES (?, ?, ?, ?, ?)"),
         {runId, epoch, toJsonText(metrics), seconds, nowUtc()});
}

} // namespace nexvitad::store

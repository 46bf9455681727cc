#pragma once
// Jobs: every operation recorded in a project (training, bank building, inspection,
// evaluation, report, CLI commands run with --project) is a row in `jobs` with a lifecycle:
//
//   pending -> running -> completed
//      |          |----> failed     (with a reason; "interrupted" after a crash)
//      |          '----> canceled
//      '--> failed | canceled
//
// Terminal states never change again. The transitions are enforced here, in code, with a
// conditional UPDATE so two processes cannot both move the same job. A training run is a
// job plus its config and per-epoch metrics; its status is the job's status.

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace nexvitad::store {

enum class JobStatus { Pending, Running, Completed, Failed, Canceled };

QString jobStatusName(JobStatus status); // "pending", ... (the stored values)
bool parseJobStatus(const QString &name, JobStatus *status);
bool canTransition(JobStatus from, JobStatus to);
bool isTerminal(JobStatus status);

struct JobRecord
{
    qint64 id = 0;
    QString kind;
    QString command;
    JobStatus status = JobStatus::Pending;
    QString reason;
    double progress = 0;
    QString createdAt, startedAt, finishedAt;
};

// A new pending job. `kind`: "train", "bank", "inspect", "evaluate", "report", "cli", ...
qint64 createJob(const QSqlDatabase &db, const QString &kind, const QString &command);

// Moves a job to `to`. Throws nexvitad::Error when the transition is not allowed or the
// job changed meanwhile. Entering `running` makes this process the job's owner (so another
// process can tell an orphaned job from a live one).
void transitionJob(const QSqlDatabase &db, qint64 jobId, JobStatus to, const QString &reason = {});

// 0..1, only while running (throws otherwise).
void setJobProgress(const QSqlDatabase &db, qint64 jobId, double progress);

JobRecord job(const QSqlDatabase &db, qint64 jobId);

// A training run for `jobId`; datasetId 0 means "none recorded".
qint64 createTrainingRun(const QSqlDatabase &db, qint64 jobId, qint64 datasetId,
                         const QJsonObject &config, int epochsPlanned);
void recordEpoch(const QSqlDatabase &db, qint64 runId, int epoch, const QJsonObject &metrics,
                 double seconds);

// JSON columns are compact UTF-8 text.
QString toJsonText(const QJsonObject &object);

} // namespace nexvitad::store

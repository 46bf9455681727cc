#include "store/recorded_job.h"

#include <QLoggingCategory>

namespace nexvitad::store {

qint64 startRecordedJob(const QSqlDatabase &db, const QString &kind, const QString &command)
{
    const qint64 jobId = createJob(db, kind, command);
    try {
        transitionJob(db, jobId, JobStatus::Running);
    } catch (const Error &e) {
        // A job created but never started would stay pending for ever.
        finishRecordedJob(db, jobId, JobStatus::Failed, e.userText());
        throw;
    }
    return jobId;
}

void finishRecordedJob(const QSqlDatabase &db, qint64 jobId, JobStatus status,
                       const QString &reason) noexcept
{
    try {
        transitionJob(db, jobId, status, reason);
    } catch (const std::exception &e) {
        // Left running, the job is marked "interrupted" when the project is next opened.
        qWarning("Could not record the end of job %lld: %s", static_cast<long long>(jobId),
                 e.what());
    }
}

} // namespace nexvitad::store

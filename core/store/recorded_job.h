#pragma once
// Runs a piece of work as a job row of a project (job_records.h): pending -> running before
// it starts, then completed when it returns, canceled when it stops on request
// (nexvitad::Canceled), failed with the error's text otherwise; the exception is rethrown.
// The GUI's long operations (memory banks, batch inspections, training) use this so that the
// project's history holds them as it holds the CLI's --project commands (which start their
// jobs with startRecordedJob and end them from the exit code).

#include "common/error.h"
#include "store/job_records.h"

#include <QSqlDatabase>
#include <QString>

#include <exception>
#include <type_traits>
#include <utility>

namespace nexvitad::store {

// Ends a running job; never throws (the work's own outcome matters more than its record).
void finishRecordedJob(const QSqlDatabase &db, qint64 jobId, JobStatus status,
                       const QString &reason) noexcept;

// Creates the job and marks it running; returns its id.
qint64 startRecordedJob(const QSqlDatabase &db, const QString &kind, const QString &command);

// `work(jobId)` runs between the job's start and its end; its result (or none) is returned.
template <typename Work>
auto runRecordedJob(const QSqlDatabase &db, const QString &kind, const QString &command,
                    Work &&work)
{
    const qint64 jobId = startRecordedJob(db, kind, command);
    try {
        if constexpr (std::is_void_v<std::invoke_result_t<Work, qint64>>) {
            std::forward<Work>(work)(jobId);
            finishRecordedJob(db, jobId, JobStatus::Completed, QString());
        } else {
            auto result = std::forward<Work>(work)(jobId);
            finishRecordedJob(db, jobId, JobStatus::Completed, QString());
            return result;
        }
    } catch (const Canceled &) {
        finishRecordedJob(db, jobId, JobStatus::Canceled, QString());
        throw;
    } catch (const Error &e) {
        finishRecordedJob(db, jobId, JobStatus::Failed, e.userText());
        throw;
    } catch (const std::exception &e) {
        finishRecordedJob(db, jobId, JobStatus::Failed, QString::fromLocal8Bit(e.what()));
        throw;
    }
}

} // namespace nexvitad::store

#include "store/project_summary.h"

#include "store/job_records.h"
#include "store/schema.h"
#include "store/sql.h"

namespace nexvitad::store {

ProjectSummary summarizeProject(const QSqlDatabase &db)
{
    ProjectSummary summary;
    summary.schemaVersion = schemaVersion(db);
    // Fixed table names (code constants, not input), so they can be part of the SQL text.
    static const char *const kTables[] = {"datasets", "training_runs", "models", "memory_banks",
                                          "inspection_batches", "inspections", "evaluations",
                                          "reports", "audit_log"};
    for (const char *table : kTables)
        summary.rows.insert(QLatin1String(table),
                            scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt());
    for (const JobStatus status : {JobStatus::Pending, JobStatus::Running, JobStatus::Completed,
                                   JobStatus::Failed, JobStatus::Canceled})
        summary.jobsByStatus.insert(jobStatusName(status), 0);
    QSqlQuery q = exec(db, QStringLiteral("SELECT status, count(*) FROM jobs GROUP BY status"));
    while (q.next())
        summary.jobsByStatus[q.value(0).toString()] = q.value(1).toInt();
    return summary;
}

} // namespace nexvitad::store

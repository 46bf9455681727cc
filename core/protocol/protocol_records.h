#pragma once
// The protocol as a plan in the project store (schema v7, docs/cluster.md): the plan (the
// protocol's command line, its working folder, output folder and dataset hash) and one
// task per split x run with its status and, once done, its result (runOutcomeJson). Tasks
// on several nodes write their own rows concurrently through SQLite's WAL (the project must
// be on a file system with working POSIX locks: cluster/file_system_check.h).

#include "protocol/protocol_runner.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace nexvitad::protocol {

struct PlanRecord
{
    qint64 id = 0;
    QString engine;        // "slurm"
    QStringList arguments; // the protocol command's arguments (without the program names)
    QString workingDir;    // where relative paths in `arguments` are resolved
    QString outDir;
    QString manifestHash;
};

struct TaskRecord
{
    int task = 0;
    QString split;
    int run = 0;
    QString status; // planned, submitted, running, done, failed
    int attempts = 0;
    QString slurmJob; // array job id of the latest submission
    QString host, error;
    QString resultJson; // runOutcomeJson + "untrained_backbone", once done
};

// Creates the plan and its tasks (status planned) in one transaction.
qint64 createPlan(const QSqlDatabase &db, const PlanRecord &plan,
                  const std::vector<PlannedRun> &runs);
// Removes plan `planId` and its tasks in one transaction (a plan none of whose tasks was
// submitted).
void deletePlan(const QSqlDatabase &db, qint64 planId);
// The plan `id`, or the latest one when id is 0. Throws nexvitad::Error when there is none.
PlanRecord loadPlan(const QSqlDatabase &db, qint64 id = 0);
std::vector<TaskRecord> loadTasks(const QSqlDatabase &db, qint64 planId);

// `tasks` submitted as array job `slurmJob`.
void markSubmitted(const QSqlDatabase &db, qint64 planId, const std::vector<int> &tasks,
                   const QString &slurmJob);
// A task starts on `host` (attempts + 1). Returns false when it is already done.
bool markRunning(const QSqlDatabase &db, qint64 planId, int task, const QString &host);
// Stores the result, once: returns false (and changes nothing) when the task is done already.
bool recordResult(const QSqlDatabase &db, qint64 planId, int task, const QString &resultJson);
// The task failed with `error` (left as is when it is done).
void markFailed(const QSqlDatabase &db, qint64 planId, int task, const QString &error);

} // namespace nexvitad::protocol

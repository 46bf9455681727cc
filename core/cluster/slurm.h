#pragma once
// Slurm through its own commands (sbatch, sinfo, squeue), the engine a site already runs:
// the protocol's tasks go out as one job array (`sbatch --array`), each array task running
// one protocol task on the shared project folder (docs/cluster.md). Every command runs with
// a time limit, so an unreachable controller is an error, never a hang. The commands find
// their cluster as usual (slurm.conf, SLURM_CONF).

#include <QString>
#include <QStringList>
#include <map>
#include <utility>
#include <vector>

namespace nexvitad::cluster {

struct SlurmOptions
{
    QString partition;   // empty: the cluster's default partition
    QString timeLimit;   // sbatch --time (e.g. "2:00:00"); empty: the partition's default
    int cpusPerTask = 1; // sbatch --cpus-per-task
    QString memory;      // sbatch --mem (e.g. "8G"); empty: the partition's default
    QStringList extraArguments; // passed to sbatch as they are (e.g. --account=x, --qos=y)
};

// Before anything is submitted: the commands are installed, the controller answers and the
// partition exists. Throws nexvitad::Error saying which and why.
void checkSlurm(const SlurmOptions &options);

// Submits `command` (program and arguments; the array task's index is appended as
// `--task N`) as one array job over `tasks`, named `jobName`, its output in
// `logFolder`/task-<job>_<index>.log. Returns the array job id.
QString submitArray(const SlurmOptions &options, const std::vector<int> &tasks,
                    const QString &jobName, const QStringList &command, const QString &logFolder);

// The log file of array task `task` of `arrayJob` in `logFolder` (as submitArray names it).
QString arrayTaskLog(const QString &logFolder, const QString &arrayJob, int task);

// This user's queued array tasks of the given array jobs (pending, running, completing...):
// (array job id, task index) -> Slurm's state name (PENDING, RUNNING, ...).
std::map<std::pair<QString, int>, QString> queuedArrayTasks(const QStringList &arrayJobs);

// What Slurm's accounting (sacct) says of the given array jobs' tasks: (array job id, task
// index) -> state ("CANCELLED by 0", "TIMEOUT", "PREEMPTED", "NODE_FAIL", ...). Empty where
// the cluster keeps no accounting (no slurmdbd) or sacct fails: it only adds detail.
std::map<std::pair<QString, int>, QString> accountedArrayTasks(const QStringList &arrayJobs);

// Cancels one array task (scancel JOB_TASK).
void cancelArrayTask(const QString &arrayJob, int task);

} // namespace nexvitad::cluster

#pragma once
// What each task of a protocol plan is doing, from the project (done, failed, never
// submitted) and from Slurm's queue (pending, running): one answer for `protocol status`,
// `resume` and the GUI's protocol dialog (docs/cluster.md).

#include "protocol/protocol_records.h"

#include <QSqlDatabase>
#include <QString>
#include <vector>

namespace nexvitad::protocol {

struct TaskState
{
    TaskRecord record;
    // done, pending / running (queued in Slurm), failed, planned (never submitted), or lost
    // (submitted or started, no longer queued, no result: canceled, time limit, preemption,
    // node failure).
    QString state;
    QString verdict; // for a lost task: Slurm's own line from its log ("JOB 12 ... CANCELLED")
};

struct PlanStates
{
    std::vector<TaskState> tasks;
    // Set when Slurm's queue could not be read: the states then come from the project alone
    // (a submitted task shows as lost).
    QString queueError;
};

// The folder of a plan's Slurm logs: OUT/slurm-logs.
QString planLogFolder(const PlanRecord &plan);

// Asks squeue only when a task is submitted or running in the project.
PlanStates planStates(const QSqlDatabase &db, const PlanRecord &plan);

// The tasks `resume` submits again: failed, lost and never submitted ones.
std::vector<int> tasksToResume(const PlanStates &states);

} // namespace nexvitad::protocol

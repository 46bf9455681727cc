#include "protocol/protocol_task_states.h"

#include "cluster/slurm.h"
#include "common/error.h"

#include <QDir>
#include <QFile>
#include <set>

namespace nexvitad::protocol {

namespace {

QString slurmVerdict(const PlanRecord &plan, const TaskRecord &task)
{
    QFile log(cluster::arrayTaskLog(planLogFolder(plan), task.slurmJob, task.task));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    QString verdict;
    for (const QString &line : QString::fromUtf8(log.readAll()).split(QLatin1Char('\n')))
        if (line.contains(QLatin1String("***")))
            verdict = line.section(QStringLiteral("***"), 1, 1).trimmed();
    return verdict;
}

bool inSlurm(const TaskRecord &task)
{
    return task.status == QLatin1String("submitted") || task.status == QLatin1String("running");
}

} // namespace

QString planLogFolder(const PlanRecord &plan)
{
    return QDir(plan.outDir).filePath(QStringLiteral("slurm-logs"));
}

PlanStates planStates(const QSqlDatabase &db, const PlanRecord &plan)
{
    PlanStates states;
    const std::vector<TaskRecord> tasks = loadTasks(db, plan.id);
    std::set<QString> jobs;
    for (const TaskRecord &t : tasks)
        if (inSlurm(t) && !t.slurmJob.isEmpty())
            jobs.insert(t.slurmJob);
    std::map<std::pair<QString, int>, QString> queued;
    if (!jobs.empty()) {
        try {
            queued = cluster::queuedArrayTasks(QStringList(jobs.begin(), jobs.end()));
        } catch (const Error &e) {
            states.queueError = e.userText();
        }
    }
    for (const TaskRecord &t : tasks) {
        TaskState s{t, t.status, {}};
        if (inSlurm(t)) {
            if (const auto it = queued.find({t.slurmJob, t.task}); it != queued.end())
                s.state = it->second == QLatin1String("PENDING") ? QStringLiteral("pending")
                                                                 : QStringLiteral("running");
            else {
                s.state = QStringLiteral("lost");
                s.verdict = slurmVerdict(plan, t);
            }
        }
        states.tasks.push_back(s);
    }
    // Where a lost task's log says nothing (a node that failed writes no log), ask Slurm's
    // accounting, once for all of them.
    std::set<QString> silent;
    for (const TaskState &s : states.tasks)
        if (s.state == QLatin1String("lost") && s.verdict.isEmpty())
            silent.insert(s.record.slurmJob);
    if (!silent.empty()) {
        const auto accounted =
            cluster::accountedArrayTasks(QStringList(silent.begin(), silent.end()));
        for (TaskState &s : states.tasks)
            if (s.state == QLatin1String("lost") && s.verdict.isEmpty())
                if (const auto it = accounted.find({s.record.slurmJob, s.record.task});
                    it != accounted.end())
                    s.verdict = QStringLiteral("sacct: ") + it->second;
    }
    return states;
}

std::vector<int> tasksToResume(const PlanStates &states)
{
    std::vector<int> tasks;
    for (const TaskState &t : states.tasks)
        if (t.state == QLatin1String("failed") || t.state == QLatin1String("lost") ||
            t.state == QLatin1String("planned"))
            tasks.push_back(t.record.task);
    return tasks;
}

} // namespace nexvitad::protocol

// nexvitad-cli protocol --engine slurm, and protocol status | resume | collect: the protocol
// as a plan in the project (one task per split x run), submitted as one Slurm job array whose
// tasks run `protocol-task` on the shared project folder (docs/cluster.md). `collect` makes
// the summary with the local engine's own code, so its files equal the local engine's.

#include "cli_command.h"
#include "cli_output.h"
#include "cluster/file_system_check.h"
#include "cluster/slurm.h"
#include "cmd_protocol_options.h"
#include "common/error.h"
#include "protocol/protocol_files.h"
#include "protocol/protocol_records.h"
#include "protocol/protocol_task_states.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
struct ProtocolCli
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolCli)
};

using namespace nexvitad;

// Submits `tasks` of the plan as one array job and marks them submitted.
QString submitTasks(const store::Project &project, const protocol::PlanRecord &plan,
                    const cluster::SlurmOptions &slurm, const std::vector<int> &tasks)
{
    const QStringList command{QCoreApplication::applicationFilePath(),
                              QStringLiteral("protocol-task"),
                              QStringLiteral("--project"),
                              project.folder(),
                              QStringLiteral("--plan"),
                              QString::number(plan.id)};
    const QString job = cluster::submitArray(
        slurm, tasks, QStringLiteral("nexvitad-protocol-%1").arg(plan.id), command, protocol::planLogFolder(plan));
    protocol::markSubmitted(project.database(), plan.id, tasks, job);
    return job;
}

// The plan's Slurm options, from its own command line (resume submits like the first time).
cluster::SlurmOptions slurmOptionsOfPlan(const protocol::PlanRecord &plan)
{
    QCommandLineParser parser;
    const ProtocolCommandOptions command;
    command.addTo(parser);
    parser.parse(QStringList{QStringLiteral("nexvitad-cli protocol")} + plan.arguments);
    return command.slurmOptions(parser);
}

int status(const store::Project &project, const protocol::PlanRecord &plan)
{
    const protocol::PlanStates states = protocol::planStates(project.database(), plan);
    if (!states.queueError.isEmpty())
        err() << ProtocolCli::tr("warning: Slurm's queue could not be read (%1); the states "
                                 "come from the project alone")
                     .arg(states.queueError)
              << Qt::endl;
    std::map<QString, int> counts;
    for (const protocol::TaskState &s : states.tasks) {
        const protocol::TaskRecord &t = s.record;
        ++counts[s.state];
        QString line = ProtocolCli::tr("task %1: split %2 run %3: %4")
                           .arg(t.task)
                           .arg(t.split)
                           .arg(t.run)
                           .arg(s.state);
        if (!t.slurmJob.isEmpty())
            line += ProtocolCli::tr(" (Slurm %1_%2, %n attempt(s)%3)", nullptr, t.attempts)
                        .arg(t.slurmJob)
                        .arg(t.task)
                        .arg(t.host.isEmpty() ? QString() : QStringLiteral(", ") + t.host);
        if (s.state == QLatin1String("failed"))
            line += QStringLiteral(": ") + t.error;
        if (!s.verdict.isEmpty())
            line += QStringLiteral(": ") + s.verdict;
        out() << line << Qt::endl;
    }
    QStringList summary;
    for (const char *state : {"done", "running", "pending", "failed", "lost", "planned"})
        summary << QStringLiteral("%1 %2").arg(counts[QString::fromLatin1(state)]).arg(
                       QString::fromLatin1(state));
    out() << ProtocolCli::tr("Plan %1: %2 tasks: %3")
                 .arg(plan.id)
                 .arg(states.tasks.size())
                 .arg(summary.join(QStringLiteral(", ")))
          << Qt::endl;
    return cli_exit::ok;
}

int resume(const store::Project &project, const protocol::PlanRecord &plan)
{
    const protocol::PlanStates states = protocol::planStates(project.database(), plan);
    if (!states.queueError.isEmpty())
        throw Error(ProtocolCli::tr("Slurm's queue cannot be read, so it is unknown which tasks "
                                    "still run: nothing was resubmitted (%1)")
                        .arg(states.queueError));
    const std::vector<int> again = protocol::tasksToResume(states);
    if (again.empty()) {
        out() << ProtocolCli::tr("Plan %1: nothing to resume (every task is done or queued).")
                     .arg(plan.id)
              << Qt::endl;
        return cli_exit::ok;
    }
    const cluster::SlurmOptions slurm = slurmOptionsOfPlan(plan);
    cluster::checkSlurm(slurm);
    const QString job = submitTasks(project, plan, slurm, again);
    out() << ProtocolCli::tr("Plan %1: resubmitted %n task(s) as Slurm array job %2.", nullptr,
                             int(again.size()))
                 .arg(plan.id)
                 .arg(job)
          << Qt::endl;
    return cli_exit::ok;
}

int collect(const store::Project &project, const protocol::PlanRecord &plan)
{
    const std::vector<protocol::TaskRecord> tasks = protocol::loadTasks(project.database(), plan.id);
    QStringList missing;
    std::vector<protocol::RunOutcome> runs;
    bool untrainedBackbone = false;
    for (const protocol::TaskRecord &t : tasks) {
        if (t.status != QLatin1String("done")) {
            missing << QString::number(t.task);
            continue;
        }
        const QJsonObject result = QJsonDocument::fromJson(t.resultJson.toUtf8()).object();
        runs.push_back(protocol::runOutcomeFromJson(result.value(QStringLiteral("run")).toObject()));
        untrainedBackbone =
            untrainedBackbone || result.value(QStringLiteral("untrained_backbone")).toBool();
    }
    if (!missing.isEmpty())
        throw Error(ProtocolCli::tr("plan %1: task(s) %2 have no result yet; see protocol status, "
                                    "and protocol resume for the failed or lost ones")
                        .arg(plan.id)
                        .arg(missing.join(QStringLiteral(", "))),
                    project.folder());
    const protocol::ProtocolOptions options = optionsOfPlan(plan);
    const protocol::ProtocolResult result =
        protocol::summarizeProtocol(options, std::move(runs), untrainedBackbone);
    out() << protocol::protocolMarkdown(options, result) << "\n";
    out() << ProtocolCli::tr("Written: %1, %2, %3")
                 .arg(result.jsonPath, result.csvPath, result.markdownPath)
          << Qt::endl;
    return cli_exit::ok;
}

} // namespace

int submitProtocolToSlurm(const ProtocolCommandOptions &command, const QCommandLineParser &parser,
                          const QStringList &args)
{
    if (!parser.isSet(QStringLiteral("project"))) {
        err() << ProtocolCli::tr("protocol --engine slurm needs --project DIR: the plan and the "
                                 "tasks' results live in the project")
              << Qt::endl;
        return cli_exit::usage;
    }
    return guarded([&] {
        const cluster::SlurmOptions slurm = command.slurmOptions(parser);
        protocol::ProtocolOptions options = command.options(parser);
        const QString projectFolder = QDir(parser.value(QStringLiteral("project"))).absolutePath();
        cluster::requireLocalFileSystem(projectFolder);
        cluster::checkSlurm(slurm);
        options.manifest = scanProtocolDataset(command.dataFolder(parser));
        const std::vector<protocol::PlannedRun> runs = protocol::planRuns(options);
        cluster::requireLocalFileSystem(options.outDir);
        const store::Project project = store::Project::open(projectFolder, store::OpenMode::ReadWrite);
        protocol::PlanRecord plan;
        plan.engine = QStringLiteral("slurm");
        plan.arguments = args.mid(1);
        plan.workingDir = QDir::currentPath();
        plan.outDir = options.outDir;
        plan.manifestHash = options.manifest.hash();
        plan.id = protocol::createPlan(project.database(), plan, runs);
        std::vector<int> tasks;
        for (int i = 0; i < int(runs.size()); ++i)
            tasks.push_back(i);
        QString job;
        try {
            job = submitTasks(project, plan, slurm, tasks);
        } catch (const Error &) {
            // Nothing was submitted: leave no plan behind either.
            protocol::deletePlan(project.database(), plan.id);
            throw;
        }
        out() << ProtocolCli::tr("Plan %1: %n task(s) submitted as Slurm array job %2 (logs in "
                                 "%3).",
                                 nullptr, int(tasks.size()))
                     .arg(plan.id)
                     .arg(job, protocol::planLogFolder(plan))
              << Qt::endl;
        out() << ProtocolCli::tr("Follow with: nexvitad-cli protocol status --project %1; when "
                                 "every task is done: nexvitad-cli protocol collect --project %1")
                     .arg(projectFolder)
              << Qt::endl;
        return cli_exit::ok;
    });
}

int runProtocolCluster(const QString &action, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        action == QLatin1String("status")
            ? ProtocolCli::tr("Each task of a protocol plan: done, running, pending, failed (with "
                              "its error) or lost (ended in Slurm without a result), from the "
                              "project and squeue.")
        : action == QLatin1String("resume")
            ? ProtocolCli::tr("Submits again, as one Slurm job array, only the plan's tasks that "
                              "failed or were lost.")
            : ProtocolCli::tr("Writes the plan's protocol.json, protocol.csv and protocol.md "
                              "from the tasks' results, as the local engine would."));
    const QCommandLineOption projectOption(QStringLiteral("project"),
                                           ProtocolCli::tr("Project folder."),
                                           QStringLiteral("dir"));
    const QCommandLineOption planOption(QStringLiteral("plan"),
                                        ProtocolCli::tr("Plan id (default: the latest)."),
                                        QStringLiteral("id"), QStringLiteral("0"));
    parser.addOptions({projectOption, planOption});
    if (const int code = parseOrExit(parser, args); code >= 0)
        return code;
    if (const int code = requireOptions(parser, {projectOption}, QStringLiteral("protocol ") + action);
        code >= 0)
        return code;
    return guarded([&] {
        const store::Project project = store::Project::open(
            parser.value(projectOption), action == QLatin1String("resume")
                                             ? store::OpenMode::ReadWrite
                                             : store::OpenMode::Auto);
        const protocol::PlanRecord plan =
            protocol::loadPlan(project.database(), parser.value(planOption).toLongLong());
        if (action == QLatin1String("status"))
            return status(project, plan);
        if (action == QLatin1String("resume"))
            return resume(project, plan);
        return collect(project, plan);
    });
}

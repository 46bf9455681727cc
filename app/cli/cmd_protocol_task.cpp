// nexvitad-cli protocol-task: one task of a protocol plan (one split x run), as a Slurm array
// task runs it (docs/cluster.md). The result is stored in the project once, in one guarded
// statement: a task killed before that leaves no result (and `resume` runs it again); a
// task already done is not run again, and a copy finishing late is not counted twice.

#include "cli_command.h"
#include "cli_output.h"
#include "cmd_protocol_options.h"
#include "common/error.h"
#include "protocol/protocol_files.h"
#include "protocol/protocol_records.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSysInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
struct ProtocolCli
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolCli)
};
} // namespace

using namespace nexvitad;

int runProtocolTask(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ProtocolCli::tr(
        "Runs one task (split x run) of a protocol plan stored in the project and records its "
        "result there. Submitted by protocol --engine slurm as a Slurm array task."));
    const QCommandLineOption projectOption(QStringLiteral("project"),
                                           ProtocolCli::tr("Project folder."),
                                           QStringLiteral("dir"));
    const QCommandLineOption planOption(QStringLiteral("plan"), ProtocolCli::tr("Plan id."),
                                        QStringLiteral("id"));
    const QCommandLineOption taskOption(QStringLiteral("task"), ProtocolCli::tr("Task index."),
                                        QStringLiteral("n"));
    parser.addOptions({projectOption, planOption, taskOption});
    if (const int code = parseOrExit(parser, args); code >= 0)
        return code;
    if (const int code = requireOptions(parser, {projectOption, planOption, taskOption},
                                        QStringLiteral("protocol-task"));
        code >= 0)
        return code;
    return guarded([&] {
        const QString host = QSysInfo::machineHostName();
        const QString folder = QDir(parser.value(projectOption)).absolutePath();
        if (!QFileInfo::exists(folder))
            throw Error(ProtocolCli::tr("the project folder is not visible on %1: every node must "
                                        "see the project at the same path")
                            .arg(host),
                        folder);
        const store::Project project = store::Project::open(folder, store::OpenMode::ReadWrite);
        const protocol::PlanRecord plan =
            protocol::loadPlan(project.database(), parser.value(planOption).toLongLong());
        const int index = parser.value(taskOption).toInt();
        const std::vector<protocol::TaskRecord> tasks =
            protocol::loadTasks(project.database(), plan.id);
        if (index < 0 || index >= int(tasks.size()))
            throw Error(ProtocolCli::tr("plan %1 has no task %2").arg(plan.id).arg(index), folder);
        const protocol::TaskRecord &task = tasks[size_t(index)];
        if (!protocol::markRunning(project.database(), plan.id, index, host)) {
            out() << ProtocolCli::tr("Plan %1 task %2 is done already: not run again.")
                         .arg(plan.id)
                         .arg(index)
                  << Qt::endl;
            return cli_exit::ok;
        }
        try {
            const protocol::ProtocolOptions options = optionsOfPlan(plan);
            bool untrainedBackbone = false;
            const protocol::RunOutcome outcome = protocol::runOne(
                options, {task.split, task.run}, Progress::none(), &untrainedBackbone);
            const QJsonObject result{{QStringLiteral("run"), protocol::runOutcomeJson(outcome)},
                                     {QStringLiteral("untrained_backbone"), untrainedBackbone}};
            const bool recorded = protocol::recordResult(
                project.database(), plan.id, index,
                QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
            out() << (recorded ? ProtocolCli::tr("Plan %1 task %2 (split %3 run %4) done on %5.")
                               : ProtocolCli::tr("Plan %1 task %2 (split %3 run %4) finished on "
                                                 "%5, but another copy recorded it first: this "
                                                 "result is not counted."))
                         .arg(plan.id)
                         .arg(index)
                         .arg(task.split)
                         .arg(task.run)
                         .arg(host)
                  << Qt::endl;
        } catch (const Error &e) {
            protocol::markFailed(project.database(), plan.id, index, e.userText());
            throw;
        }
        return cli_exit::ok;
    });
}

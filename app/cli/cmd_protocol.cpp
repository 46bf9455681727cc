// nexvitad-cli protocol: the paper's protocol (method.md 6, docs/protocol.md): for each
// split and run, random classes, a training run, a bank and an evaluation per target
// class; the per-split mean / std / best as JSON, CSV and Markdown (printed at the end).

#include "cli_command.h"
#include "cli_metrics_table.h"
#include "cli_output.h"
#include "cli_progress.h"
#include "cmd_protocol_options.h"
#include "common/error.h"
#include "protocol/protocol_files.h"
#include "protocol/protocol_runner.h"

#include <QCoreApplication>
#include <QDir>

namespace {
struct ProtocolCli
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolCli)
};

using namespace nexvitad;

QString runLine(const protocol::RunOutcome &run)
{
    QStringList metrics;
    for (const QString &name : protocol::protocolMetricNames())
        metrics << QStringLiteral("%1 %2").arg(name, formatMetric(run.metrics.at(name)));
    return ProtocolCli::tr("split %1 run %2 (seed %3): target %4; source %5%6\n  %7")
        .arg(run.split)
        .arg(run.run)
        .arg(run.seed)
        .arg(run.targetClasses.join(QStringLiteral(", ")),
             run.sourceClasses.join(QStringLiteral(", ")),
             run.reused ? ProtocolCli::tr(" (finished training run reused)") : QString(),
             metrics.join(QStringLiteral(", ")));
}

// A line on the console per finished run and per epoch.
protocol::ProtocolCallbacks consoleCallbacks()
{
    protocol::ProtocolCallbacks callbacks;
    callbacks.runDone = [](const protocol::RunOutcome &run) {
        endConsoleProgress();
        out() << runLine(run) << Qt::endl;
    };
    callbacks.epochDone = [](const QString &split, int run, const train::EpochReport &e) {
        endConsoleProgress();
        out() << ProtocolCli::tr("split %1 run %2: epoch %3/%4, loss %5, %6 s")
                     .arg(split)
                     .arg(run)
                     .arg(e.epoch + 1)
                     .arg(e.epochs)
                     .arg(e.loss.total, 0, 'f', 4)
                     .arg(e.seconds, 0, 'f', 1)
              << Qt::endl;
    };
    return callbacks;
}

} // namespace

int runProtocolCluster(const QString &action, const QStringList &args);
int submitProtocolToSlurm(const ProtocolCommandOptions &command, const QCommandLineParser &parser,
                          const QStringList &args);

int runProtocol(const QStringList &args)
{
    const QString action = args.value(1);
    if (action == QLatin1String("status") || action == QLatin1String("resume") ||
        action == QLatin1String("collect")) {
        QStringList rest = args;
        rest.removeAt(1);
        rest[0] += QLatin1Char(' ') + action;
        return runProtocolCluster(action, rest);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(ProtocolCli::tr(
        "Runs the paper's protocol: for each split (sources/targets, e.g. 11/1) and each of R "
        "runs (seed + r), draws the classes at random, trains a run into OUT/<S>-<T>/run<r> "
        "(a finished run there is reused, an unfinished one resumed), builds a memory bank per "
        "target class and evaluates it on that class's test images. Writes protocol.json, "
        "protocol.csv and protocol.md (mean, standard deviation and best per split) into "
        "--out. Ablations: --set mtl=false, --set pseudo_labels=false, --inference decoder, "
        "--k K. With --engine slurm the runs become one Slurm job array (docs/cluster.md); "
        "then: protocol status|resume|collect --project DIR."));
    ProtocolCommandOptions command;
    command.addTo(parser);
    if (const int code = parseOrExit(parser, args); code >= 0)
        return code;
    if (const int code = command.requireAll(parser); code >= 0)
        return code;
    bool slurm = false;
    if (const int code = guarded([&] {
            slurm = command.slurmEngine(parser);
            return -1;
        });
        code >= 0)
        return code;
    if (slurm)
        return submitProtocolToSlurm(command, parser, args);
    ProjectOption &project = command.project;

    return project.run(parser, QStringLiteral("protocol"), args, [&] {
        protocol::ProtocolOptions options = command.options(parser);
        out() << ProtocolCli::tr("Scanning %1").arg(command.dataFolder(parser)) << Qt::endl;
        options.manifest = scanProtocolDataset(command.dataFolder(parser));
        if (project.active())
            out() << project.datasetText(project.recordDataset(options.manifest)) << Qt::endl;

        const protocol::ProtocolResult result = withConsoleProgress(
            project.tracking(consoleProgress(ProgressUnit::Count)), [&](Progress &progress) {
                return protocol::runProtocol(options, progress, consoleCallbacks());
            });
        out() << "\n" << protocol::protocolMarkdown(options, result) << "\n";
        out() << ProtocolCli::tr("Written: %1, %2, %3")
                     .arg(result.jsonPath, result.csvPath, result.markdownPath)
              << Qt::endl;
        return cli_exit::ok;
    });
}

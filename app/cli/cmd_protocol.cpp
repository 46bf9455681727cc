// nexvitad-cli protocol: the paper's protocol (method.md 6, docs/protocol.md): for each
// split and run, random classes, a training run, a bank and an evaluation per target
// class; the per-split mean / std / best as JSON, CSV and Markdown (printed at the end).

#include "cli_command.h"
#include "cli_metrics_table.h"
#include "cli_output.h"
#include "cli_progress.h"
#include "cli_project_option.h"
#include "cli_training_options.h"
#include "cli_values.h"
#include "common/error.h"
#include "common/settings.h"
#include "data/dataset_scan.h"
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

} // namespace

int runProtocol(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ProtocolCli::tr(
        "Runs the paper's protocol: for each split (sources/targets, e.g. 11/1) and each of R "
        "runs (seed + r), draws the classes at random, trains a run into OUT/<S>-<T>/run<r> "
        "(a finished run there is reused, an unfinished one resumed), builds a memory bank per "
        "target class and evaluates it on that class's test images. Writes protocol.json, "
        "protocol.csv and protocol.md (mean, standard deviation and best per split) into "
        "--out. Ablations: --set mtl=false, --set pseudo_labels=false, --inference decoder, "
        "--k K."));
    const QCommandLineOption data(QStringLiteral("data"), ProtocolCli::tr("Dataset folder."),
                                  QStringLiteral("dir"));
    const QCommandLineOption splits(QStringLiteral("splits"),
                                    ProtocolCli::tr("Splits, comma-separated, e.g. "
                                                    "11/1,10/2,9/3,8/4."),
                                    QStringLiteral("list"));
    const QCommandLineOption runs(QStringLiteral("runs"), ProtocolCli::tr("Runs per split."),
                                  QStringLiteral("R"));
    const QCommandLineOption outDir(QStringLiteral("out"), ProtocolCli::tr("Output folder."),
                                    QStringLiteral("dir"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  ProtocolCli::tr("Base seed; run r uses seed + r (default 0)."),
                                  QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption k(QStringLiteral("k"),
                               ProtocolCli::tr("Prototypes per layer (default 30)."),
                               QStringLiteral("K"), QStringLiteral("30"));
    const QCommandLineOption count(QStringLiteral("count"),
                                   ProtocolCli::tr("Good images per memory bank (default 10)."),
                                   QStringLiteral("M"), QStringLiteral("10"));
    const QCommandLineOption inference(QStringLiteral("inference"),
                                       ProtocolCli::tr("memory_bank (default) or decoder."),
                                       QStringLiteral("mode"), QStringLiteral("memory_bank"));
    const QCommandLineOption untrained(
        QStringLiteral("untrained"),
        ProtocolCli::tr("No training: banks on an untrained encoder (fast; demonstrations)."));
    const QCommandLineOption device(QStringLiteral("device"),
                                    ProtocolCli::tr("auto, cpu or cuda (default: the setting)."),
                                    QStringLiteral("device"));
    parser.addOptions({data, splits, runs, outDir, seed, k, count, inference, untrained, device});
    const TrainingConfigOptions training;
    training.addTo(parser);
    ProjectOption project;
    project.addTo(parser);
    if (const int code = parseOrExit(parser, args); code >= 0)
        return code;
    if (const int code =
            requireOptions(parser, {data, splits, runs, outDir}, QStringLiteral("protocol"));
        code >= 0)
        return code;

    return project.run(parser, QStringLiteral("protocol"), args, [&] {
        Settings settings;
        protocol::ProtocolOptions options;
        options.splits = cli_values::list(QStringLiteral("splits"), parser.value(splits));
        options.runs = cli_values::integer(QStringLiteral("runs"), parser.value(runs), 1, 1000);
        options.seed =
            quint64(cli_values::integer(QStringLiteral("seed"), parser.value(seed), 0, 1 << 30));
        options.outDir = QDir(parser.value(outDir)).absolutePath();
        options.untrained = parser.isSet(untrained);
        options.inference = infer::inferenceModeFromName(parser.value(inference));
        options.k = cli_values::integer(QStringLiteral("k"), parser.value(k), 1, 100000);
        options.bankImages =
            cli_values::integer(QStringLiteral("count"), parser.value(count), 1, 100000);
        options.modelsDir = settings.modelsDirectory();
        options.device = cli_values::device(parser.value(device));
        options.config = training.preset(parser);
        training.applyOverrides(parser, options.config);

        out() << ProtocolCli::tr("Scanning %1").arg(parser.value(data)) << Qt::endl;
        options.manifest =
            data::scanDataset(parser.value(data), data::ScanOptions{}, Progress::none());
        if (!options.manifest.usable())
            throw Error(ProtocolCli::tr("the dataset holds no usable image"), parser.value(data));
        if (project.active())
            out() << project.datasetText(project.recordDataset(options.manifest)) << Qt::endl;

        const protocol::ProtocolResult result = withConsoleProgress(
            project.tracking(consoleProgress(ProgressUnit::Count)), [&](Progress &progress) {
                protocol::ProtocolCallbacks callbacks;
                callbacks.runDone = [](const protocol::RunOutcome &run) {
                    endConsoleProgress();
                    out() << runLine(run) << Qt::endl;
                };
                callbacks.epochDone = [](const QString &split, int run,
                                         const train::EpochReport &e) {
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
                return protocol::runProtocol(options, progress, callbacks);
            });
        out() << "\n" << protocol::protocolMarkdown(options, result) << "\n";
        out() << ProtocolCli::tr("Written: %1, %2, %3")
                     .arg(result.jsonPath, result.csvPath, result.markdownPath)
              << Qt::endl;
        return cli_exit::ok;
    });
}

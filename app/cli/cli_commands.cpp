#include "cli_command.h"

#include <QCoreApplication>

int runDoctor(const QStringList &args);
int runSynth(const QStringList &args);
int runDataset(const QStringList &args);
int runProject(const QStringList &args);
int runWeights(const QStringList &args);
int runFeatures(const QStringList &args);
int runBench(const QStringList &args);
int runTrain(const QStringList &args);
int runReport(const QStringList &args);
int runBank(const QStringList &args);
int runInspect(const QStringList &args);
int runExplain(const QStringList &args);
int runEval(const QStringList &args);
int runProtocol(const QStringList &args);
int runProtocolTask(const QStringList &args);
int runWatch(const QStringList &args);

namespace {
bool alwaysPaints(const QStringList &)
{
    return true;
}

// inspect --explain paints explanation pictures (labels: text).
bool inspectPaints(const QStringList &args)
{
    return args.contains(QLatin1String("--explain"));
}

bool benchPaints(const QStringList &args)
{
    return args.value(1) == QLatin1String("report");
}
} // namespace

const std::vector<CliCommand> &cliCommands()
{
    static const std::vector<CliCommand> commands = {
        {"doctor",
         QT_TRANSLATE_NOOP("cli", "Check this machine: versions, devices, threads, "
                                  "BLAS speed, backbone weights"),
         &runDoctor},
        {"synth",
         QT_TRANSLATE_NOOP("cli", "Write the synthetic demo dataset (MVTec layout, with "
                                  "masks)"),
         &runSynth},
        {"dataset", QT_TRANSLATE_NOOP("cli", "Datasets: inspect DIR (classes, counts, problems)"),
         &runDataset},
        {"project", QT_TRANSLATE_NOOP("cli", "Project folders: init, info, check, export, import"),
         &runProject},
        {"weights", QT_TRANSLATE_NOOP("cli", "Backbone weights: list, download NAME, import FILE"),
         &runWeights},
        {"features",
         QT_TRANSLATE_NOOP("cli", "Run Hiera and DINOv2 on one input and write their "
                                  "features (compare with timm)"),
         &runFeatures},
        {"bench", QT_TRANSLATE_NOOP("cli", "Speed measurements: bench backbone"), &runBench,
         &benchPaints},
        {"train",
         QT_TRANSLATE_NOOP("cli", "Train adapters, projections and heads into a run folder"),
         &runTrain},
        {"report",
         QT_TRANSLATE_NOOP("cli", "Write the PDF report of an inspection batch or an "
                                  "evaluation"),
         &runReport, &alwaysPaints},
        {"bank",
         QT_TRANSLATE_NOOP("cli", "Build or edit a memory bank from good images of a "
                                  "target class"),
         &runBank},
        {"inspect", QT_TRANSLATE_NOOP("cli", "Anomaly maps, scores and verdicts for images"),
         &runInspect, &inspectPaints},
        {"explain",
         QT_TRANSLATE_NOOP("cli", "Explanation by retrieval: the nearest normal patches "
                                  "of the bank for a pixel or region of an image"),
         &runExplain, &alwaysPaints},
        {"watch",
         QT_TRANSLATE_NOOP("cli", "Hot-folder inspection: judge every image dropped into a "
                                  "folder as soon as it is written"),
         &runWatch},
        {"eval", QT_TRANSLATE_NOOP("cli", "Metrics of a memory bank on a class's test images"),
         &runEval},
        {"protocol",
         QT_TRANSLATE_NOOP("cli", "The paper's protocol: repeated random splits, "
                                  "training, banks, mean / std / best per split"),
         &runProtocol},
        {"protocol-task",
         QT_TRANSLATE_NOOP("cli", "One task of a protocol plan (a Slurm array "
                                  "task runs it; docs/cluster.md)"),
         &runProtocolTask},
    };
    return commands;
}

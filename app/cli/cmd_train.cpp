// nexvitad-cli train: trains the adapters, projections and heads of one run (method.md 3)
// into a run folder (docs/runs.md), with a progress bar, one line per epoch, Ctrl-C that
// stops after the last checkpoint, and --resume. With --project the run is also recorded
// there (project/training_record.h): job, run, epochs and, on success, the model.

#include "cli_command.h"
#include "cli_engine_options.h"
#include "cli_interrupt.h"
#include "cli_output.h"
#include "cli_progress.h"
#include "cli_project_option.h"
#include "cli_training_options.h"
#include "common/error.h"
#include "common/progress.h"
#include "common/settings.h"
#include "data/dataset_scan.h"
#include "project/training_record.h"
#include "train/backbone_pair.h"
#include "train/run_folder.h"
#include "train/trainer.h"

#include <QCoreApplication>
#include <QDir>
#include <optional>

namespace {
struct TrainCli
{
    Q_DECLARE_TR_FUNCTIONS(TrainCli)
};

using namespace nexvitad;

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << part.trimmed();
    return out;
}

QString epochLine(const train::EpochReport &e)
{
    return TrainCli::tr("epoch %1/%2 %3  loss %4 (source %5, target ce %6, mse %7)  lr %8  "
                        "coverage %9  %10 s (features %11 s, cache %12 hits / %13 misses)")
        .arg(e.epoch + 1)
        .arg(e.epochs)
        .arg(e.joint ? TrainCli::tr("joint") : TrainCli::tr("source"))
        .arg(e.loss.total, 0, 'f', 4)
        .arg(e.loss.sourceCe, 0, 'f', 4)
        .arg(e.loss.targetCe, 0, 'f', 4)
        .arg(e.loss.targetMse, 0, 'f', 4)
        .arg(e.lr, 0, 'g', 3)
        .arg(e.pseudoCoverage, 0, 'f', 3)
        .arg(e.seconds, 0, 'f', 1)
        .arg(e.featureSeconds, 0, 'f', 1)
        .arg(e.cacheHits)
        .arg(e.cacheMisses);
}

// The command's options, declared apart from the work.
struct TrainOptions
{
    QCommandLineOption data{QStringLiteral("data"), TrainCli::tr("Dataset folder."),
                            QStringLiteral("dir")};
    QCommandLineOption source{QStringLiteral("source"),
                              TrainCli::tr("Source classes, comma-separated."),
                              QStringLiteral("classes")};
    QCommandLineOption target{QStringLiteral("target"),
                              TrainCli::tr("Target classes, comma-separated."),
                              QStringLiteral("classes")};
    QCommandLineOption outDir{QStringLiteral("out"), TrainCli::tr("Run folder to write."),
                              QStringLiteral("dir")};
    QCommandLineOption resume{QStringLiteral("resume"),
                              TrainCli::tr("Continue the run in --out from its last checkpoint.")};
    QCommandLineOption force{QStringLiteral("force"),
                             TrainCli::tr("Replace an earlier run in --out.")};
    DeviceOption device;
    TrainingConfigOptions training;

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({data, source, target, outDir, resume, force});
        device.addTo(parser);
        training.addTo(parser);
    }
};

// The request from the options: classes, run folder (checked), configuration (a resume
// continues with the run's own; options change it only when given, and the trainer refuses
// a change that would alter the result), device and the scanned dataset.
train::TrainingRequest trainingRequest(const TrainOptions &o, const QCommandLineParser &parser)
{
    train::TrainingRequest request;
    request.runDir = QDir(parser.value(o.outDir)).absolutePath();
    request.resume = parser.isSet(o.resume);
    request.force = parser.isSet(o.force);
    request.sourceClasses = splitList(parser.value(o.source));
    request.targetClasses = splitList(parser.value(o.target));
    const train::RunFolder folder(request.runDir);
    folder.check(request.resume, request.force);
    train::TrainingConfig &config = request.config;
    config = request.resume && QFile::exists(folder.configPath())
                 ? train::loadTrainingConfig(folder.configPath())
                 : o.training.preset(parser);
    o.training.applyOverrides(parser, config);
    request.device = o.device.resolve(parser);

    out() << TrainCli::tr("Scanning %1").arg(parser.value(o.data)) << Qt::endl;
    request.manifest =
        data::scanDataset(parser.value(o.data), data::ScanOptions{}, Progress::none());
    if (!request.manifest.usable())
        throw Error(TrainCli::tr("the dataset holds no usable image"), parser.value(o.data));
    return request;
}

// Runs the trainer with progress on the console, a line per epoch and, with a project,
// every epoch and the final model recorded there. Ctrl-C stops it after the current step.
void runTraining(const train::TrainingRequest &request,
                 const std::shared_ptr<train::FrozenBackbones> &backbones,
                 const train::BackbonePairInfo &info, const ProjectOption &project)
{
    std::optional<project::TrainingRecord> record;
    if (project.active())
        record.emplace(project.project(), project.jobId(), request);
    train::Trainer trainer(request, backbones);
    trainer.onEpoch([&record](const train::EpochReport &e) {
        endConsoleProgress();
        out() << epochLine(e) << Qt::endl;
        if (record)
            record->recordEpoch(e);
    });
    Progress progress(project.tracking(consoleProgress(ProgressUnit::Count)));
    try {
        CancelOnInterrupt interrupt(progress);
        const train::TrainingOutcome outcome = trainer.run(progress);
        endConsoleProgress();
        out() << TrainCli::tr("Done: %1 epochs; checkpoint %2")
                     .arg(outcome.epochsDone)
                     .arg(outcome.checkpoint)
              << Qt::endl;
        if (record && !outcome.checkpoint.isEmpty()) {
            const qint64 model = record->registerModel(outcome, info, Settings().operatorName());
            out() << TrainCli::tr("Recorded in the project %1: training run %2, model %3")
                         .arg(project.project().folder())
                         .arg(record->runId())
                         .arg(model)
                  << Qt::endl;
        }
    } catch (const Canceled &) {
        endConsoleProgress();
        const QString last = train::RunFolder(request.runDir).latestCheckpoint();
        err() << (last.isEmpty() ? TrainCli::tr("Stopped before the first checkpoint.")
                                 : TrainCli::tr("Stopped; the last checkpoint is %1. Continue "
                                                "with the same command and --resume.")
                                       .arg(last))
              << Qt::endl;
        throw;
    } catch (...) {
        endConsoleProgress();
        throw;
    }
}

} // namespace

int runTrain(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(TrainCli::tr(
        "Trains NexViTAD's adapters, projections and decoder heads on source classes (with "
        "masks) and target classes (unlabelled) into a run folder. Ctrl-C stops cleanly; "
        "--resume continues from the last checkpoint. With --project the run is recorded "
        "in the project: a job, the training run with every epoch's metrics and, when it "
        "finishes, the final checkpoint as a registered model."));
    const TrainOptions o;
    o.addTo(parser);
    ProjectOption project;
    project.addTo(parser);
    if (const int code = parseOrExit(parser, args); code >= 0)
        return code;
    if (const int code =
            requireOptions(parser, {o.data, o.source, o.target, o.outDir}, QStringLiteral("train"));
        code >= 0)
        return code;

    return project.run(parser, QStringLiteral("train"), args, [&] {
        const train::TrainingRequest request = trainingRequest(o, parser);
        const auto backbones =
            train::loadBackbonePair(request.config.hiera, request.config.dinov2,
                                    Settings().modelsDirectory(), request.device);
        const train::BackbonePairInfo info = train::backbonePairInfo(*backbones);
        out() << TrainCli::tr("Backbones: %1 + %2 on %3")
                     .arg(info.hieraVariant, info.dinoVariant, request.device)
              << Qt::endl;
        if (info.untrained)
            out() << TrainCli::tr("Warning: untrained backbone (random weights); results are for "
                                  "demonstration only.")
                  << Qt::endl;
        runTraining(request, backbones, info, project);
        return cli_exit::ok;
    });
}

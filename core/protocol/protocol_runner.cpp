#include "protocol/protocol_runner.h"

#include "common/error.h"
#include "data/splits.h"
#include "infer/bank_builder.h"
#include "infer/bank_evaluation.h"
#include "protocol/protocol_files.h"
#include "train/backbone_pair.h"
#include "train/run_folder.h"
#include "train/trainer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <set>

namespace nexvitad::protocol {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolRunner)
};

struct PlannedSplit
{
    QString spec;
    int sources = 0;
    int targets = 0;
};

// Every check a user can fail, before any work.
std::vector<PlannedSplit> checkOptions(const ProtocolOptions &o)
{
    if (o.outDir.isEmpty())
        throw Error(Text::tr("no output folder given"));
    if (o.splits.isEmpty())
        throw Error(Text::tr("no split given (e.g. 11/1,10/2)"));
    if (o.runs < 1)
        throw Error(Text::tr("the number of runs must be at least 1 (got %1)").arg(o.runs));
    if (o.k < 1 || o.bankImages < 1)
        throw Error(Text::tr("K and the number of bank images must be at least 1"));
    if (o.untrained && o.inference == infer::InferenceMode::Decoder)
        throw Error(Text::tr("inference = decoder needs a trained run: it cannot be combined "
                             "with --untrained"));
    o.config.validate();
    const QStringList classes = o.manifest.classNames();
    std::vector<PlannedSplit> planned;
    std::set<QString> seen;
    for (const QString &spec : o.splits) {
        const auto [sources, targets] = data::parseSplitSpec(spec);
        const QString name = QStringLiteral("%1/%2").arg(sources).arg(targets);
        if (!seen.insert(name).second)
            throw Error(Text::tr("the split %1 is given twice").arg(name));
        if (sources < 1 || targets < 1)
            throw Error(
                Text::tr("the split %1 needs at least one source and one target class").arg(name));
        if (sources + targets > classes.size())
            throw Error(Text::tr("the split %1 needs %2 classes, but the dataset has only %3 "
                                 "(%4)")
                            .arg(name)
                            .arg(sources + targets)
                            .arg(classes.size())
                            .arg(classes.join(QStringLiteral(", "))),
                        o.manifest.root);
        planned.push_back({name, sources, targets});
    }
    if (!QDir().mkpath(o.outDir))
        throw Error(Text::tr("cannot create the output folder"), o.outDir);
    return planned;
}

enum class RunState
{
    Fresh,    // nothing usable: train (replacing a run that never finished an epoch)
    Resume,   // a checkpoint: continue (the trainer refuses another configuration)
    Finished, // the same configuration, classes and dataset, all epochs done: reuse
};

RunState runState(const train::TrainingRequest &request)
{
    const train::RunFolder folder(request.runDir);
    if (!folder.holdsRun())
        return RunState::Fresh;
    if (folder.latestCheckpoint().isEmpty())
        return RunState::Fresh;
    QFile infoFile(folder.runInfoPath());
    if (infoFile.open(QIODevice::ReadOnly)) {
        const QJsonObject info = QJsonDocument::fromJson(infoFile.readAll()).object();
        if (info.value(QStringLiteral("manifest_hash")).toString() != request.manifest.hash())
            throw Error(Text::tr("this run folder was trained on another version of the "
                                 "dataset; remove it or choose another output folder"),
                        folder.dir());
        if (info.value(QStringLiteral("source")) !=
                QJsonArray::fromStringList(request.sourceClasses) ||
            info.value(QStringLiteral("target")) !=
                QJsonArray::fromStringList(request.targetClasses))
            throw Error(Text::tr("this run folder was trained on other classes (another seed?); "
                                 "remove it or choose another output folder"),
                        folder.dir());
    }
    if (folder.latestCheckpoint() != folder.checkpointPath(request.config.epochs) ||
        !QFile::exists(folder.configPath()))
        return RunState::Resume;
    train::TrainingConfig saved = train::loadTrainingConfig(folder.configPath());
    // Fields that do not change the result, as a resume treats them.
    saved.preset = request.config.preset;
    saved.cacheMemoryMb = request.config.cacheMemoryMb;
    saved.cacheOnDisk = request.config.cacheOnDisk;
    return saved == request.config ? RunState::Finished : RunState::Resume;
}

class Runner
{
public:
    Runner(const ProtocolOptions &options, const ProtocolCallbacks &callbacks)
        : o(options), m_callbacks(callbacks)
    {
    }

    RunOutcome run(const PlannedSplit &split, int r, Progress &progress)
    {
        progress.throwIfCanceled();
        RunOutcome outcome;
        outcome.split = split.spec;
        outcome.run = r;
        outcome.seed = o.seed + quint64(r);
        const data::ClassSplit classes =
            data::randomSplit(o.manifest.classNames(), split.sources, split.targets, outcome.seed);
        outcome.sourceClasses = classes.source;
        outcome.targetClasses = classes.target;
        const double evalStart = o.untrained ? 0.0 : 0.8;
        if (!o.untrained) {
            Progress training = progress.child(0.0, evalStart);
            training.setStage(Text::tr("Split %1, run %2: training").arg(split.spec).arg(r));
            train(outcome, training);
        }
        const int count = int(outcome.targetClasses.size());
        for (int c = 0; c < count; ++c) {
            const double step = (1.0 - evalStart) / count;
            Progress part = progress.child(evalStart + c * step, evalStart + (c + 1) * step);
            outcome.classes.push_back(evaluate(outcome, outcome.targetClasses[c], part));
        }
        outcome.metrics = meanOverClasses(outcome.classes, &outcome.undefinedClasses);
        return outcome;
    }

    bool untrainedBackbone() const { return m_untrainedBackbone; }

private:
    void train(RunOutcome &outcome, Progress &progress)
    {
        train::TrainingRequest request;
        request.manifest = o.manifest;
        request.sourceClasses = outcome.sourceClasses;
        request.targetClasses = outcome.targetClasses;
        request.runDir = QDir(o.outDir).absoluteFilePath(runFolderName(outcome.split, outcome.run));
        request.config = o.config;
        request.config.seed = qint64(outcome.seed);
        request.device = o.device;
        outcome.runDir = request.runDir;
        const RunState state = runState(request);
        if (state == RunState::Finished) {
            outcome.reused = true;
            return;
        }
        request.resume = state == RunState::Resume;
        request.force = state == RunState::Fresh;
        if (!m_backbones)
            m_backbones =
                train::loadBackbonePair(o.config.hiera, o.config.dinov2, o.modelsDir, o.device);
        train::Trainer trainer(request, m_backbones);
        if (m_callbacks.epochDone)
            trainer.onEpoch([this, &outcome](const train::EpochReport &e) {
                m_callbacks.epochDone(outcome.split, outcome.run, e);
            });
        trainer.run(progress);
    }

    ClassOutcome evaluate(const RunOutcome &run, const QString &className, Progress &progress)
    {
        progress.setStage(Text::tr("Split %1, run %2: memory bank and evaluation of %3")
                              .arg(run.split)
                              .arg(run.run)
                              .arg(className));
        infer::BankBuildRequest bank;
        bank.encoder.runDir = run.runDir;
        bank.encoder.targetClass = run.runDir.isEmpty() ? QString() : className;
        bank.encoder.hieraSpec = o.config.hiera;
        bank.encoder.dinoSpec = o.config.dinov2;
        bank.encoder.imageSize = o.config.imageSize;
        bank.encoder.adapterReduction = o.config.adapterReduction;
        bank.encoder.projectionSeed = run.seed;
        bank.encoder.modelsDir = o.modelsDir;
        bank.encoder.device = o.device;
        bank.images = infer::chooseGoodImages(o.manifest, className, o.bankImages, run.seed);
        bank.clustering.k = o.k;
        bank.clustering.seed = run.seed;
        Progress building = progress.child(0.0, 0.5);
        infer::InspectorOptions inspect;
        inspect.modelsDir = o.modelsDir;
        inspect.device = o.device;
        inspect.inference = o.inference;
        infer::Inspector inspector(infer::buildBank(bank, building), inspect);
        m_untrainedBackbone = m_untrainedBackbone || inspector.untrainedBackbone();
        Progress evaluating = progress.child(0.5, 1.0);
        const infer::BankEvaluation e =
            infer::evaluateBank(inspector, o.manifest, className, evaluating);
        return {className, protocolMetricValues(e.result), int(e.images.size())};
    }

    const ProtocolOptions &o;
    const ProtocolCallbacks &m_callbacks;
    std::shared_ptr<train::FrozenBackbones> m_backbones;
    bool m_untrainedBackbone = false;
};

} // namespace

QString runFolderName(const QString &split, int run)
{
    const auto [sources, targets] = data::parseSplitSpec(split);
    return QStringLiteral("%1-%2/run%3").arg(sources).arg(targets).arg(run);
}

std::vector<PlannedRun> planRuns(const ProtocolOptions &options)
{
    std::vector<PlannedRun> runs;
    for (const PlannedSplit &split : checkOptions(options))
        for (int r = 0; r < options.runs; ++r)
            runs.push_back({split.spec, r});
    return runs;
}

RunOutcome runOne(const ProtocolOptions &options, const PlannedRun &run, Progress &progress,
                  bool *untrainedBackbone, const ProtocolCallbacks &callbacks)
{
    const auto [sources, targets] = data::parseSplitSpec(run.split);
    Runner runner(options, callbacks);
    RunOutcome outcome = runner.run({run.split, sources, targets}, run.run, progress);
    if (untrainedBackbone)
        *untrainedBackbone = *untrainedBackbone || runner.untrainedBackbone();
    return outcome;
}

ProtocolResult summarizeProtocol(const ProtocolOptions &options, std::vector<RunOutcome> runs,
                                 bool untrainedBackbone)
{
    ProtocolResult result;
    result.runs = std::move(runs);
    // Splits in the order of their first run: the plan's order (split by split).
    for (const RunOutcome &run : result.runs) {
        if (std::any_of(result.splits.begin(), result.splits.end(),
                        [&](const SplitSummary &s) { return s.split == run.split; }))
            continue;
        std::vector<MetricValues> values;
        for (const RunOutcome &other : result.runs)
            if (other.split == run.split)
                values.push_back(other.metrics);
        result.splits.push_back({run.split, summarizeRuns(values)});
    }
    result.untrainedBackbone = untrainedBackbone;
    writeProtocolFiles(options, result);
    return result;
}

ProtocolResult runProtocol(const ProtocolOptions &options, Progress &progress,
                           const ProtocolCallbacks &callbacks)
{
    const std::vector<PlannedRun> planned = planRuns(options);
    std::vector<RunOutcome> runs;
    Runner runner(options, callbacks); // one runner: the backbones load once
    const double units = double(planned.size());
    for (size_t unit = 0; unit < planned.size(); ++unit) {
        Progress part = progress.child(unit / units, (unit + 1) / units);
        const auto [sources, targets] = data::parseSplitSpec(planned[unit].split);
        runs.push_back(runner.run({planned[unit].split, sources, targets}, planned[unit].run, part));
        if (callbacks.runDone)
            callbacks.runDone(runs.back());
    }
    progress.setStage(Text::tr("Writing the results"));
    ProtocolResult result = summarizeProtocol(options, std::move(runs), runner.untrainedBackbone());
    progress.reportNow(1, 1);
    return result;
}

} // namespace nexvitad::protocol

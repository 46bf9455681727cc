#include "train/trainer.h"

#include "common/error.h"
#include "common/logging.h"
#include "common/progress.h"
#include "io/atomic_file.h"
#include "train/checkpoint_torch.h"
#include "train/run_model_torch.h"
#include "train/lr_schedule.h"
#include "train/run_folder.h"
#include "train/trainer_step_torch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <chrono>
#include <torch/torch.h>

namespace nexvitad::train {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Trainer)
};

using Clock = std::chrono::steady_clock;
double secondsSince(Clock::time_point t)
{
    return std::chrono::duration<double>(Clock::now() - t).count();
}

// Fisher-Yates with Rng::scaled, not Rng::shuffle (whose below() may take several draws):
// the epoch orders a recorded seed gave must stay the ones it gives.
std::vector<int> shuffled(int n, data::Rng &rng)
{
    std::vector<int> v(static_cast<size_t>(n), 0);
    for (int i = 0; i < n; ++i)
        v[size_t(i)] = i;
    for (int i = n - 1; i > 0; --i)
        std::swap(v[size_t(i)], v[size_t(rng.scaled(i + 1))]);
    return v;
}

// The fields that may differ between a run and its resume (they change no result).
QJsonObject comparable(const TrainingConfig &c)
{
    QJsonObject json = c.toJson();
    json.remove(QStringLiteral("cache_memory_mb"));
    json.remove(QStringLiteral("cache_on_disk"));
    json.remove(QStringLiteral("preset"));
    return json;
}

QJsonObject metricsLine(const EpochReport &r)
{
    return {{QStringLiteral("epoch"), r.epoch + 1},
            {QStringLiteral("phase"), r.joint ? QStringLiteral("joint") : QStringLiteral("source")},
            {QStringLiteral("loss"), r.loss.total},
            {QStringLiteral("source_ce"), r.loss.sourceCe},
            {QStringLiteral("target_ce"), r.loss.targetCe},
            {QStringLiteral("target_mse"), r.loss.targetMse},
            {QStringLiteral("lr"), r.lr},
            {QStringLiteral("pseudo_coverage"), r.pseudoCoverage},
            {QStringLiteral("seconds"), r.seconds},
            {QStringLiteral("feature_seconds"), r.featureSeconds},
            {QStringLiteral("cache_hits"), r.cacheHits},
            {QStringLiteral("cache_misses"), r.cacheMisses}};
}

// Per-image augmentations fixed for the whole run (aug_variants > 0): `count` draws for
// each of `images` images, from `rng`.
std::vector<std::vector<Augmentation>> drawVariants(const AugmentationSampler &sampler,
                                                    size_t images, int count, data::Rng &rng)
{
    std::vector<std::vector<Augmentation>> variants(images);
    for (auto &list : variants)
        for (int v = 0; v < count; ++v)
            list.push_back(sampler.draw(rng));
    return variants;
}

// An epoch's plan: the orders in which the images are visited and one augmentation each.
struct EpochPlan
{
    std::vector<int> sourceOrder, targetOrder;
    std::vector<Augmentation> sourceAug, targetAug;
};

// Everything from the trainer's stream `rng`: the orders, then one draw per image (a fresh
// one, or one of the image's fixed variants when it has them).
EpochPlan planEpoch(const TrainingSet &set, const AugmentationSampler &sampler,
                    const std::vector<std::vector<Augmentation>> &sourceVariants,
                    const std::vector<std::vector<Augmentation>> &targetVariants, data::Rng &rng)
{
    auto drawFor = [&](const std::vector<Augmentation> &variants) {
        return variants.empty() ? sampler.draw(rng)
                                : variants[size_t(rng.scaled(int(variants.size())))];
    };
    EpochPlan plan;
    plan.sourceOrder = shuffled(int(set.source.size()), rng);
    plan.targetOrder = shuffled(int(set.target.size()), rng);
    for (const auto &variants : sourceVariants)
        plan.sourceAug.push_back(drawFor(variants));
    for (const auto &variants : targetVariants)
        plan.targetAug.push_back(drawFor(variants));
    return plan;
}

// Computes every fixed variant (and each target image unaugmented) once, so that later
// epochs are served by the feature cache.
void warmFeatureCache(FeatureProvider &features, const TrainingSet &set,
                      const std::vector<std::vector<Augmentation>> &sourceVariants,
                      const std::vector<std::vector<Augmentation>> &targetVariants,
                      const Progress &progress)
{
    for (size_t i = 0; i < set.source.size(); ++i) {
        progress.throwIfCanceled();
        for (const Augmentation &a : sourceVariants[i])
            features.one(set.source[i], a, true);
    }
    for (size_t i = 0; i < set.target.size(); ++i) {
        progress.throwIfCanceled();
        features.one(set.target[i], Augmentation(), true);
        for (const Augmentation &a : targetVariants[i])
            features.one(set.target[i], a, true);
    }
}

// Step `s`'s batch: the next source images in the plan's order and, in the joint phase,
// as many target images, cycling through the target order.
StepBatch stepBatch(const TrainingSet &set, const EpochPlan &plan, int s, int batch, bool joint)
{
    StepBatch b;
    for (int k = s * batch; k < std::min(int(set.source.size()), (s + 1) * batch); ++k) {
        b.source.push_back(plan.sourceOrder[size_t(k)]);
        b.sourceAug.push_back(plan.sourceAug[size_t(plan.sourceOrder[size_t(k)])]);
    }
    if (joint)
        for (int k = 0; k < std::min(batch, int(set.target.size())); ++k) {
            const int t = plan.targetOrder[size_t((s * batch + k) % int(set.target.size()))];
            b.target.push_back(t);
            b.targetAug.push_back(plan.targetAug[size_t(t)]);
        }
    return b;
}

void setLearningRate(torch::optim::Adam &adam, double lr)
{
    for (auto &group : adam.param_groups())
        static_cast<torch::optim::AdamOptions &>(group.options()).lr(lr);
}

// The run log's line for an epoch.
QString epochLogLine(const EpochReport &report)
{
    return QStringLiteral("epoch %1/%2 %3 loss %4 (source %5, target ce %6, mse %7) "
                          "lr %8 coverage %9 %10 s")
        .arg(report.epoch + 1)
        .arg(report.epochs)
        .arg(report.joint ? QStringLiteral("joint") : QStringLiteral("source"))
        .arg(report.loss.total)
        .arg(report.loss.sourceCe)
        .arg(report.loss.targetCe)
        .arg(report.loss.targetMse)
        .arg(report.lr)
        .arg(report.pseudoCoverage)
        .arg(report.seconds);
}

} // namespace

struct Trainer::Impl
{
    TrainingRequest request;
    std::shared_ptr<FrozenBackbones> backbones;
    std::function<void(const StepReport &)> stepCallback;
    std::function<void(const EpochReport &)> epochCallback;

    QJsonObject runInfo() const
    {
        return {{QStringLiteral("dataset"), request.manifest.root},
                {QStringLiteral("manifest_hash"), request.manifest.hash()},
                {QStringLiteral("source"), QJsonArray::fromStringList(request.sourceClasses)},
                {QStringLiteral("target"), QJsonArray::fromStringList(request.targetClasses)}};
    }
    void checkResumable(const RunFolder &folder, const CheckpointMeta &meta) const;
    TrainingOutcome run(Progress &progress);

    // The steps of run():
    // Checks everything a user can get wrong, loads the images, then prepares the folder.
    TrainingSet prepare(const RunFolder &folder, CheckpointMeta *resumeMeta,
                        Progress &progress) const;
    // The epoch's optimisation steps; fills report's losses and lr.
    void trainSteps(StepContext &ctx, torch::optim::Adam &adam, const EpochPlan &plan,
                    const LrSchedule &schedule, int stepsPerEpoch, int64_t *step,
                    EpochReport *report, Progress &progress) const;
    // What a resume needs to continue exactly where the epoch ended.
    CheckpointMeta checkpointMeta(int epochsDone, int64_t step, const model::ModelSpec &spec,
                                  const data::Rng &rng) const;
};

Trainer::Trainer(TrainingRequest request, std::shared_ptr<FrozenBackbones> backbones)
    : d(std::make_unique<Impl>())
{
    d->request = std::move(request);
    d->backbones = std::move(backbones);
}

Trainer::~Trainer() = default;

void Trainer::onStep(std::function<void(const StepReport &)> callback)
{
    d->stepCallback = std::move(callback);
}

void Trainer::onEpoch(std::function<void(const EpochReport &)> callback)
{
    d->epochCallback = std::move(callback);
}

TrainingOutcome Trainer::run(Progress &progress)
{
    return d->run(progress);
}

void Trainer::Impl::checkResumable(const RunFolder &folder, const CheckpointMeta &meta) const
{
    const QJsonObject saved = QJsonDocument::fromJson(meta.configJson.toUtf8()).object();
    TrainingConfig savedConfig;
    try {
        savedConfig = TrainingConfig::fromJson(saved, folder.latestCheckpoint());
    } catch (const Error &) {
        throw Error(Tr::tr("the checkpoint's configuration is unreadable"),
                    folder.latestCheckpoint());
    }
    const QJsonObject mine = comparable(request.config), theirs = comparable(savedConfig);
    for (const QString &key : mine.keys())
        if (mine.value(key) != theirs.value(key))
            throw Error(Tr::tr("cannot resume: the checkpoint was made with another configuration "
                               "(\"%1\" is %2 there, %3 now)")
                            .arg(key,
                                 QString::fromUtf8(QJsonDocument(QJsonArray{theirs.value(key)})
                                                       .toJson(QJsonDocument::Compact)),
                                 QString::fromUtf8(QJsonDocument(QJsonArray{mine.value(key)})
                                                       .toJson(QJsonDocument::Compact))),
                        folder.latestCheckpoint());
    const QJsonObject info = QJsonDocument::fromJson(meta.trainerJson.toUtf8()).object();
    if (info.value(QStringLiteral("source")) != runInfo().value(QStringLiteral("source")) ||
        info.value(QStringLiteral("target")) != runInfo().value(QStringLiteral("target")))
        throw Error(
            Tr::tr("cannot resume: the checkpoint was made with other source/target classes"),
            folder.latestCheckpoint());
}

TrainingSet Trainer::Impl::prepare(const RunFolder &folder, CheckpointMeta *resumeMeta,
                                   Progress &progress) const
{
    const TrainingConfig &config = request.config;
    config.validate();
    if (!backbones)
        throw Error(Tr::tr("no backbones to train on"));
    folder.check(request.resume, request.force);
    if (request.resume) {
        *resumeMeta = readCheckpointMeta(folder.latestCheckpoint());
        checkResumable(folder, *resumeMeta);
    }

    // Everything a user can get wrong is checked before the folder is touched.
    progress.setStage(Tr::tr("Loading images"));
    Progress loadProgress = progress.child(0.0, 0.02);
    TrainingSet set =
        loadTrainingSet(request.manifest, request.sourceClasses, request.targetClasses,
                        config.targetPool, config.imageSize, loadProgress);
    folder.prepare(request.resume, request.force);
    if (!request.resume) {
        saveTrainingConfig(config, folder.configPath());
        io::writeFileAtomically(folder.runInfoPath(), QJsonDocument(runInfo()).toJson());
    }
    return set;
}

void Trainer::Impl::trainSteps(StepContext &ctx, torch::optim::Adam &adam, const EpochPlan &plan,
                               const LrSchedule &schedule, int stepsPerEpoch, int64_t *step,
                               EpochReport *report, Progress &progress) const
{
    const int batch = request.config.batchSize;
    for (int s = 0; s < stepsPerEpoch; ++s, ++*step) {
        progress.throwIfCanceled();
        const auto stepStart = Clock::now();
        const StepBatch b = stepBatch(ctx.set, plan, s, batch, report->joint);
        const double lr = schedule.at(*step);
        setLearningRate(adam, lr);
        // Gradients reset to "none" (PyTorch 2's default, the paper's setting): heads
        // absent from this batch get no Adam update from stale moments.
        for (auto &p : ctx.model->parameters())
            p.mutable_grad().reset();
        LossTerms terms;
        stepLoss(ctx, b, &terms).backward();
        adam.step();

        report->loss.total += terms.total / stepsPerEpoch;
        report->loss.sourceCe += terms.sourceCe / stepsPerEpoch;
        report->loss.targetCe += terms.targetCe / stepsPerEpoch;
        report->loss.targetMse += terms.targetMse / stepsPerEpoch;
        report->lr = lr;
        if (stepCallback)
            stepCallback({report->epoch, s, stepsPerEpoch, *step, report->joint, terms, lr,
                          report->pseudoCoverage, secondsSince(stepStart)});
        progress.report(*step + 1, schedule.totalSteps());
    }
}

CheckpointMeta Trainer::Impl::checkpointMeta(int epochsDone, int64_t step,
                                             const model::ModelSpec &spec,
                                             const data::Rng &rng) const
{
    CheckpointMeta meta;
    meta.epochsDone = epochsDone;
    meta.step = step;
    meta.configJson =
        QString::fromUtf8(QJsonDocument(request.config.toJson()).toJson(QJsonDocument::Compact));
    meta.modelSpec = spec.describe();
    meta.trainerJson = QString::fromUtf8(QJsonDocument(runInfo()).toJson(QJsonDocument::Compact));
    meta.augmentationRng = rng.state();
    meta.torchCpuRng = captureTorchCpuRng();
    return meta;
}

TrainingOutcome Trainer::Impl::run(Progress &progress)
{
    const TrainingConfig &config = request.config;
    const RunFolder folder(request.runDir);
    CheckpointMeta resumeMeta;
    const TrainingSet set = prepare(folder, &resumeMeta, progress);

    const torch::Device device(request.device.toStdString());
    const model::ModelSpec spec =
        modelSpecFor(config, *backbones, int(set.sourceClasses.size()),
                     int(set.targetClasses.size()));

    torch::manual_seed(uint64_t(config.seed));
    model::TrainableModel model(spec);
    model->to(device);
    torch::optim::Adam adam(model->parameters(), torch::optim::AdamOptions(config.lr)
                                                     .betas({config.adamBeta1, config.adamBeta2})
                                                     .eps(config.adamEps)
                                                     .weight_decay(config.weightDecay));
    data::Rng rng(uint64_t(config.seed));
    int epochsDone = 0;
    int64_t step = 0;
    if (request.resume) {
        resumeMeta = loadCheckpoint(folder.latestCheckpoint(), model, adam);
        rngFromText(resumeMeta.augmentationRng, rng);
        restoreTorchCpuRng(resumeMeta.torchCpuRng);
        epochsDone = resumeMeta.epochsDone;
        step = resumeMeta.step;
    }

    // A fixed set of draws per image when aug_variants > 0, from its own seeded stream so
    // it never depends on where a run was resumed.
    const AugmentationSampler sampler({config.augHflip, config.augVflip, config.augRot90,
                                       config.augScale, config.augNoise, config.augScaleMin,
                                       config.augScaleMax, config.augScaleLevels});
    data::Rng variantRng(uint64_t(config.seed) ^ 0x5eedf00dULL);
    const auto sourceVariants =
        drawVariants(sampler, set.source.size(), config.augVariants, variantRng);
    const auto targetVariants =
        drawVariants(sampler, set.target.size(), config.augVariants, variantRng);

    FeatureCache cache(qint64(config.cacheMemoryMb) << 20,
                       config.cacheOnDisk ? folder.cacheDir() : QString());
    FeatureProvider features(*backbones, cache, config.imageSize, config.augNoiseStd, device);
    std::vector<torch::Tensor> pseudoLabels;
    StepContext ctx{model, features, set, config, pseudoLabels, device};

    const int batch = config.batchSize;
    const int stepsPerEpoch = int((set.source.size() + size_t(batch) - 1) / size_t(batch));
    const LrSchedule schedule(config.lr, int64_t(stepsPerEpoch) * config.epochs,
                              config.lrWarmupFraction);
    std::vector<QJsonObject> metrics = folder.readMetrics();
    metrics.resize(std::min(metrics.size(), size_t(epochsDone)));
    TrainingOutcome outcome;
    outcome.epochsDone = epochsDone;
    Progress trainProgress = progress.child(0.02, 1.0);
    bool warmed = config.augVariants == 0;

    for (int epoch = epochsDone; epoch < config.epochs; ++epoch) {
        const auto epochStart = Clock::now();
        const double featureSecondsBefore = features.extractSeconds();
        const FeatureCacheStats cacheBefore = features.cacheStats();
        EpochReport report;
        report.epoch = epoch;
        report.epochs = config.epochs;
        report.joint = config.pseudoLabels && isJointPhase(epoch, config.phase1Epochs());
        trainProgress.setStage(Tr::tr("Epoch %1 of %2").arg(epoch + 1).arg(config.epochs));

        const EpochPlan plan = planEpoch(set, sampler, sourceVariants, targetVariants, rng);
        if (!warmed) {
            warmFeatureCache(features, set, sourceVariants, targetVariants, trainProgress);
            warmed = true;
        }
        model->train();
        if (report.joint)
            report.pseudoCoverage = refreshPseudoLabels(ctx, batch, &pseudoLabels);
        trainSteps(ctx, adam, plan, schedule, stepsPerEpoch, &step, &report, trainProgress);

        const QString checkpoint = folder.checkpointPath(epoch + 1);
        saveCheckpoint(checkpoint, model, adam, checkpointMeta(epoch + 1, step, spec, rng));
        folder.removeCheckpointsExcept(checkpoint);

        report.seconds = secondsSince(epochStart);
        report.featureSeconds = features.extractSeconds() - featureSecondsBefore;
        report.cacheHits = (features.cacheStats().memoryHits + features.cacheStats().diskHits) -
                           (cacheBefore.memoryHits + cacheBefore.diskHits);
        report.cacheMisses = features.cacheStats().misses - cacheBefore.misses;
        metrics.push_back(metricsLine(report));
        folder.writeMetrics(metrics);
        folder.appendLog(epochLogLine(report));
        qCInfo(lcTrain) << "epoch" << epoch + 1 << "loss" << report.loss.total << "source"
                        << report.loss.sourceCe << "coverage" << report.pseudoCoverage;
        outcome.epochsDone = epoch + 1;
        outcome.checkpoint = checkpoint;
        outcome.epochs.push_back(report);
        if (epochCallback)
            epochCallback(report);
    }
    if (outcome.checkpoint.isEmpty())
        outcome.checkpoint = folder.latestCheckpoint();
    return outcome;
}

} // namespace nexvitad::train

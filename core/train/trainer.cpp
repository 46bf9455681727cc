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

// Fisher-Yates with our own integer draws (reproducible across standard libraries).
std::vector<int> shuffled(int n, std::mt19937_64 &rng)
{
    std::vector<int> v(static_cast<size_t>(n), 0);
    for (int i = 0; i < n; ++i)
        v[size_t(i)] = i;
    for (int i = n - 1; i > 0; --i)
        std::swap(v[size_t(i)], v[size_t(uniformInt(rng, i + 1))]);
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

TrainingOutcome Trainer::Impl::run(Progress &progress)
{
    const TrainingConfig &config = request.config;
    config.validate();
    if (!backbones)
        throw Error(Tr::tr("no backbones to train on"));
    const RunFolder folder(request.runDir);
    folder.check(request.resume, request.force);
    CheckpointMeta resumeMeta;
    if (request.resume) {
        resumeMeta = readCheckpointMeta(folder.latestCheckpoint());
        checkResumable(folder, resumeMeta);
    }

    // Everything a user can get wrong is checked before the folder is touched.
    progress.setStage(Tr::tr("Loading images"));
    Progress loadProgress = progress.child(0.0, 0.02);
    const TrainingSet set =
        loadTrainingSet(request.manifest, request.sourceClasses, request.targetClasses,
                        config.targetPool, config.imageSize, loadProgress);
    folder.prepare(request.resume, request.force);
    if (!request.resume) {
        saveTrainingConfig(config, folder.configPath());
        io::writeFileAtomically(folder.runInfoPath(), QJsonDocument(runInfo()).toJson());
    }

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
    std::mt19937_64 rng(uint64_t(config.seed));
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
    std::vector<std::vector<Augmentation>> sourceVariants(set.source.size()),
        targetVariants(set.target.size());
    {
        std::mt19937_64 variantRng(uint64_t(config.seed) ^ 0x5eedf00dULL);
        for (auto *variants : {&sourceVariants, &targetVariants})
            for (auto &list : *variants)
                for (int v = 0; v < config.augVariants; ++v)
                    list.push_back(sampler.draw(variantRng));
    }
    auto drawFor = [&](const std::vector<Augmentation> &variants) {
        return variants.empty() ? sampler.draw(rng)
                                : variants[size_t(uniformInt(rng, int(variants.size())))];
    };

    FeatureCache cache(qint64(config.cacheMemoryMb) << 20,
                       config.cacheOnDisk ? folder.cacheDir() : QString());
    FeatureProvider features(*backbones, cache, config.imageSize, config.augNoiseStd, device);
    std::vector<torch::Tensor> pseudoLabels;
    StepContext ctx{model, features, set, config, pseudoLabels, device};

    const int batch = config.batchSize;
    const int stepsPerEpoch = int((set.source.size() + size_t(batch) - 1) / size_t(batch));
    const LrSchedule schedule(config.lr, int64_t(stepsPerEpoch) * config.epochs,
                              config.lrWarmupFraction);
    const int64_t totalSteps = schedule.totalSteps();
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
        const bool joint = config.pseudoLabels && isJointPhase(epoch, config.phase1Epochs());
        trainProgress.setStage(Tr::tr("Epoch %1 of %2").arg(epoch + 1).arg(config.epochs));

        // The epoch's plan, all from the trainer's stream: orders, then one draw per image.
        const std::vector<int> sourceOrder = shuffled(int(set.source.size()), rng);
        const std::vector<int> targetOrder = shuffled(int(set.target.size()), rng);
        std::vector<Augmentation> sourceAug, targetAug;
        for (const auto &variants : sourceVariants)
            sourceAug.push_back(drawFor(variants));
        for (const auto &variants : targetVariants)
            targetAug.push_back(drawFor(variants));

        if (!warmed) { // compute every variant once, so later epochs are served by the cache
            for (size_t i = 0; i < set.source.size(); ++i) {
                trainProgress.throwIfCanceled();
                for (const Augmentation &a : sourceVariants[i])
                    features.one(set.source[i], a, true);
            }
            for (size_t i = 0; i < set.target.size(); ++i) {
                trainProgress.throwIfCanceled();
                features.one(set.target[i], Augmentation(), true);
                for (const Augmentation &a : targetVariants[i])
                    features.one(set.target[i], a, true);
            }
            warmed = true;
        }
        model->train();
        double coverage = 0;
        if (joint)
            coverage = refreshPseudoLabels(ctx, batch, &pseudoLabels);

        EpochReport report;
        report.epoch = epoch;
        report.epochs = config.epochs;
        report.joint = joint;
        report.pseudoCoverage = coverage;
        for (int s = 0; s < stepsPerEpoch; ++s, ++step) {
            trainProgress.throwIfCanceled();
            const auto stepStart = Clock::now();
            StepBatch b;
            for (int k = s * batch; k < std::min(int(set.source.size()), (s + 1) * batch); ++k) {
                b.source.push_back(sourceOrder[size_t(k)]);
                b.sourceAug.push_back(sourceAug[size_t(sourceOrder[size_t(k)])]);
            }
            if (joint)
                for (int k = 0; k < std::min(batch, int(set.target.size())); ++k) {
                    const int t = targetOrder[size_t((s * batch + k) % int(set.target.size()))];
                    b.target.push_back(t);
                    b.targetAug.push_back(targetAug[size_t(t)]);
                }
            const double lr = schedule.at(step);
            for (auto &group : adam.param_groups())
                static_cast<torch::optim::AdamOptions &>(group.options()).lr(lr);
            // Gradients reset to "none" (PyTorch 2's default, the paper's setting): heads
            // absent from this batch get no Adam update from stale moments.
            for (auto &p : model->parameters())
                p.mutable_grad().reset();
            LossTerms terms;
            stepLoss(ctx, b, &terms).backward();
            adam.step();

            report.loss.total += terms.total / stepsPerEpoch;
            report.loss.sourceCe += terms.sourceCe / stepsPerEpoch;
            report.loss.targetCe += terms.targetCe / stepsPerEpoch;
            report.loss.targetMse += terms.targetMse / stepsPerEpoch;
            report.lr = lr;
            if (stepCallback)
                stepCallback({epoch, s, stepsPerEpoch, step, joint, terms, lr, coverage,
                              secondsSince(stepStart)});
            trainProgress.report(step + 1, totalSteps);
        }

        CheckpointMeta meta;
        meta.epochsDone = epoch + 1;
        meta.step = step;
        meta.configJson =
            QString::fromUtf8(QJsonDocument(config.toJson()).toJson(QJsonDocument::Compact));
        meta.modelSpec = spec.describe();
        meta.trainerJson =
            QString::fromUtf8(QJsonDocument(runInfo()).toJson(QJsonDocument::Compact));
        meta.augmentationRng = rngToText(rng);
        meta.torchCpuRng = captureTorchCpuRng();
        const QString checkpoint = folder.checkpointPath(epoch + 1);
        saveCheckpoint(checkpoint, model, adam, meta);
        folder.removeCheckpointsExcept(checkpoint);

        report.seconds = secondsSince(epochStart);
        report.featureSeconds = features.extractSeconds() - featureSecondsBefore;
        report.cacheHits = (features.cacheStats().memoryHits + features.cacheStats().diskHits) -
                           (cacheBefore.memoryHits + cacheBefore.diskHits);
        report.cacheMisses = features.cacheStats().misses - cacheBefore.misses;
        metrics.push_back(metricsLine(report));
        folder.writeMetrics(metrics);
        folder.appendLog(QStringLiteral("epoch %1/%2 %3 loss %4 (source %5, target ce %6, mse %7) "
                                        "lr %8 coverage %9 %10 s")
                             .arg(epoch + 1)
                             .arg(config.epochs)
                             .arg(joint ? QStringLiteral("joint") : QStringLiteral("source"))
                             .arg(report.loss.total)
                             .arg(report.loss.sourceCe)
                             .arg(report.loss.targetCe)
                             .arg(report.loss.targetMse)
                             .arg(report.lr)
                             .arg(report.pseudoCoverage)
                             .arg(report.seconds));
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

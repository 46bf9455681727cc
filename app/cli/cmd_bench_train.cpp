// nexvitad-cli bench train: seconds per training epoch on the synthetic dataset, the
// first (frozen features computed) against the later ones (features from the cache).

#include "cli_bench_train_peer.h"
#include "cli_command.h"
#include "cli_engine_options.h"
#include "cli_interrupt.h"
#include "cli_output.h"
#include "cli_project_option.h"
#include "common/error.h"
#include "common/progress.h"
#include "common/settings.h"
#include "data/dataset_scan.h"
#include "data/synthetic.h"
#include "train/backbone_pair.h"
#include "train/trainer.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

namespace {
struct BenchTrain
{
    Q_DECLARE_TR_FUNCTIONS(BenchTrain)
};
PeerComparisonOptions peerOptions(const QCommandLineParser &parser,
                                  const QCommandLineOption &sizes,
                                  const QCommandLineOption &steps,
                                  const QCommandLineOption &rounds)
{
    PeerComparisonOptions o;
    o.sizes.clear();
    for (const QString &part : parser.value(sizes).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int size = part.trimmed().toInt();
        if (size < 32 || size % 32 != 0)
            throw nexvitad::Error(BenchTrain::tr("--peer-sizes: %1 is not a multiple of 32")
                                      .arg(part),
                                  QString());
        o.sizes.push_back(size);
    }
    o.steps = std::max(1, parser.value(steps).toInt());
    o.rounds = std::max(1, parser.value(rounds).toInt());
    return o;
}

QString peerFolder(const QCommandLineParser &parser, const QCommandLineOption &option,
                   const QTemporaryDir &temporary)
{
    if (!parser.isSet(option))
        return temporary.path();
    const QString dir = parser.value(option);
    if (!QDir().mkpath(dir))
        throw nexvitad::Error(BenchTrain::tr("cannot create the folder"), dir);
    return dir;
}

} // namespace

int runBenchTrain(const QStringList &args)
{
    using namespace nexvitad;
    QCommandLineParser parser;
    parser.setApplicationDescription(BenchTrain::tr(
        "Trains the cpu preset for a few epochs on a freshly written synthetic dataset (4 "
        "classes: 3 source, 1 target) and prints the seconds of each epoch, the first "
        "(uncached) against the later (cached) ones. With --project the run is recorded there "
        "as a job. Then it times the cached training step alone against the same step in "
        "Python PyTorch (tools/peer_train_step.py; needs Debian's python3-torch) at 128 and "
        "224 px."));
    const QCommandLineOption epochs(QStringLiteral("epochs"),
                                    BenchTrain::tr("Epochs to time (default 3)."),
                                    QStringLiteral("n"), QStringLiteral("3"));
    const BackboneOptions backbones(BackboneOptions::Defaults::Untrained);
    const QCommandLineOption set(QStringLiteral("set"),
                                 BenchTrain::tr("Override a training setting (repeatable)."),
                                 QStringLiteral("key=value"));
    const QCommandLineOption stepOnly(
        QStringLiteral("step-only"),
        BenchTrain::tr("Skip the epochs: only the cached step against PyTorch."));
    const QCommandLineOption noPeer(QStringLiteral("no-peer"),
                                    BenchTrain::tr("Skip the comparison with PyTorch."));
    const QCommandLineOption peerSizes(
        QStringLiteral("peer-sizes"),
        BenchTrain::tr("Image sizes of the PyTorch comparison (default 128,224)."),
        QStringLiteral("list"), QStringLiteral("128,224"));
    const QCommandLineOption peerSteps(
        QStringLiteral("peer-steps"),
        BenchTrain::tr("Timed steps per side and round (default 5)."), QStringLiteral("n"),
        QStringLiteral("5"));
    const QCommandLineOption peerRounds(
        QStringLiteral("peer-rounds"),
        BenchTrain::tr("Rounds of ours-then-PyTorch (default 3)."), QStringLiteral("n"),
        QStringLiteral("3"));
    const QCommandLineOption peerDir(
        QStringLiteral("peer-dir"),
        BenchTrain::tr("Keep the peer script and the step files in this folder (to rerun "
                       "the peer by hand)."),
        QStringLiteral("dir"));
    parser.addOption(epochs);
    backbones.addTo(parser);
    parser.addOptions({set, stepOnly, noPeer, peerSizes, peerSteps, peerRounds, peerDir});
    ProjectOption project;
    project.addTo(parser);
    if (const int code = parseOrExit(parser, args); code >= 0)
        return code;

    return project.run(parser, QStringLiteral("bench train"), args, [&] {
        QTemporaryDir dir;
        if (!dir.isValid())
            throw Error(BenchTrain::tr("cannot create a temporary folder"), dir.path());
        if (parser.isSet(stepOnly)) {
            train::TrainingConfig config = train::TrainingConfig::fromPreset(QStringLiteral("cpu"));
            backbones.applyTo(parser, config);
            for (const QString &assignment : parser.values(set))
                config.applyOverride(assignment);
            PeerComparisonOptions options = peerOptions(parser, peerSizes, peerSteps, peerRounds);
            options.peer = !parser.isSet(noPeer);
            runPeerComparison(config, Settings().modelsDirectory(),
                              peerFolder(parser, peerDir, dir), options);
            return cli_exit::ok;
        }
        const QString data = dir.filePath(QStringLiteral("synthetic"));
        data::writeSyntheticDataset(data, data::SyntheticOptions{}, false, Progress::none());

        train::TrainingRequest request;
        request.manifest = data::scanDataset(data, data::ScanOptions{}, Progress::none());
        const QStringList classes = request.manifest.classNames();
        request.sourceClasses = classes.mid(0, classes.size() - 1);
        request.targetClasses = {classes.last()};
        request.runDir = dir.filePath(QStringLiteral("run"));
        request.config = train::TrainingConfig::fromPreset(QStringLiteral("cpu"));
        request.config.applyOverride(QStringLiteral("epochs=") + parser.value(epochs));
        backbones.applyTo(parser, request.config);
        for (const QString &assignment : parser.values(set))
            request.config.applyOverride(assignment);
        const auto backbones =
            train::loadBackbonePair(request.config.hiera, request.config.dinov2,
                                    Settings().modelsDirectory(), QStringLiteral("cpu"));
        out() << BenchTrain::tr("cpu preset, %1 px, batch %2, %3 source + %4 target classes, "
                                "%5 + %6")
                     .arg(request.config.imageSize)
                     .arg(request.config.batchSize)
                     .arg(request.sourceClasses.size())
                     .arg(request.targetClasses.size())
                     .arg(request.config.hiera, request.config.dinov2)
              << Qt::endl;

        train::Trainer trainer(request, backbones);
        std::vector<double> seconds;
        trainer.onEpoch([&](const train::EpochReport &e) {
            seconds.push_back(e.seconds);
            out() << BenchTrain::tr("epoch %1: %2 s (features %3 s, cache %4 hits / %5 misses), "
                                    "loss %6")
                         .arg(e.epoch + 1)
                         .arg(e.seconds, 0, 'f', 2)
                         .arg(e.featureSeconds, 0, 'f', 2)
                         .arg(e.cacheHits)
                         .arg(e.cacheMisses)
                         .arg(e.loss.total, 0, 'f', 4)
                  << Qt::endl;
        });
        // No console bar: it would interleave with the per-epoch lines this bench prints.
        Progress progress(project.tracking({}));
        CancelOnInterrupt interrupt(progress);
        trainer.run(progress);
        if (seconds.size() >= 2) {
            double later = 0;
            for (size_t i = 1; i < seconds.size(); ++i)
                later += seconds[i] / double(seconds.size() - 1);
            out() << BenchTrain::tr("first epoch %1 s, later epochs %2 s on average, ratio %3")
                         .arg(seconds[0], 0, 'f', 2)
                         .arg(later, 0, 'f', 2)
                         .arg(later / seconds[0], 0, 'f', 3)
                  << Qt::endl;
        }
        if (!parser.isSet(noPeer))
            runPeerComparison(request.config, Settings().modelsDirectory(),
                              peerFolder(parser, peerDir, dir),
                              peerOptions(parser, peerSizes, peerSteps, peerRounds));
        return cli_exit::ok;
    });
}

// nexvitad-cli bench watch: the hot-folder watcher's steady-state rate against the frozen
// backbones' own rate (issue 19's target: within 10 %), measured in one process on one
// machine state. The backbones are timed before and after the watcher (bench backbone's
// code, same variants, size and batch) and the watcher is compared with their mean, so a
// slow swing of a shared machine does not read as the watcher's cost.

#include "cli_bench_fixture.h"
#include "cli_command.h"
#include "cli_output.h"
#include "cli_values.h"

#include "backbones/backbone_bench.h"
#include "common/progress.h"
#include "common/runtime.h"
#include "common/settings.h"
#include "infer/bank_builder.h"
#include "line/line_watcher.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

namespace {
struct BenchWatch
{
    Q_DECLARE_TR_FUNCTIONS(BenchWatch)
};

using namespace nexvitad;

// Seconds per image of both backbones at `batch` (bench backbone's median).
double backboneSecondsPerImage(int size, int batch)
{
    backbones::BenchOptions options;
    options.size = size;
    options.batches = {batch};
    options.timedRuns = 3;
    for (const backbones::BenchRow &row : backbones::benchBackbones(options, Progress::none()).rows)
        if (row.what == QLatin1String("both"))
            return row.secondsPerImage;
    return 0;
}

// Seconds per image of the Inspector alone on the same files (decoding, encoder, scoring,
// post-processing; no files, no project, no folder): what the watcher adds is the rest.
double inspectorSecondsPerImage(const QString &bankPath, const infer::InspectorOptions &options,
                                const QStringList &sources, int batch, int count)
{
    infer::InspectorOptions o = options;
    o.batchSize = batch;
    infer::Inspector inspector(bankPath, o);
    QStringList files;
    for (int i = 0; i < count; ++i)
        files << sources[i % sources.size()];
    inspector.inspectFiles(files.mid(0, batch), Progress::none()); // warm-up
    QElapsedTimer clock;
    clock.start();
    inspector.inspectFiles(files.mid(batch), Progress::none());
    return double(clock.nsecsElapsed()) / 1e9 / double(count - batch);
}

struct WatchRun
{
    double secondsPerImage = 0; // steady state: after the first batch
    infer::InspectionTiming timing;
    line::LineTiming watcher;
    qint64 images = 0;
};

// The watcher on `count` images already waiting in a fresh folder; its first batch is the
// warm-up and is left out of every figure.
WatchRun runWatcher(line::WatchOptions options, const QString &name, const QStringList &sources,
                    int count)
{
    options.inputFolder += QLatin1Char('/') + name;
    options.outputFolder += QLatin1Char('/') + name;
    QDir().mkpath(options.inputFolder);
    for (int i = 0; i < count; ++i)
        QFile::copy(sources[i % sources.size()],
                    QDir(options.inputFolder)
                        .filePath(QStringLiteral("part%1.png").arg(i, 4, 10, QLatin1Char('0'))));
    line::LineWatcher watcher(options);
    Progress progress;
    QElapsedTimer clock;
    qint64 firstBatchDone = -1, last = 0;
    infer::InspectionTiming warmUp; // the first batch's share, taken off at the end
    line::LineTiming watcherWarmUp;
    line::LineCallbacks callbacks;
    callbacks.item = [&](const line::LineItem &, const line::LineStats &stats) {
        if (!clock.isValid())
            clock.start();
        if (stats.inspected == options.maxBatch) {
            firstBatchDone = clock.nsecsElapsed();
            warmUp = stats.inspection;
            watcherWarmUp = stats.timing;
        }
        last = clock.nsecsElapsed();
        if (stats.inspected >= count)
            progress.cancel();
    };
    watcher.run(progress, callbacks);
    WatchRun run;
    run.images = count - options.maxBatch;
    run.secondsPerImage = double(last - firstBatchDone) / 1e9 / double(run.images);
    run.timing = watcher.stats().inspection;
    run.timing.featureSeconds -= warmUp.featureSeconds;
    run.timing.scoringSeconds -= warmUp.scoringSeconds;
    run.timing.postSeconds -= warmUp.postSeconds;
    run.timing.images -= warmUp.images;
    const line::LineTiming &t = watcher.stats().timing;
    run.watcher = {t.decodeSeconds - watcherWarmUp.decodeSeconds,
                   t.filesSeconds - watcherWarmUp.filesSeconds,
                   t.projectSeconds - watcherWarmUp.projectSeconds,
                   t.pollSeconds - watcherWarmUp.pollSeconds};
    return run;
}

} // namespace

int runBenchWatch(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(BenchWatch::tr(
        "Times the hot-folder watcher in its steady state (images already waiting, after the "
        "first batch) on a fresh synthetic class with an untrained encoder, K = 30, recording "
        "into a temporary project, and compares it with the backbones' own rate at the same "
        "batch size, measured before and after it in this process."));
    const QCommandLineOption size(QStringLiteral("size"),
                                  BenchWatch::tr("Image size S (default 224)."),
                                  QStringLiteral("S"), QStringLiteral("224"));
    const QCommandLineOption batch(QStringLiteral("batch"),
                                   BenchWatch::tr("The watcher's batch (default 10)."),
                                   QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption images(QStringLiteral("images"),
                                    BenchWatch::tr("Images dropped in (default 60)."),
                                    QStringLiteral("n"), QStringLiteral("60"));
    const QCommandLineOption noProject(QStringLiteral("no-project"),
                                       BenchWatch::tr("Do not record into a project."));
    parser.addOptions({size, batch, images, noProject});
    if (const int code = parseOrExit(parser, args); code >= 0)
        return code;

    return guarded([&] {
        const int s = cli_values::integer(QStringLiteral("size"), parser.value(size), 32, 2048);
        const int b = cli_values::integer(QStringLiteral("batch"), parser.value(batch), 1, 64);
        const int n =
            cli_values::integer(QStringLiteral("images"), parser.value(images), 2 * b, 100000);
        QTemporaryDir dir;
        const BenchClass benchClass = writeBenchClass(dir.path(), s);
        const QStringList &sources = benchClass.allImages;
        const infer::BankBuildRequest request = benchBankRequest(benchClass, s);
        infer::MemoryBank bank = infer::buildBank(request, Progress::none());
        const QString bankPath = dir.filePath(QStringLiteral("bench.bank"));
        bank.save(bankPath);

        line::WatchOptions options;
        options.bankPath = bankPath;
        options.inputFolder = dir.filePath(QStringLiteral("in"));
        options.outputFolder = dir.filePath(QStringLiteral("out"));
        options.maxBatch = b;
        options.settle = std::chrono::milliseconds(0);
        options.inspector.modelsDir = request.encoder.modelsDir;
        if (!parser.isSet(noProject))
            options.project = store::Project::create(dir.filePath(QStringLiteral("project")),
                                                     QStringLiteral("bench"));
        out() << BenchWatch::tr("Threads: %1; hiera_tiny_224 + vit_small_patch14_dinov2 at %2 px, "
                                "untrained encoder, K = 30, batch %3, %4 images per run, %5")
                     .arg(runtime::threadCount())
                     .arg(s)
                     .arg(b)
                     .arg(n)
                     .arg(options.project ? BenchWatch::tr("recorded in a project")
                                          : BenchWatch::tr("no project"))
              << Qt::endl;

        // Two lines: one where every part passes (the usual case: map, CSV, project) and one
        // where every part is flagged (an overlay PNG each as well). Thresholds only change
        // the verdicts, so one bank file serves both.
        struct Scenario
        {
            QString name, title;
            infer::ReviewBand band;
        };
        const Scenario scenarios[] = {
            {QStringLiteral("pass"), BenchWatch::tr("every image passes"), {1e9f, 1e9f}},
            {QStringLiteral("flagged"), BenchWatch::tr("every image flagged (overlays written)"),
             {0.0f, 1e9f}}};
        double previous = backboneSecondsPerImage(s, b);
        for (const Scenario &scenario : scenarios) {
            infer::MemoryBank withBand = bank;
            infer::ThresholdSet thresholds;
            thresholds.imageReview = scenario.band;
            withBand.setThresholds(thresholds);
            withBand.save(bankPath);
            infer::InspectorOptions alone = options.inspector;
            alone.explainFlagged = options.explainFlagged;
            const double inspectorAlone = inspectorSecondsPerImage(bankPath, alone, sources, b, n);
            const WatchRun run = runWatcher(options, scenario.name, sources, n);
            const double next = backboneSecondsPerImage(s, b);
            const double backbone = (previous + next) / 2;
            const double images = double(std::max<qint64>(run.images, 1));
            const double rest = run.secondsPerImage -
                                (run.timing.featureSeconds + run.timing.scoringSeconds +
                                 run.timing.postSeconds + run.watcher.decodeSeconds +
                                 run.watcher.filesSeconds + run.watcher.projectSeconds +
                                 run.watcher.pollSeconds) / images;
            out() << "\n"
                  << BenchWatch::tr("%1:").arg(scenario.title) << "\n"
                  << BenchWatch::tr("  backbones (bench backbone, batch %1): %2 s/image before, "
                                    "%3 after -> %4 images/s")
                         .arg(b)
                         .arg(previous, 0, 'f', 4)
                         .arg(next, 0, 'f', 4)
                         .arg(1.0 / backbone, 0, 'f', 3)
                  << "\n"
                  << BenchWatch::tr("  watcher steady state (%1 images after the first batch): "
                                    "%2 s/image -> %3 images/s")
                         .arg(run.images)
                         .arg(run.secondsPerImage, 0, 'f', 4)
                         .arg(1.0 / run.secondsPerImage, 0, 'f', 3)
                  << "\n"
                  << BenchWatch::tr("  per image: encoder %1 s, scoring %2 s, post %3 s, decoding "
                                    "%4 s, map/overlay/CSV %5 s, project %6 s, polling %7 s, "
                                    "other %8 s")
                         .arg(run.timing.featureSeconds / images, 0, 'f', 4)
                         .arg(run.timing.scoringSeconds / images, 0, 'f', 4)
                         .arg(run.timing.postSeconds / images, 0, 'f', 4)
                         .arg(run.watcher.decodeSeconds / images, 0, 'f', 4)
                         .arg(run.watcher.filesSeconds / images, 0, 'f', 4)
                         .arg(run.watcher.projectSeconds / images, 0, 'f', 4)
                         .arg(run.watcher.pollSeconds / images, 0, 'f', 4)
                         .arg(rest, 0, 'f', 4)
                  << "\n"
                  << BenchWatch::tr("  inspector alone (decoding, encoder, scoring, post; no files, "
                                    "project or folder): %1 s/image; the watcher adds %2 %")
                         .arg(inspectorAlone, 0, 'f', 4)
                         .arg((run.secondsPerImage / inspectorAlone - 1.0) * 100.0, 0, 'f', 1)
                  << "\n"
                  << BenchWatch::tr("  watcher rate / backbone rate: %1 (target >= 0.90)")
                         .arg(backbone / run.secondsPerImage, 0, 'f', 3)
                  << Qt::endl;
            previous = next;
        }
        return cli_exit::ok;
    });
}

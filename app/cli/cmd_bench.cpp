// nexvitad-cli bench <what>: speed measurements. Each <what> is one function; later parts
// of the engine add theirs to kBenches.

#include "cli_command.h"
#include "cli_interrupt.h"
#include "cli_output.h"
#include "cli_progress.h"
#include "cli_project_option.h"

#include "backbones/backbone_bench.h"
#include "common/progress.h"
#include "common/runtime.h"
#include "common/tensor_memory_pool.h"

#include <QCoreApplication>

int runBenchTrain(const QStringList &args); // cmd_bench_train.cpp
int runBenchReport(const QStringList &args); // cmd_bench_report.cpp
int runBenchInspect(const QStringList &args); // cmd_bench_inspect.cpp
int runBenchWatch(const QStringList &args); // cmd_bench_watch.cpp
int runBenchSoak(const QStringList &args); // cmd_bench_soak.cpp

namespace {
struct Bench
{
    Q_DECLARE_TR_FUNCTIONS(BenchCli)
};

// A positive integer option, or -1 (message printed) when malformed.
int positiveOption(const QCommandLineParser &parser, const QCommandLineOption &option,
                   int fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 1) {
        err() << Bench::tr("--%1 must be a positive integer.").arg(option.names().first())
              << Qt::endl;
        return -1;
    }
    return value;
}

int runBenchBackbone(const QStringList &args)
{
    using namespace nexvitad::backbones;
    QCommandLineParser parser;
    parser.setApplicationDescription(Bench::tr(
        "Times the frozen backbones (random weights: speed does not depend on them) at batch 1 "
        "and 10: seconds per image (median after warm-up), achieved GFLOP/s (analytic FLOP "
        "count), this machine's sgemm GFLOP/s measured before each timed run, the median of the "
        "paired ratios, and the peak resident memory. With --project the run is recorded there as a job."));
    const BenchOptions defaults;
    const QCommandLineOption hiera(QStringLiteral("hiera"),
                                   Bench::tr("Hiera variant, or \"none\" (default %1).")
                                       .arg(defaults.hieraVariant),
                                   Bench::tr("VARIANT"), defaults.hieraVariant);
    const QCommandLineOption dino(QStringLiteral("dinov2"),
                                  Bench::tr("DINOv2 variant, or \"none\" (default %1).")
                                      .arg(defaults.dinoVariant),
                                  Bench::tr("VARIANT"), defaults.dinoVariant);
    const QCommandLineOption size(QStringLiteral("size"), Bench::tr("Image side (default 224)."),
                                  Bench::tr("S"));
    const QCommandLineOption batch(QStringLiteral("batch"),
                                   Bench::tr("Only this batch size (default: 1 and 10)."),
                                   Bench::tr("B"));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  Bench::tr("Timed runs per batch size (default %1).")
                                      .arg(defaults.timedRuns),
                                  Bench::tr("N"));
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     Bench::tr("Compute threads (default: the setting)."),
                                     Bench::tr("N"));
    parser.addOptions({hiera, dino, size, batch, runs, threads});
    ProjectOption project;
    project.addTo(parser);
    if (const int code = parseOrExit(parser, args); code >= 0)
        return code;

    BenchOptions options;
    auto variant = [&](const QCommandLineOption &o) {
        const QString v = parser.value(o);
        return v == QLatin1String("none") ? QString() : v;
    };
    options.hieraVariant = variant(hiera);
    options.dinoVariant = variant(dino);
    options.size = positiveOption(parser, size, options.size);
    const int onlyBatch = positiveOption(parser, batch, 0);
    options.timedRuns = positiveOption(parser, runs, options.timedRuns);
    const int threadCount = positiveOption(parser, threads, 0);
    if (options.size < 0 || onlyBatch < 0 || options.timedRuns < 0 || threadCount < 0)
        return cli_exit::usage;
    if (onlyBatch > 0)
        options.batches = {onlyBatch};
    if (threadCount > 0)
        nexvitad::runtime::configureThreads(threadCount);

    return project.run(parser, QStringLiteral("bench backbone"), args, [&] {
        nexvitad::Progress progress(project.tracking(consoleProgress(ProgressUnit::Count)));
        CancelOnInterrupt interrupt(progress);
        const BenchResult r = benchBackbones(options, progress);
        endConsoleProgress();
        out() << Bench::tr("Threads: %1").arg(r.threads) << "\n"
              << Bench::tr("sgemm: %1 GFLOP/s, median of the measurements before each timed run "
                           "(range %2-%3; square %4 x %4 sgemm, best of three products; BLAS %5)")
                     .arg(r.sgemmGflops, 0, 'f', 1)
                     .arg(r.sgemmMinGflops, 0, 'f', 1)
                     .arg(r.sgemmMaxGflops, 0, 'f', 1)
                     .arg(r.sgemmSize)
                     .arg(r.blasLibrary.isEmpty() ? Bench::tr("unknown") : r.blasLibrary)
              << "\n"
              << Bench::tr("Hiera: %1 at %2 px; DINOv2: %3 at %4 px")
                     .arg(options.hieraVariant.isEmpty() ? QStringLiteral("-") : options.hieraVariant)
                     .arg(options.size)
                     .arg(options.dinoVariant.isEmpty() ? QStringLiteral("-") : options.dinoVariant)
                     .arg(r.dinoSize)
              << "\n\n";
        out() << Bench::tr("what      batch   s/image   GFLOP/image   GFLOP/s   ratio to sgemm")
              << "\n";
        for (const BenchRow &row : r.rows)
            out() << row.what.leftJustified(8) << QString::number(row.batch).rightJustified(7)
                  << QString::number(row.secondsPerImage, 'f', 4).rightJustified(10)
                  << QString::number(row.gflopPerImage, 'f', 2).rightJustified(14)
                  << QString::number(row.gflops, 'f', 1).rightJustified(10)
                  << QString::number(row.ratioToSgemm, 'f', 2).rightJustified(8)
                  << "\n";
        const nexvitad::runtime::TensorPoolStats pool = nexvitad::runtime::tensorMemoryPoolStats();
        out() << "\n"
              << Bench::tr("Peak RSS: %1 MiB").arg(double(r.peakRssKiB) / 1024.0, 0, 'f', 0)
              << "\n"
              << (pool.cacheLimitBytes > 0
                      ? Bench::tr("Tensor memory cache: up to %1 MiB; %2 of %3 large "
                                  "allocations reused freed memory")
                            .arg(pool.cacheLimitBytes >> 20)
                            .arg(pool.reused)
                            .arg(pool.requests)
                      : Bench::tr("Tensor memory cache: off"))
              << Qt::endl;
        return cli_exit::ok;
    });
}

struct BenchEntry
{
    const char *what;
    const char *summary; // QT_TRANSLATE_NOOP("BenchCli", ...)
    int (*run)(const QStringList &args);
};

const BenchEntry kBenches[] = {
    {"backbone", QT_TRANSLATE_NOOP("BenchCli", "Frozen Hiera + DINOv2 forward speed and memory"),
     &runBenchBackbone},
    {"train", QT_TRANSLATE_NOOP("BenchCli", "Seconds per training epoch, uncached vs cached"),
     &runBenchTrain},
    {"report", QT_TRANSLATE_NOOP("BenchCli", "PDF report of N images: seconds, pages, peak memory"),
     &runBenchReport},
    {"inspect", QT_TRANSLATE_NOOP("BenchCli", "Inspection time per image by stage and K; bank build time"),
     &runBenchInspect},
    {"watch", QT_TRANSLATE_NOOP("BenchCli", "Hot-folder watcher's steady-state rate against the backbones' rate"),
     &runBenchWatch},
    {"soak", QT_TRANSLATE_NOOP("BenchCli", "Banks, inspections and project writes for N minutes: memory and open files must not grow"),
     &runBenchSoak},
};

void printBenchUsage(QTextStream &s)
{
    s << Bench::tr("Usage: nexvitad-cli bench <what> [options]") << "\n\n";
    for (const BenchEntry &b : kBenches)
        s << "  " << QString::fromLatin1(b.what).leftJustified(12) << " "
          << QCoreApplication::translate("BenchCli", b.summary) << "\n";
    s.flush();
}

} // namespace

int runBench(const QStringList &args)
{
    // args: "nexvitad-cli bench", "<what>", options...; the sub-benchmark gets
    // "nexvitad-cli bench <what>", options...
    const QString what = args.value(1);
    if (what.isEmpty() || what == QLatin1String("--help") || what == QLatin1String("-h")) {
        printBenchUsage(what.isEmpty() ? err() : out());
        return what.isEmpty() ? cli_exit::usage : cli_exit::ok;
    }
    for (const BenchEntry &b : kBenches) {
        if (what == QLatin1String(b.what)) {
            QStringList sub = args.mid(1);
            sub[0] = args[0] + QLatin1Char(' ') + what;
            return b.run(sub);
        }
    }
    err() << Bench::tr("Unknown benchmark \"%1\".").arg(what) << "\n";
    printBenchUsage(err());
    return cli_exit::usage;
}

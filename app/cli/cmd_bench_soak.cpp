// nexvitad-cli bench soak: the engine's work repeated in one process for N minutes, to show
// that nothing accumulates (issue 21). Each round builds a bank, saves it and records it in
// a project, loads it into a fresh Inspector, inspects the test images, writes their maps
// and overlays and records each inspection in the project. Resident memory and open file
// descriptors are sampled after every round; the trend after warm-up decides
// (common/resource_trend.h). Exit code 1 when either grows.

#include "cli_bench_fixture.h"
#include "cli_command.h"
#include "cli_interrupt.h"
#include "cli_output.h"
#include "cli_values.h"

#include "common/error.h"
#include "common/process_resources.h"
#include "common/progress.h"
#include "common/resource_trend.h"
#include "common/runtime.h"
#include "infer/inspection_files.h"
#include "infer/inspector.h"
#include "project/inference_record.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace nexvitad;

namespace {
struct BenchSoak
{
    Q_DECLARE_TR_FUNCTIONS(BenchSoak)
};

double mib(qint64 kib)
{
    return double(kib) / 1024.0;
}

// One round of the work a workstation repeats all day.
void soakRound(const infer::BankBuildRequest &request, const QStringList &tests,
               const store::Project &project, const QString &folder, Progress &progress)
{
    const QString bankPath = QDir(folder).filePath(QStringLiteral("soak.bank"));
    const infer::MemoryBank bank = infer::buildBank(request, progress);
    bank.save(bankPath);
    const project::RecordedBank recorded =
        project::recordBank(project, bankPath, bank, 0, QStringLiteral("soak"),
                            QStringLiteral("bench soak"));
    const qint64 batchId =
        project::recordInspectionBatch(project, recorded.bankId, 0, QStringLiteral("bench soak"));
    infer::InspectorOptions options;
    options.modelsDir = request.encoder.modelsDir;
    infer::Inspector inspector(bankPath, options);
    const QString outDir = QDir(folder).filePath(QStringLiteral("inspection"));
    QDir().mkpath(outDir);
    const auto pixel = inspector.thresholds().pixel;
    inspector.inspectFiles(tests, progress, [&](infer::Inspection &&r) {
        infer::writeInspectionFiles(r, outDir, QFileInfo(r.path).completeBaseName(), pixel);
        project::recordInspection(project, batchId, r);
    });
}

void printSample(const runtime::ResourceSample &s, int rounds)
{
    out() << QString::number(s.seconds / 60.0, 'f', 1).rightJustified(8)
          << QString::number(rounds).rightJustified(8)
          << QString::number(mib(s.residentKiB), 'f', 1).rightJustified(10)
          << QString::number(s.fileDescriptors).rightJustified(12) << Qt::endl;
}

} // namespace

int runBenchSoak(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(BenchSoak::tr(
        "Repeats bank building, inspection and project writes in one process and watches its "
        "resident memory and open file descriptors: after a warm-up (the first fifth of the "
        "rounds) neither may grow. Prints a sample a minute and the trend; exit code 1 when "
        "either grows. Untrained encoder on a fresh synthetic class; Ctrl-C ends early with "
        "the trend so far."));
    const QCommandLineOption minutes(QStringLiteral("minutes"),
                                     BenchSoak::tr("How long to run (default 10)."),
                                     QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption rounds(QStringLiteral("rounds"),
                                    BenchSoak::tr("Stop after this many rounds instead."),
                                    QStringLiteral("N"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  BenchSoak::tr("Image size S (default 128)."),
                                  QStringLiteral("S"), QStringLiteral("128"));
    const QCommandLineOption k(QStringLiteral("k"),
                               BenchSoak::tr("Prototypes per layer (default 10)."),
                               QStringLiteral("K"), QStringLiteral("10"));
    parser.addOptions({minutes, rounds, size, k});
    if (const int code = parseOrExit(parser, args); code >= 0)
        return code;

    return guarded([&] {
        const double limitSeconds =
            60.0 * cli_values::integer(QStringLiteral("minutes"), parser.value(minutes), 1, 100000);
        const int roundLimit =
            parser.isSet(rounds)
                ? cli_values::integer(QStringLiteral("rounds"), parser.value(rounds), 1, 10000000)
                : 0;
        const int s = cli_values::integer(QStringLiteral("size"), parser.value(size), 32, 2048);
        QTemporaryDir dir;
        if (!dir.isValid())
            throw Error(BenchSoak::tr("cannot create a temporary folder"), dir.path());
        const BenchClass benchClass = writeBenchClass(dir.path(), s, 6);
        infer::BankBuildRequest request = benchBankRequest(benchClass, s);
        request.clustering.k =
            cli_values::integer(QStringLiteral("k"), parser.value(k), 1, 100000);
        const store::Project project = store::Project::create(
            dir.filePath(QStringLiteral("project")), QStringLiteral("soak"));
        out() << BenchSoak::tr("Soak: %1; threads %2; hiera_tiny_224 + vit_small_patch14_dinov2 "
                               "at %3 px, untrained encoder. A round: bank of %4 images (K = %5) "
                               "built, saved and recorded; %6 images inspected, maps and overlays "
                               "written, inspections recorded in a project.")
                     .arg(roundLimit ? BenchSoak::tr("%1 rounds").arg(roundLimit)
                                     : BenchSoak::tr("%1 min").arg(limitSeconds / 60.0))
                     .arg(runtime::threadCount())
                     .arg(s)
                     .arg(request.images.size())
                     .arg(request.clustering.k)
                     .arg(benchClass.testImages.size())
              << "\n"
              << BenchSoak::tr("  minute  rounds   RSS MiB  open files") << Qt::endl;

        Progress progress;
        CancelOnInterrupt interrupt(progress);
        std::vector<runtime::ResourceSample> samples;
        QElapsedTimer clock;
        clock.start();
        double nextPrint = 0.0;
        size_t printed = 0; // samples printed so far: the last one is printed once
        for (int round = 1;; ++round) {
            try {
                soakRound(request, benchClass.testImages, project, dir.path(), progress);
            } catch (const Canceled &) {
                break;
            }
            const runtime::ResourceSample sample{double(clock.nsecsElapsed()) / 1e9,
                                                 runtime::residentKiB(),
                                                 runtime::openFileDescriptors()};
            samples.push_back(sample);
            if (round == 1 || sample.seconds >= nextPrint) {
                printSample(sample, round);
                printed = samples.size();
                nextPrint = sample.seconds + 60.0;
            }
            if (roundLimit ? round >= roundLimit : sample.seconds >= limitSeconds)
                break;
        }
        const runtime::ResourceTrend t = runtime::analyseResourceTrend(samples);
        if (printed < samples.size())
            printSample(samples.back(), int(samples.size()));
        out() << BenchSoak::tr("%1 rounds in %2 min, the first %3 warm-up; peak RSS %4 MiB")
                     .arg(t.samples)
                     .arg(samples.empty() ? 0.0 : samples.back().seconds / 60.0, 0, 'f', 1)
                     .arg(t.warmupSamples)
                     .arg(mib(runtime::peakResidentKiB()), 0, 'f', 1)
              << Qt::endl;
        if (!t.enough) {
            out() << BenchSoak::tr("Too few rounds after the warm-up for a verdict: run longer.")
                  << Qt::endl;
            return cli_exit::ok;
        }
        out() << BenchSoak::tr("RSS after warm-up %1 MiB, at the end %2 MiB (%3 MiB; slope %4 "
                               "MiB/h); open files %5 -> %6: %7")
                     .arg(mib(t.rssStartKiB), 0, 'f', 1)
                     .arg(mib(t.rssEndKiB), 0, 'f', 1)
                     .arg(QString::asprintf("%+.1f", mib(t.rssEndKiB - t.rssStartKiB)))
                     .arg(QString::asprintf("%+.1f", t.rssSlopeKiBPerHour / 1024.0))
                     .arg(t.fdStart)
                     .arg(t.fdEnd)
                     .arg(t.grows() ? BenchSoak::tr("GROWS") : BenchSoak::tr("no growth"))
              << Qt::endl;
        return t.grows() ? cli_exit::failure : cli_exit::ok;
    });
}

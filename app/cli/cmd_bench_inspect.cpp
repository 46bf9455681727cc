// nexvitad-cli bench inspect: the paper's Figure 9 measured here. Per image, the time of
// feature extraction (decoding + backbones + adapters/projections), scoring (nearest
// prototype per patch) and post-processing (upsampling, layer mean, Gaussian, image score)
// for K = 5 ... 40 and all_patches, batch 1 and 10; and the time to build a bank
// (M = 10, K = 30), feature extraction included.

#include "cli_bench_fixture.h"
#include "cli_command.h"
#include "cli_engine_options.h"
#include "cli_output.h"
#include "cli_project_option.h"
#include "cli_values.h"

#include "common/progress.h"
#include "common/runtime.h"
#include "common/settings.h"
#include "infer/bank_builder.h"
#include "infer/inspector.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

namespace {
struct BenchInspect
{
    Q_DECLARE_TR_FUNCTIONS(BenchInspect)
};

using namespace nexvitad;

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

// The command's options, declared apart from the work.
struct BenchInspectOptions
{
    BackboneOptions backbones{BackboneOptions::Defaults::Untrained};
    QCommandLineOption size{QStringLiteral("size"), BenchInspect::tr("Image size S (default 224)."),
                            QStringLiteral("S"), QStringLiteral("224")};
    QCommandLineOption ks{QStringLiteral("k"),
                          BenchInspect::tr("K values (default 5,10,20,30,40)."),
                          QStringLiteral("list"), QStringLiteral("5,10,20,30,40")};
    QCommandLineOption bankOnly{
        QStringLiteral("bank-only"),
        BenchInspect::tr("Only time the building of the bank (skip the per-K table).")};

    void addTo(QCommandLineParser &parser) const
    {
        backbones.addTo(parser);
        parser.addOptions({size, ks, bankOnly});
    }
};

// Bank building timed: with all_patches (encoder load + encoding only), then K = 30, and
// the clustering alone on the same patches (the split of the build time).
struct BankBuildTiming
{
    infer::MemoryBank base;  // all patches
    infer::MemoryBank built; // K = 30
    double load = 0, build = 0, clustering = 0;
};

BankBuildTiming timeBankBuild(infer::BankBuildRequest request)
{
    request.prototypes = infer::PrototypeMode::AllPatches;
    infer::MemoryBank base = infer::buildBank(request, Progress::none());
    QElapsedTimer timer;
    timer.start();
    infer::InspectorOptions options;
    options.modelsDir = request.encoder.modelsDir;
    infer::Inspector loader(base, options); // loads the same encoder: its load time
    const double load = seconds(timer);
    request.prototypes = infer::PrototypeMode::SinkhornKMeans;
    request.clustering.k = 30;
    timer.restart();
    infer::MemoryBank built = infer::buildBank(request, Progress::none());
    const double build = seconds(timer) - load;
    infer::MemoryBank reclustered = base;
    reclustered.setPrototypes(infer::PrototypeMode::SinkhornKMeans, built.info().clustering);
    timer.restart();
    reclustered.recluster();
    const double clustering = seconds(timer);
    return {std::move(base), std::move(built), load, build, clustering};
}

void printBankBuild(const BankBuildTiming &t, const QString &hiera, const QString &dinov2, int size)
{
    out() << BenchInspect::tr("Threads: %1; %2 + %3 at %4 px; untrained encoder")
                 .arg(nexvitad::runtime::threadCount())
                 .arg(hiera, dinov2)
                 .arg(size)
          << "\n"
          << BenchInspect::tr("Bank build, M = 10, K = 30, 4 layers: %1 s (encoding about %2 s, "
                              "clustering %3 s measured alone; loading the encoder, %4 s, not "
                              "included)")
                 .arg(t.build, 0, 'f', 2)
                 .arg(t.build - t.clustering, 0, 'f', 2)
                 .arg(t.clustering, 0, 'f', 2)
                 .arg(t.load, 0, 'f', 2)
          << "\n";
    for (size_t l = 0; l < t.built.clusteringStats().size(); ++l) {
        const infer::SinkhornKMeansStats &st = t.built.clusteringStats()[l];
        const infer::BankLayer &layer = t.built.info().layers[l];
        out() << "  "
              << BenchInspect::tr("layer %1 (%2 x %3 patches): %4 s, %5 outer iterations%6, "
                                  "%7 Sinkhorn iterations, last move %8")
                     .arg(layer.stage)
                     .arg(layer.patchesPerImage() * qint64(t.built.images().size()))
                     .arg(layer.channels)
                     .arg(st.seconds, 0, 'f', 2)
                     .arg(st.iterations)
                     .arg(st.converged ? BenchInspect::tr(" (converged)") : QString())
                     .arg(st.sinkhornIterations)
                     .arg(st.lastMove, 0, 'g', 2)
              << "\n";
    }
}

// The per-K table: for each K (0: all_patches) the bank re-clustered from `base`, then
// inspection of `tests` at batch 1 and 10, a row each.
void timeInspectionPerK(const infer::MemoryBank &base, infer::InspectorOptions options,
                        const QStringList &tests, std::vector<int> kValues)
{
    out() << "\n"
          << BenchInspect::tr("K            batch  features s/img  scoring s/img  post s/img  "
                              "(scoring+post)/features  clustering s")
          << "\n";
    kValues.push_back(0); // all_patches
    QElapsedTimer timer;
    for (const int k : kValues) {
        infer::MemoryBank bank = base;
        infer::SinkhornKMeansOptions clustering = base.info().clustering;
        clustering.k = std::max(k, 1);
        bank.setPrototypes(k == 0 ? infer::PrototypeMode::AllPatches
                                  : infer::PrototypeMode::SinkhornKMeans,
                           clustering);
        timer.start();
        bank.recluster();
        const double cluster = seconds(timer);
        for (const int batch : {1, 10}) {
            options.batchSize = batch;
            infer::Inspector inspector(bank, options);
            inspector.inspectFiles(tests.mid(0, batch), Progress::none()); // warm-up
            inspector.resetTiming();
            inspector.inspectFiles(tests, Progress::none());
            const infer::InspectionTiming &t = inspector.timing();
            const double n = double(std::max<qint64>(t.images, 1));
            out() << (k == 0 ? QStringLiteral("all_patches") : QString::number(k)).leftJustified(12)
                  << QString::number(batch).rightJustified(6)
                  << QString::number(t.featureSeconds / n, 'f', 4).rightJustified(16)
                  << QString::number(t.scoringSeconds / n, 'f', 4).rightJustified(15)
                  << QString::number(t.postSeconds / n, 'f', 4).rightJustified(12)
                  << QString::number((t.scoringSeconds + t.postSeconds) / t.featureSeconds, 'f', 3)
                         .rightJustified(25)
                  << QString::number(cluster, 'f', 2).rightJustified(14) << "\n";
            out().flush();
        }
    }
}

} // namespace

int runBenchInspect(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(BenchInspect::tr(
        "Times inspection per image split into feature extraction, scoring and "
        "post-processing, for K = 5, 10, 20, 30, 40 and all_patches at batch 1 and 10, and "
        "the building of a bank (M = 10, K = 30, 4 layers), on a fresh synthetic class with "
        "an untrained encoder (speed does not depend on the weights' values)."));
    const BenchInspectOptions o;
    o.addTo(parser);
    ProjectOption project;
    project.addTo(parser);
    if (const int code = parseOrExit(parser, args); code >= 0)
        return code;

    return project.run(parser, QStringLiteral("bench inspect"), args, [&] {
        const int s = cli_values::integer(QStringLiteral("size"), parser.value(o.size), 32, 2048);
        QTemporaryDir dir;
        const BenchClass benchClass = writeBenchClass(dir.path(), s);
        const infer::BankBuildRequest request =
            benchBankRequest(benchClass, s, o.backbones.hiera(parser), o.backbones.dinov2(parser));
        const BankBuildTiming timing = timeBankBuild(request);
        printBankBuild(timing, o.backbones.hiera(parser), o.backbones.dinov2(parser), s);
        if (parser.isSet(o.bankOnly))
            return cli_exit::ok;
        infer::InspectorOptions options;
        options.modelsDir = request.encoder.modelsDir;
        timeInspectionPerK(
            timing.base, options, benchClass.testImages.mid(0, 10),
            cli_values::integers(QStringLiteral("k"), parser.value(o.ks), 1, 100000));
        return cli_exit::ok;
    });
}

// nexvitad-cli bank: builds a memory bank from good images of a target class (method.md 4),
// or edits one (--from BANK --add/--remove: only new images are encoded), and saves it as
// one self-contained file (docs/inference.md).

#include "cli_command.h"
#include "cli_engine_options.h"
#include "cli_output.h"
#include "cli_progress.h"
#include "cli_project_option.h"
#include "cli_values.h"

#include "common/error.h"
#include "common/settings.h"
#include "data/dataset_scan.h"
#include "infer/bank_builder.h"
#include "project/inference_record.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

namespace {
struct BankCli
{
    Q_DECLARE_TR_FUNCTIONS(BankCli)
};

using namespace nexvitad;

QStringList resolveAgainst(const QStringList &files, const QString &root)
{
    QStringList out;
    for (const QString &f : files)
        out << (QDir::isAbsolutePath(f) || root.isEmpty() ? f : QDir(root).filePath(f));
    return out;
}

void printBank(const infer::MemoryBank &bank, const QString &path, double seconds)
{
    const infer::MemoryBankInfo &info = bank.info();
    QStringList layers;
    for (const infer::BankLayer &l : info.layers)
        layers << BankCli::tr("%1 (%2 x %3 x %4)")
                      .arg(l.stage)
                      .arg(l.gridHeight)
                      .arg(l.gridWidth)
                      .arg(l.channels);
    out() << BankCli::tr("Memory bank %1: %2 images, layers %3, %4")
                 .arg(path)
                 .arg(bank.imageCount())
                 .arg(layers.join(QStringLiteral(", ")))
                 .arg(info.prototypes == infer::PrototypeMode::AllPatches
                          ? BankCli::tr("all patches (exact nearest neighbour)")
                          : BankCli::tr("K = %1 prototypes per layer").arg(info.clustering.k))
          << "\n";
    out() << BankCli::tr("Encoder: %1").arg(info.runId.isEmpty()
                                                ? BankCli::tr("untrained (identity adapters)")
                                                : BankCli::tr("trained, run %1").arg(info.runId))
          << "\n";
    if (info.encoder.value(QStringLiteral("untrained_backbone")).toBool())
        out() << BankCli::tr("Warning: untrained backbone (random weights); results are for "
                             "demonstration only.")
              << "\n";
    out() << BankCli::tr("Time: %1 s").arg(seconds, 0, 'f', 2) << Qt::endl;
}

// The command's options, declared apart from the work.
struct BankOptions
{
    QCommandLineOption run{QStringLiteral("run"), BankCli::tr("Training run folder."),
                           QStringLiteral("dir")};
    QCommandLineOption untrained{QStringLiteral("untrained"),
                                 BankCli::tr("Use an untrained encoder (identity adapters).")};
    QCommandLineOption data{QStringLiteral("data"), BankCli::tr("Dataset folder."),
                            QStringLiteral("dir")};
    QCommandLineOption cls{QStringLiteral("class"), BankCli::tr("Target class."),
                           QStringLiteral("name")};
    QCommandLineOption count{QStringLiteral("count"),
                             BankCli::tr("Good images, chosen at random (default 10)."),
                             QStringLiteral("M"), QStringLiteral("10")};
    QCommandLineOption seed{QStringLiteral("seed"),
                            BankCli::tr("Seed of the image choice and the clustering "
                                        "(default 0)."),
                            QStringLiteral("n"), QStringLiteral("0")};
    QCommandLineOption images{QStringLiteral("images"),
                              BankCli::tr("The good images instead of a random choice: "
                                          "comma-separated, or @file with one per line "
                                          "(relative to --data)."),
                              QStringLiteral("list")};
    QCommandLineOption k{QStringLiteral("k"), BankCli::tr("Prototypes per layer (default 30)."),
                         QStringLiteral("K")};
    QCommandLineOption prototypes{QStringLiteral("prototypes"),
                                  BankCli::tr("sinkhorn_kmeans (default) or all_patches."),
                                  QStringLiteral("mode"), QStringLiteral("sinkhorn_kmeans")};
    QCommandLineOption layers{QStringLiteral("layers"),
                              BankCli::tr("Encoder layers (default 1,2,3,4)."),
                              QStringLiteral("list"), QStringLiteral("1,2,3,4")};
    BackboneOptions backbones{BackboneOptions::Defaults::Untrained};
    QCommandLineOption size{QStringLiteral("size"),
                            BankCli::tr("Untrained encoder: image size S (default 224)."),
                            QStringLiteral("S"), QStringLiteral("224")};
    QCommandLineOption from{QStringLiteral("from"), BankCli::tr("Bank to edit."),
                            QStringLiteral("file")};
    QCommandLineOption add{QStringLiteral("add"), BankCli::tr("With --from: images to add."),
                           QStringLiteral("list")};
    QCommandLineOption remove{QStringLiteral("remove"),
                              BankCli::tr("With --from: image names (or SHA-256) to remove."),
                              QStringLiteral("list")};
    QCommandLineOption outFile{QStringLiteral("out"), BankCli::tr("Bank file to write."),
                               QStringLiteral("file")};
    DeviceOption device;

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({run, untrained, data, cls, count, seed, images, k, prototypes, layers});
        backbones.addTo(parser);
        parser.addOptions({size, from, add, remove, outFile});
        device.addTo(parser);
    }

    // Exactly one way to say what to build (message printed otherwise).
    bool complete(const QCommandLineParser &parser) const
    {
        const bool editing = parser.isSet(from);
        if (parser.isSet(outFile) &&
            (editing || (parser.isSet(run) != parser.isSet(untrained) && parser.isSet(cls) &&
                         (parser.isSet(data) || parser.isSet(images)))))
            return true;
        err() << BankCli::tr("Give --out and either --from BANK, or exactly one of --run and "
                             "--untrained with --class and --data (or --images).")
              << Qt::endl;
        return false;
    }

    quint64 seedValue(const QCommandLineParser &parser) const
    {
        return quint64(cli_values::integer(QStringLiteral("seed"), parser.value(seed), 0, 1 << 30));
    }
};

// --from BANK: removes and adds images (only the new ones are encoded), or re-clusters.
infer::MemoryBank editBank(const BankOptions &o, const QCommandLineParser &parser,
                           const QString &device, Progress &progress)
{
    infer::MemoryBank edited = infer::MemoryBank::load(parser.value(o.from));
    if (parser.isSet(o.remove))
        for (const QString &name :
             cli_values::list(QStringLiteral("remove"), parser.value(o.remove))) {
            QString sha = name;
            for (const infer::BankImage &image : edited.images())
                if (image.name == name)
                    sha = image.sha256;
            if (!edited.removeImage(sha))
                throw Error(BankCli::tr("the bank holds no image \"%1\"").arg(name),
                            parser.value(o.from));
        }
    if (parser.isSet(o.k)) {
        infer::SinkhornKMeansOptions clustering = edited.info().clustering;
        clustering.k = cli_values::integer(QStringLiteral("k"), parser.value(o.k), 1, 100000);
        edited.setPrototypes(edited.info().prototypes, clustering);
    }
    if (parser.isSet(o.add))
        infer::addImagesToBank(
            edited,
            resolveAgainst(cli_values::list(QStringLiteral("add"), parser.value(o.add)),
                           parser.value(o.data)),
            Settings().modelsDirectory(), device, progress);
    else
        edited.recluster(progress);
    return edited;
}

// What to build: the encoder (a run's, or an untrained one), the clustering and the good
// images (named, or chosen at random from the dataset's class).
infer::BankBuildRequest buildRequest(const BankOptions &o, const QCommandLineParser &parser,
                                     const QString &device)
{
    const QString root = parser.value(o.data);
    infer::BankBuildRequest request;
    request.encoder.runDir =
        parser.isSet(o.run) ? QDir(parser.value(o.run)).absolutePath() : QString();
    request.encoder.targetClass = parser.isSet(o.run) ? parser.value(o.cls) : QString();
    request.encoder.hieraSpec = o.backbones.hiera(parser);
    request.encoder.dinoSpec = o.backbones.dinov2(parser);
    request.encoder.imageSize =
        cli_values::integer(QStringLiteral("size"), parser.value(o.size), 32, 4096);
    request.encoder.modelsDir = Settings().modelsDirectory();
    request.encoder.device = device;
    const quint64 seedValue = o.seedValue(parser);
    request.encoder.projectionSeed = seedValue;
    request.clustering.seed = seedValue;
    if (parser.isSet(o.k))
        request.clustering.k =
            cli_values::integer(QStringLiteral("k"), parser.value(o.k), 1, 100000);
    if (parser.value(o.prototypes) == QLatin1String("all_patches"))
        request.prototypes = infer::PrototypeMode::AllPatches;
    else if (parser.value(o.prototypes) != QLatin1String("sinkhorn_kmeans"))
        throw Error(BankCli::tr("--prototypes must be sinkhorn_kmeans or all_patches"));
    request.layers = cli_values::integers(QStringLiteral("layers"), parser.value(o.layers), 1, 4);
    if (parser.isSet(o.images)) {
        request.images = resolveAgainst(
            cli_values::list(QStringLiteral("images"), parser.value(o.images)), root);
    } else {
        const data::Manifest manifest =
            data::scanDataset(root, data::ScanOptions{}, Progress::none());
        request.images = infer::chooseGoodImages(
            manifest, parser.value(o.cls),
            cli_values::integer(QStringLiteral("count"), parser.value(o.count), 1, 100000),
            seedValue);
    }
    return request;
}

// The bank and its dataset (when one was named) in the project.
void recordBank(const ProjectOption &project, const infer::MemoryBank &bank,
                const QString &bankPath, const QString &root, const QString &className)
{
    const qint64 datasetId =
        root.isEmpty()
            ? 0
            : project.recordDataset(data::scanDataset(root, data::ScanOptions{}, Progress::none()))
                  .id;
    const project::RecordedBank recorded = project::recordBank(
        project.project(), bankPath, bank, datasetId, className, Settings().operatorName());
    out() << BankCli::tr("Recorded in the project %1: memory bank %2 (model %3)")
                 .arg(project.project().folder())
                 .arg(recorded.bankId)
                 .arg(recorded.modelId)
          << Qt::endl;
}

} // namespace

int runBank(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(BankCli::tr(
        "Builds a memory bank from M good images of a target class: encodes them (trained "
        "encoder of a run, or an untrained one) and clusters each layer into K prototypes "
        "with Sinkhorn K-means. With --from it edits an existing bank instead: --add encodes "
        "only the new images, --remove drops images, then the prototypes are re-clustered."));
    const BankOptions o;
    o.addTo(parser);
    ProjectOption project;
    project.addTo(parser);
    if (const int code = parseOrExit(parser, args); code >= 0)
        return code;
    if (!o.complete(parser))
        return cli_exit::usage;

    return project.run(parser, QStringLiteral("bank"), args, [&] {
        QElapsedTimer timer;
        timer.start();
        const QString device = o.device.resolve(parser);
        auto bank = withConsoleProgress(
            project.tracking(consoleProgress(ProgressUnit::Count)), [&](Progress &progress) {
                if (parser.isSet(o.from))
                    return editBank(o, parser, device, progress);
                return infer::buildBank(buildRequest(o, parser, device), progress);
            });
        const QString bankPath = parser.value(o.outFile);
        bank.save(bankPath);
        printBank(bank, bankPath, double(timer.nsecsElapsed()) / 1e9);
        if (project.active())
            recordBank(project, bank, bankPath, parser.value(o.data), parser.value(o.cls));
        return cli_exit::ok;
    });
}

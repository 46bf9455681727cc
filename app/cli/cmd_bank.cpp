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

} // namespace

int runBank(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(BankCli::tr(
        "Builds a memory bank from M good images of a target class: encodes them (trained "
        "encoder of a run, or an untrained one) and clusters each layer into K prototypes "
        "with Sinkhorn K-means. With --from it edits an existing bank instead: --add encodes "
        "only the new images, --remove drops images, then the prototypes are re-clustered."));
    const QCommandLineOption run(QStringLiteral("run"), BankCli::tr("Training run folder."),
                                 QStringLiteral("dir"));
    const QCommandLineOption untrained(QStringLiteral("untrained"),
                                       BankCli::tr("Use an untrained encoder (identity adapters)."));
    const QCommandLineOption data(QStringLiteral("data"), BankCli::tr("Dataset folder."),
                                  QStringLiteral("dir"));
    const QCommandLineOption cls(QStringLiteral("class"), BankCli::tr("Target class."),
                                 QStringLiteral("name"));
    const QCommandLineOption count(QStringLiteral("count"),
                                   BankCli::tr("Good images, chosen at random (default 10)."),
                                   QStringLiteral("M"), QStringLiteral("10"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  BankCli::tr("Seed of the image choice and the clustering "
                                              "(default 0)."),
                                  QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption images(QStringLiteral("images"),
                                    BankCli::tr("The good images instead of a random choice: "
                                                "comma-separated, or @file with one per line "
                                                "(relative to --data)."),
                                    QStringLiteral("list"));
    const QCommandLineOption k(QStringLiteral("k"), BankCli::tr("Prototypes per layer (default 30)."),
                               QStringLiteral("K"));
    const QCommandLineOption prototypes(QStringLiteral("prototypes"),
                                        BankCli::tr("sinkhorn_kmeans (default) or all_patches."),
                                        QStringLiteral("mode"), QStringLiteral("sinkhorn_kmeans"));
    const QCommandLineOption layers(QStringLiteral("layers"),
                                    BankCli::tr("Encoder layers (default 1,2,3,4)."),
                                    QStringLiteral("list"), QStringLiteral("1,2,3,4"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  BankCli::tr("Untrained encoder: image size S (default 224)."),
                                  QStringLiteral("S"), QStringLiteral("224"));
    const QCommandLineOption from(QStringLiteral("from"), BankCli::tr("Bank to edit."),
                                  QStringLiteral("file"));
    const QCommandLineOption add(QStringLiteral("add"), BankCli::tr("With --from: images to add."),
                                 QStringLiteral("list"));
    const QCommandLineOption remove(QStringLiteral("remove"),
                                    BankCli::tr("With --from: image names (or SHA-256) to remove."),
                                    QStringLiteral("list"));
    const QCommandLineOption outFile(QStringLiteral("out"), BankCli::tr("Bank file to write."),
                                     QStringLiteral("file"));
    parser.addOptions({run, untrained, data, cls, count, seed, images, k, prototypes, layers});
    const BackboneOptions backbones(BackboneOptions::Defaults::Untrained);
    backbones.addTo(parser);
    parser.addOptions({size, from, add, remove, outFile});
    const DeviceOption device;
    device.addTo(parser);
    ProjectOption project;
    project.addTo(parser);
    if (const int code = parseOrExit(parser, args); code >= 0)
        return code;
    const bool editing = parser.isSet(from);
    if (!parser.isSet(outFile) ||
        (!editing && (parser.isSet(run) == parser.isSet(untrained) || !parser.isSet(cls) ||
                      (!parser.isSet(data) && !parser.isSet(images))))) {
        err() << BankCli::tr("Give --out and either --from BANK, or exactly one of --run and "
                             "--untrained with --class and --data (or --images).")
              << Qt::endl;
        return cli_exit::usage;
    }

    return project.run(parser, QStringLiteral("bank"), args, [&] {
        Settings settings;
        QElapsedTimer timer;
        timer.start();
        const QString devName = device.resolve(parser);
        const QString root = parser.value(data);
        auto bank = withConsoleProgress(project.tracking(consoleProgress(ProgressUnit::Count)),
                                        [&](Progress &progress) {
            if (editing) {
                infer::MemoryBank edited = infer::MemoryBank::load(parser.value(from));
                if (parser.isSet(remove))
                    for (const QString &name : cli_values::list(QStringLiteral("remove"),
                                                                parser.value(remove))) {
                        QString sha = name;
                        for (const infer::BankImage &image : edited.images())
                            if (image.name == name)
                                sha = image.sha256;
                        if (!edited.removeImage(sha))
                            throw Error(BankCli::tr("the bank holds no image \"%1\"").arg(name),
                                        parser.value(from));
                    }
                if (parser.isSet(k)) {
                    infer::SinkhornKMeansOptions clustering = edited.info().clustering;
                    clustering.k =
                        cli_values::integer(QStringLiteral("k"), parser.value(k), 1, 100000);
                    edited.setPrototypes(edited.info().prototypes, clustering);
                }
                if (parser.isSet(add))
                    infer::addImagesToBank(
                        edited,
                        resolveAgainst(cli_values::list(QStringLiteral("add"), parser.value(add)),
                                       root),
                        settings.modelsDirectory(), devName, progress);
                else
                    edited.recluster(progress);
                return edited;
            }
            infer::BankBuildRequest request;
            request.encoder.runDir = parser.isSet(run) ? QDir(parser.value(run)).absolutePath()
                                                       : QString();
            request.encoder.targetClass = parser.isSet(run) ? parser.value(cls) : QString();
            request.encoder.hieraSpec = backbones.hiera(parser);
            request.encoder.dinoSpec = backbones.dinov2(parser);
            request.encoder.imageSize = cli_values::integer(QStringLiteral("size"),
                                                            parser.value(size), 32, 4096);
            request.encoder.modelsDir = settings.modelsDirectory();
            request.encoder.device = devName;
            const quint64 seedValue = quint64(
                cli_values::integer(QStringLiteral("seed"), parser.value(seed), 0, 1 << 30));
            request.encoder.projectionSeed = seedValue;
            request.clustering.seed = seedValue;
            if (parser.isSet(k))
                request.clustering.k =
                    cli_values::integer(QStringLiteral("k"), parser.value(k), 1, 100000);
            if (parser.value(prototypes) == QLatin1String("all_patches"))
                request.prototypes = infer::PrototypeMode::AllPatches;
            else if (parser.value(prototypes) != QLatin1String("sinkhorn_kmeans"))
                throw Error(BankCli::tr("--prototypes must be sinkhorn_kmeans or all_patches"));
            request.layers =
                cli_values::integers(QStringLiteral("layers"), parser.value(layers), 1, 4);
            if (parser.isSet(images)) {
                request.images = resolveAgainst(
                    cli_values::list(QStringLiteral("images"), parser.value(images)), root);
            } else {
                const data::Manifest manifest =
                    data::scanDataset(root, data::ScanOptions{}, Progress::none());
                request.images = infer::chooseGoodImages(
                    manifest, parser.value(cls),
                    cli_values::integer(QStringLiteral("count"), parser.value(count), 1, 100000),
                    seedValue);
            }
            return infer::buildBank(request, progress);
        });
        bank.save(parser.value(outFile));
        printBank(bank, parser.value(outFile), double(timer.nsecsElapsed()) / 1e9);
        if (project.active()) {
            const qint64 datasetId =
                root.isEmpty() ? 0
                               : project.recordDataset(data::scanDataset(root, data::ScanOptions{},
                                                                         Progress::none()))
                                     .id;
            const project::RecordedBank recorded =
                project::recordBank(project.project(), parser.value(outFile), bank, datasetId,
                                    parser.value(cls), settings.operatorName());
            out() << BankCli::tr("Recorded in the project %1: memory bank %2 (model %3)")
                         .arg(project.project().folder())
                         .arg(recorded.bankId)
                         .arg(recorded.modelId)
                  << Qt::endl;
        }
        return cli_exit::ok;
    });
}

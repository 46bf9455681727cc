// nexvitad-cli synth: writes the synthetic MVTec-layout demo dataset (with --project: and
// registers it there).

#include "cli_command.h"
#include "cli_output.h"
#include "cli_progress.h"
#include "cli_project_option.h"

#include "common/error.h"
#include "common/progress.h"
#include "data/dataset_scan.h"
#include "data/synthetic.h"
#include "io/atomic_file.h"

#include <QCoreApplication>
#include <QDir>

#include <optional>

#include <opencv2/imgcodecs.hpp>

namespace {
struct Synth
{
    Q_DECLARE_TR_FUNCTIONS(Synth)
};

// Parses a non-negative integer option; exits with a usage error on bad text.
bool intOption(const QCommandLineParser &parser, const QCommandLineOption &option, int *value)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    *value = parser.value(option).toInt(&ok);
    if (!ok || *value < 0) {
        err() << Synth::tr("nexvitad-cli: --%1 needs a non-negative whole number, not '%2'")
                     .arg(option.names().constFirst(), parser.value(option))
              << Qt::endl;
        return false;
    }
    return true;
}
} // namespace

int runSynth(const QStringList &args)
{
    nexvitad::data::SyntheticOptions o;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Synth::tr("Writes a synthetic dataset in the MVTec AD layout (textures and objects "
                  "with scratches, holes, cracks, stains and missing pieces, each with an exact "
                  "mask). The same options always give the same files. With --project the "
                  "run is recorded there as a job and the written dataset is registered."));
    const QCommandLineOption outOpt(QStringLiteral("out"), Synth::tr("Folder to write into (required)."), Synth::tr("DIR"));
    const QCommandLineOption classesOpt(QStringLiteral("classes"), Synth::tr("Number of classes, 1 to %1 (default %2).").arg(nexvitad::data::kMaxSyntheticClasses).arg(o.classes), Synth::tr("N"));
    const QCommandLineOption sizeOpt(QStringLiteral("size"), Synth::tr("Image side in pixels (default %1).").arg(o.size), Synth::tr("PX"));
    const QCommandLineOption trainOpt(QStringLiteral("train-good"), Synth::tr("Good training images per class (default %1).").arg(o.trainGood), Synth::tr("N"));
    const QCommandLineOption testGoodOpt(QStringLiteral("test-good"), Synth::tr("Good test images per class (default %1).").arg(o.testGood), Synth::tr("N"));
    const QCommandLineOption defectsOpt(QStringLiteral("test-defects"), Synth::tr("Test images per class and defect type (default %1).").arg(o.testDefects), Synth::tr("N"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), Synth::tr("Random seed (default 0)."), Synth::tr("S"));
    const QCommandLineOption sheetOpt(QStringLiteral("sheet"), Synth::tr("Also write a PNG sheet of samples (one row per class, masks outlined in red)."), Synth::tr("FILE"));
    const QCommandLineOption forceOpt(QStringLiteral("force"), Synth::tr("Write into a non-empty folder, overwriting files of the same names."));
    parser.addOptions({outOpt, classesOpt, sizeOpt, trainOpt, testGoodOpt, defectsOpt, seedOpt, sheetOpt, forceOpt});
    ProjectOption project;
    project.addTo(parser);
    if (const int code = parseOrExit(parser, args); code >= 0)
        return code;
    if (!parser.isSet(outOpt)) {
        err() << Synth::tr("nexvitad-cli: synth needs --out DIR") << Qt::endl;
        return cli_exit::usage;
    }
    if (!intOption(parser, classesOpt, &o.classes) || !intOption(parser, sizeOpt, &o.size)
        || !intOption(parser, trainOpt, &o.trainGood) || !intOption(parser, testGoodOpt, &o.testGood)
        || !intOption(parser, defectsOpt, &o.testDefects))
        return cli_exit::usage;
    if (parser.isSet(seedOpt)) {
        bool ok = false;
        o.seed = parser.value(seedOpt).toULongLong(&ok);
        if (!ok) {
            err() << Synth::tr("nexvitad-cli: --seed needs a non-negative whole number, not '%1'")
                         .arg(parser.value(seedOpt))
                  << Qt::endl;
            return cli_exit::usage;
        }
    }
    return project.run(parser, QStringLiteral("synth"), args, [&] {
        const QString dir = QDir(parser.value(outOpt)).absolutePath();
        std::optional<nexvitad::project::DatasetRow> dataset;
        const auto result = withConsoleProgress(
            project.tracking(consoleProgress(ProgressUnit::Count)), [&](nexvitad::Progress &progress) {
                // With a project, the last part is the scan that registers the dataset.
                const double written = project.active() ? 0.7 : 1.0;
                nexvitad::Progress writing = progress.child(0.0, written);
                const auto r = nexvitad::data::writeSyntheticDataset(dir, o, parser.isSet(forceOpt), writing);
                if (project.active()) {
                    nexvitad::Progress scanning = progress.child(written, 1.0);
                    dataset = project.recordDataset(
                        nexvitad::data::scanDataset(dir, nexvitad::data::ScanOptions{}, scanning));
                }
                return r;
            });
        QStringList names;
        for (const auto &c : nexvitad::data::syntheticClasses(o.classes))
            names << c.name;
        if (result.alreadyPresent)
            out() << Synth::tr("%1 already holds this synthetic dataset (%2 images, %3 masks); "
                               "nothing written.")
                         .arg(dir)
                         .arg(result.images)
                         .arg(result.masks)
                  << Qt::endl;
        else
            out() << Synth::tr("Wrote %1 images and %2 masks to %3").arg(result.images).arg(result.masks).arg(dir)
                  << Qt::endl;
        out() << Synth::tr("Classes: %1").arg(names.join(QStringLiteral(", "))) << Qt::endl;
        if (parser.isSet(sheetOpt)) {
            std::vector<uchar> png;
            cv::imencode(".png", nexvitad::data::syntheticSampleSheet(o), png);
            nexvitad::io::writeFileAtomically(parser.value(sheetOpt), QByteArray(reinterpret_cast<const char *>(png.data()), static_cast<qsizetype>(png.size())));
            out() << Synth::tr("Sample sheet: %1").arg(parser.value(sheetOpt)) << Qt::endl;
        }
        if (dataset)
            out() << project.datasetText(*dataset) << Qt::endl;
        return cli_exit::ok;
    });
}

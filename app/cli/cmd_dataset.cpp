// nexvitad-cli dataset inspect DIR: imports a dataset folder (read-only) and prints its
// summary and every problem found. Exit 0: usable; 1: usable, but some images or classes
// were left out because of errors; 2: nothing usable. With --project a usable dataset is
// registered in the project (as the GUI's import wizard does).

#include "cli_command.h"
#include "cli_output.h"
#include "cli_progress.h"
#include "cli_project_option.h"

#include "common/progress.h"
#include "data/dataset_scan.h"
#include "data/manifest_summary.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <optional>

namespace {
struct DatasetCmd
{
    Q_DECLARE_TR_FUNCTIONS(DatasetCmd)
};

using namespace nexvitad::data;

void printText(const Manifest &m, const ManifestSummary &s)
{
    out() << DatasetCmd::tr("Dataset:  %1").arg(m.root) << "\n";
    out() << DatasetCmd::tr("Layout:   %1").arg(layoutName(m.layout)) << "\n";
    out() << DatasetCmd::tr("Manifest: %1").arg(m.hash()) << "\n";
    out() << DatasetCmd::tr("Classes:  %1").arg(s.classes.size()) << "\n";
    out() << DatasetCmd::tr("Images:   %1 (train/good %2, test/good %3, test defects %4), "
                            "masks %5")
                 .arg(s.images)
                 .arg(s.trainGood)
                 .arg(s.testGood)
                 .arg(s.testDefect)
                 .arg(s.masks)
          << "\n";
    QStringList sizes;
    for (const auto &[size, n] : s.sizes)
        sizes << DatasetCmd::tr("%1 (%2)").arg(size).arg(n);
    out() << DatasetCmd::tr("Sizes:    %1").arg(sizes.isEmpty() ? QStringLiteral("-") : sizes.join(QStringLiteral(", ")))
          << "\n";
    for (const ClassSummary &c : s.classes) {
        QStringList parts;
        for (const auto &[name, n] : c.splits)
            parts << QStringLiteral("%1 %2").arg(name).arg(n);
        out() << "  " << c.name.leftJustified(16) << " " << parts.join(QStringLiteral(", ")) << "\n";
    }
    out() << DatasetCmd::tr("Problems: %1 error(s), %2 warning(s), %3 note(s)")
                 .arg(s.errors)
                 .arg(s.warnings)
                 .arg(s.notes)
          << "\n";
    for (const Problem &p : m.problems) {
        const QString where = p.path.isEmpty() ? m.root : m.root + QLatin1Char('/') + p.path;
        out() << "  " << severityName(p.severity) << ": " << where << ": " << p.message << " ["
              << p.code << "]\n";
    }
}

int inspect(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        DatasetCmd::tr("dataset inspect DIR: reads a dataset folder (MVTec AD, one MVTec AD "
                       "class, or the Folder layout) without changing it, and prints the "
                       "classes, the image counts per split and every problem found. Exit "
                       "code 0: usable; 1: usable, some images left out because of errors; "
                       "2: nothing usable. With --project a usable dataset is registered in "
                       "the project (once: the same folder with the same files is found "
                       "again) and the run is recorded as a job."));
    parser.addPositionalArgument(QStringLiteral("inspect"), DatasetCmd::tr("The action."));
    parser.addPositionalArgument(QStringLiteral("DIR"), DatasetCmd::tr("The dataset folder."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), DatasetCmd::tr("Print the manifest, summary and problems as JSON."));
    const QCommandLineOption layoutOpt(QStringLiteral("layout"), DatasetCmd::tr("auto (default), mvtec, mvtec-class or folder."), DatasetCmd::tr("LAYOUT"), QStringLiteral("auto"));
    const QCommandLineOption limitOpt(QStringLiteral("max-megapixels"), DatasetCmd::tr("Refuse images larger than this (default 100)."), DatasetCmd::tr("MP"), QStringLiteral("100"));
    const QCommandLineOption normalOpt(QStringLiteral("normal-dir"), DatasetCmd::tr("Folder layout: the normal images' folder."), DatasetCmd::tr("DIR"));
    const QCommandLineOption abnormalOpt(QStringLiteral("abnormal-dir"), DatasetCmd::tr("Folder layout: the abnormal images' folder."), DatasetCmd::tr("DIR"));
    const QCommandLineOption maskOpt(QStringLiteral("mask-dir"), DatasetCmd::tr("Folder layout: the masks' folder."), DatasetCmd::tr("DIR"));
    const QCommandLineOption normalTestOpt(QStringLiteral("normal-test-dir"), DatasetCmd::tr("Folder layout: normal test images' folder."), DatasetCmd::tr("DIR"));
    const QCommandLineOption classOpt(QStringLiteral("class-name"), DatasetCmd::tr("Folder layout: the class name (default: the folder's name)."), DatasetCmd::tr("NAME"));
    const QCommandLineOption noHashOpt(QStringLiteral("no-hash"), DatasetCmd::tr("Do not hash the image files (faster; no duplicate check)."));
    const QCommandLineOption decodeOpt(QStringLiteral("decode"), DatasetCmd::tr("Also decode every image and mask (slow; finds damage inside files)."));
    parser.addOptions({jsonOpt, layoutOpt, limitOpt, normalOpt, abnormalOpt, maskOpt, normalTestOpt, classOpt, noHashOpt, decodeOpt});
    ProjectOption project;
    project.addTo(parser);
    if (const int code = parseOrExit(parser, args); code >= 0)
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2) {
        err() << DatasetCmd::tr("nexvitad-cli: usage: dataset inspect DIR [--json]") << Qt::endl;
        return cli_exit::usage;
    }
    ScanOptions options;
    const QString layout = parser.value(layoutOpt);
    options.layout = layoutFromName(layout);
    if (layout != QLatin1String("auto") && options.layout == Layout::Unknown) {
        err() << DatasetCmd::tr("nexvitad-cli: unknown layout '%1'").arg(layout) << Qt::endl;
        return cli_exit::usage;
    }
    bool ok = false;
    const double mp = parser.value(limitOpt).toDouble(&ok);
    if (!ok || mp <= 0) {
        err() << DatasetCmd::tr("nexvitad-cli: --max-megapixels needs a positive number") << Qt::endl;
        return cli_exit::usage;
    }
    options.maxPixels = static_cast<qint64>(mp * 1e6);
    options.folder.normalDir = parser.value(normalOpt);
    options.folder.abnormalDir = parser.value(abnormalOpt);
    options.folder.maskDir = parser.value(maskOpt);
    options.folder.normalTestDir = parser.value(normalTestOpt);
    options.folder.className = parser.value(classOpt);
    options.hashContents = !parser.isSet(noHashOpt);
    options.decodeImages = parser.isSet(decodeOpt);

    constexpr int nothingUsable = 2;
    return project.run(parser, QStringLiteral("dataset inspect"), args, [&] {
        const Manifest m = withConsoleProgress(
            project.tracking(consoleProgress(ProgressUnit::Count)),
            [&](nexvitad::Progress &progress) { return scanDataset(pos.at(1), options, progress); });
        const ManifestSummary s = summarize(m);
        const int code = !m.usable() ? nothingUsable : (s.errors > 0 ? cli_exit::failure : cli_exit::ok);
        std::optional<nexvitad::project::DatasetRow> dataset;
        if (project.active()) {
            if (m.usable())
                dataset = project.recordDataset(m);
            // Registered with some images left out is done work, not a failed job.
            project.completesWith(cli_exit::failure);
            if (code == cli_exit::failure)
                project.setReason(DatasetCmd::tr("registered; %1 error(s) left images out").arg(s.errors));
            else if (code == nothingUsable)
                project.setReason(DatasetCmd::tr("nothing usable in %1").arg(m.root));
        }
        if (parser.isSet(jsonOpt)) {
            QJsonObject json = toJson(m);
            json.insert(QStringLiteral("summary"), toJson(s));
            json.insert(QStringLiteral("manifest_hash"), m.hash());
            json.insert(QStringLiteral("usable"), m.usable());
            if (dataset)
                json.insert(QStringLiteral("project_dataset_id"), dataset->id);
            out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        } else {
            printText(m, s);
            out() << (code == 0 ? DatasetCmd::tr("Status:   usable")
                                : code == 1 ? DatasetCmd::tr("Status:   usable, with errors (the images above were left out)")
                                            : DatasetCmd::tr("Status:   nothing usable"))
                  << "\n";
            if (dataset)
                out() << project.datasetText(*dataset) << "\n";
        }
        out().flush();
        return code;
    });
}
} // namespace

int runDataset(const QStringList &args)
{
    if (args.size() >= 2 && args.at(1) == QLatin1String("inspect"))
        return inspect(args);
    if (args.size() >= 2 && (args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h"))) {
        out() << DatasetCmd::tr("Usage: nexvitad-cli dataset inspect DIR [--json] [options]") << Qt::endl;
        return cli_exit::ok;
    }
    err() << DatasetCmd::tr("nexvitad-cli: usage: dataset inspect DIR [--json] [options]; see "
                            "'nexvitad-cli dataset inspect --help'")
          << Qt::endl;
    return cli_exit::usage;
}

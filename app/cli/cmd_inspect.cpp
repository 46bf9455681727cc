// nexvitad-cli inspect: anomaly maps, scores and verdicts for images with a memory bank.
// Per image a raw map (safetensors) and a colour overlay (PNG); one CSV of scores and
// verdicts (docs/inference.md).

#include "cli_command.h"
#include "cli_engine_options.h"
#include "cli_output.h"
#include "cli_progress.h"
#include "cli_project_option.h"
#include "cli_values.h"
#include "common/error.h"
#include "common/settings.h"
#include "data/image_files.h"
#include "infer/bank_views.h"
#include "infer/inspection_files.h"
#include "io/atomic_file.h"
#include "project/inference_record.h"
#include "render/explanation_picture.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <map>

namespace {
struct InspectCli
{
    Q_DECLARE_TR_FUNCTIONS(InspectCli)
};

using namespace nexvitad;

// Unique output stems: the file's base name, or its path below the common folder when two
// images share a name ("test/crack/000" -> "test_crack_000").
QString stemFor(const QString &file, const QString &commonRoot)
{
    QString relative = QDir(commonRoot).relativeFilePath(file);
    relative.chop(QFileInfo(file).suffix().size() + 1);
    return relative.replace(QLatin1Char('/'), QLatin1Char('_'));
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

QString commonFolder(const QStringList &files)
{
    QString common = QFileInfo(files.first()).absolutePath();
    for (const QString &f : files)
        while (!QFileInfo(f).absolutePath().startsWith(common) && common.size() > 1)
            common = QFileInfo(common).absolutePath();
    return common;
}

// The command's options, declared apart from the work.
struct InspectOptions
{
    QCommandLineOption bank{QStringLiteral("bank"), InspectCli::tr("Memory bank file."),
                            QStringLiteral("file")};
    QCommandLineOption outDir{QStringLiteral("out"), InspectCli::tr("Output folder."),
                              QStringLiteral("dir")};
    QCommandLineOption csv{QStringLiteral("csv"),
                           InspectCli::tr("CSV file (default: OUT/inspection.csv)."),
                           QStringLiteral("file")};
    QCommandLineOption inference{QStringLiteral("inference"),
                                 InspectCli::tr("memory_bank (default) or decoder."),
                                 QStringLiteral("mode"), QStringLiteral("memory_bank")};
    QCommandLineOption batch{QStringLiteral("batch"),
                             InspectCli::tr("Images per batch (default 8)."), QStringLiteral("n"),
                             QStringLiteral("8")};
    DeviceOption device;
    QCommandLineOption explain{
        QStringLiteral("explain"),
        InspectCli::tr("Explain every image that does not pass: the nearest normal patches of "
                       "its map's maximum, as <name>.explanation.png (and in the project).")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addPositionalArgument(QStringLiteral("images"),
                                     InspectCli::tr("Image files or folders."),
                                     QStringLiteral("IMAGE_OR_DIR..."));
        parser.addOptions({bank, outDir, csv, inference, batch});
        device.addTo(parser);
        parser.addOption(explain);
    }

    infer::InspectorOptions inspector(const QCommandLineParser &parser) const
    {
        infer::InspectorOptions options;
        options.modelsDir = Settings().modelsDirectory();
        options.device = device.resolve(parser);
        options.inference = infer::inferenceModeFromName(parser.value(inference));
        options.batchSize =
            cli_values::integer(QStringLiteral("batch"), parser.value(batch), 1, 1024);
        options.explainFlagged = parser.isSet(explain);
        return options;
    }
};

// Notes on what the results will lack or mean: no explanations, an untrained backbone.
void printNotes(const infer::Inspector &inspector, const infer::InspectorOptions &options)
{
    if (options.explainFlagged && !inspector.bank().canExplain())
        out() << InspectCli::tr("Note: no explanations: %1")
                     .arg(inspector.bank().explainUnavailableReason())
              << Qt::endl;
    if (inspector.untrainedBackbone())
        out() << InspectCli::tr("Warning: untrained backbone (random weights); results are "
                                "for demonstration only.")
              << Qt::endl;
}

// The inspection batch in the project (its bank recorded first); 0 without a project.
qint64 recordBatch(const ProjectOption &project, const infer::Inspector &inspector,
                   const QString &bankPath, const QStringList &sources)
{
    if (!project.active())
        return 0;
    const project::RecordedBank recorded = project::recordBank(
        project.project(), bankPath, inspector.bank(), 0,
        inspector.bank().info().encoder.value(QStringLiteral("target_class")).toString(),
        Settings().operatorName());
    return project::recordInspectionBatch(project.project(), recorded.bankId, project.jobId(),
                                          sources.join(QLatin1Char(' ')));
}

// What the inspection of all images gives: the CSV's rows and the count per verdict.
struct InspectionTally
{
    QStringList rows{QStringLiteral("image,score,verdict,map,overlay")};
    std::map<QString, int> counts; // "pass", "review", "fail", "none"
};

// Inspects `files` with progress on the console: per image its map, overlay and (when
// asked for) explanation picture in `outDir`, its row in the project's batch.
InspectionTally inspectAll(infer::Inspector &inspector, const QStringList &files,
                           const QString &outDir, const ProjectOption &project, qint64 batchId)
{
    const QString root = commonFolder(files);
    const auto &pixel = inspector.thresholds().pixel;
    InspectionTally tally;
    withConsoleProgress(
        project.tracking(consoleProgress(ProgressUnit::Count)), [&](Progress &progress) {
            progress.setStage(InspectCli::tr("Inspecting images"));
            inspector.inspectFiles(files, progress, [&](infer::Inspection &&r) {
                const infer::InspectionFiles written =
                    infer::writeInspectionFiles(r, outDir, stemFor(r.path, root), pixel);
                if (r.explanation)
                    io::writeFileAtomically(
                        QDir(outDir).filePath(stemFor(r.path, root) +
                                              QStringLiteral(".explanation.png")),
                        render::explanationPng(
                            *r.explanation,
                            render::explanationImages(
                                *r.explanation, infer::encoderView(r.path, inspector.imageSize()),
                                infer::viewsOf(inspector.bank()))));
                if (batchId)
                    project::recordInspection(project.project(), batchId, r);
                const QString verdict = r.verdict ? infer::verdictKey(*r.verdict) : QString();
                ++tally.counts[verdict.isEmpty() ? QStringLiteral("none") : verdict];
                tally.rows << QStringList{csvField(r.path),
                                          QString::number(double(r.score), 'g', 7), verdict,
                                          csvField(written.map), csvField(written.overlay)}
                                  .join(QLatin1Char(','));
            });
            return 0;
        });
    return tally;
}

void printSummary(const infer::Inspector &inspector, qsizetype images,
                  std::map<QString, int> &counts, const QString &csvPath)
{
    const infer::InspectionTiming &t = inspector.timing();
    out() << InspectCli::tr("Inspected %1 images: %2 pass, %3 review, %4 fail%5")
                 .arg(images)
                 .arg(counts[QStringLiteral("pass")])
                 .arg(counts[QStringLiteral("review")])
                 .arg(counts[QStringLiteral("fail")])
                 .arg(counts[QStringLiteral("none")] > 0
                          ? InspectCli::tr(", %1 without verdict (the bank has no threshold: "
                                           "run eval --save-thresholds)")
                                .arg(counts[QStringLiteral("none")])
                          : QString())
          << "\n"
          << InspectCli::tr("Per image: features %1 s, scoring %2 s, post-processing %3 s")
                 .arg(t.featureSeconds / double(std::max<qint64>(t.images, 1)), 0, 'f', 3)
                 .arg(t.scoringSeconds / double(std::max<qint64>(t.images, 1)), 0, 'f', 3)
                 .arg(t.postSeconds / double(std::max<qint64>(t.images, 1)), 0, 'f', 3)
          << "\n"
          << InspectCli::tr("Scores: %1").arg(csvPath) << Qt::endl;
}

} // namespace

int runInspect(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(InspectCli::tr(
        "Inspects images with a memory bank: writes per image the raw anomaly map "
        "(<name>.map.safetensors) and a colour overlay (<name>.overlay.png), and a CSV of "
        "image scores and verdicts (pass / review / fail from the bank's thresholds)."));
    const InspectOptions o;
    o.addTo(parser);
    ProjectOption project;
    project.addTo(parser);
    if (const int code = parseOrExit(parser, args); code >= 0)
        return code;
    if (!parser.isSet(o.bank) || !parser.isSet(o.outDir) ||
        parser.positionalArguments().isEmpty()) {
        err() << InspectCli::tr("Give --bank, --out and at least one image or folder.") << Qt::endl;
        return cli_exit::usage;
    }

    return project.run(parser, QStringLiteral("inspect"), args, [&] {
        const QStringList files = data::collectImageFiles(parser.positionalArguments());
        const infer::InspectorOptions options = o.inspector(parser);
        infer::Inspector inspector(parser.value(o.bank), options);
        printNotes(inspector, options);
        const QString outDir = parser.value(o.outDir);
        if (!QDir().mkpath(outDir))
            throw Error(InspectCli::tr("cannot create the output folder"), outDir);

        const qint64 batchId =
            recordBatch(project, inspector, parser.value(o.bank), parser.positionalArguments());
        InspectionTally tally = inspectAll(inspector, files, outDir, project, batchId);
        const QString csvPath = parser.isSet(o.csv)
                                    ? parser.value(o.csv)
                                    : QDir(outDir).filePath(QStringLiteral("inspection.csv"));
        io::writeFileAtomically(csvPath,
                                (tally.rows.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
        printSummary(inspector, files.size(), tally.counts, csvPath);
        if (batchId)
            out() << InspectCli::tr("Recorded in the project %1: inspection batch %2")
                         .arg(project.project().folder())
                         .arg(batchId)
                  << Qt::endl;
        return cli_exit::ok;
    });
}

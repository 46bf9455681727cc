// nexvitad-cli eval: every metric of method.md 5 for a memory bank on a class's labelled
// test images, as a table and as JSON (docs/metrics.md); optionally the F1-optimal
// thresholds (with a review band) saved into the bank.

#include "cli_command.h"
#include "cli_engine_options.h"
#include "cli_metrics_table.h"
#include "cli_output.h"
#include "cli_progress.h"
#include "cli_project_option.h"
#include "common/error.h"
#include "common/settings.h"
#include "data/dataset_scan.h"
#include "infer/bank_evaluation.h"
#include "infer/good_score_reference.h"
#include "infer/inspection_files.h"
#include "io/atomic_file.h"
#include "project/inference_record.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <map>
#include <optional>

namespace {
struct EvalCli
{
    Q_DECLARE_TR_FUNCTIONS(EvalCli)
};

using namespace nexvitad;

QJsonObject imagesJson(const infer::BankEvaluation &evaluation)
{
    QJsonArray images;
    for (const infer::EvaluatedImage &i : evaluation.images)
        images.append(
            QJsonObject{{QStringLiteral("image"), i.path},
                        {QStringLiteral("defect_type"), i.defectType},
                        {QStringLiteral("defect"), i.defect},
                        {QStringLiteral("score"), double(i.score)},
                        {QStringLiteral("verdict"),
                         i.verdict ? QJsonValue(infer::verdictKey(*i.verdict)) : QJsonValue()}});
    return QJsonObject{{QStringLiteral("images"), images}};
}

// The command's options, declared apart from the work.
struct EvalOptions
{
    QCommandLineOption bank{QStringLiteral("bank"), EvalCli::tr("Memory bank file."),
                            QStringLiteral("file")};
    QCommandLineOption data{QStringLiteral("data"), EvalCli::tr("Dataset folder."),
                            QStringLiteral("dir")};
    QCommandLineOption cls{QStringLiteral("class"), EvalCli::tr("Class to evaluate on."),
                           QStringLiteral("name")};
    QCommandLineOption json{QStringLiteral("json"), EvalCli::tr("JSON file to write."),
                            QStringLiteral("file")};
    QCommandLineOption inference{QStringLiteral("inference"),
                                 EvalCli::tr("memory_bank (default) or decoder."),
                                 QStringLiteral("mode"), QStringLiteral("memory_bank")};
    QCommandLineOption heatmaps{QStringLiteral("heatmaps"),
                                EvalCli::tr("Also write every test image's map and overlay "
                                            "into this folder."),
                                QStringLiteral("dir")};
    QCommandLineOption save{QStringLiteral("save-thresholds"),
                            EvalCli::tr("Store the F1-optimal thresholds in the bank.")};
    QCommandLineOption margin{QStringLiteral("review-margin"),
                              EvalCli::tr("Review band half-width relative to the image "
                                          "threshold (default 0.1; 0: no band)."),
                              QStringLiteral("fraction"), QStringLiteral("0.1")};
    DeviceOption device;

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({bank, data, cls, json, inference, heatmaps, save, margin});
        device.addTo(parser);
    }

    double reviewMargin(const QCommandLineParser &parser) const
    {
        bool ok = false;
        const double value = parser.value(margin).toDouble(&ok);
        if (!ok || value < 0.0 || value >= 1.0)
            throw Error(EvalCli::tr("--review-margin must be a number from 0 to below 1"));
        return value;
    }
};

// Inspects the class's test images with progress on the console; writes each image's map
// and overlay into `heatmapDir` when given, and keeps the maps in `maps` for the project.
infer::BankEvaluation evaluate(infer::Inspector &inspector, const data::Manifest &manifest,
                               const QString &className, const QString &heatmapDir,
                               const ProjectOption &project, std::map<QString, cv::Mat> *maps)
{
    return withConsoleProgress(
        project.tracking(consoleProgress(ProgressUnit::Count)), [&](Progress &progress) {
            progress.setStage(EvalCli::tr("Inspecting the test images"));
            return infer::evaluateBank(
                inspector, manifest, className, progress,
                [&](const infer::Inspection &r, const cv::Mat &) {
                    if (project.active())
                        (*maps)[r.path] = r.map.clone();
                    if (heatmapDir.isEmpty())
                        return;
                    QString stem = QDir(manifest.root).relativeFilePath(r.path);
                    stem.chop(QFileInfo(r.path).suffix().size() + 1);
                    infer::writeInspectionFiles(r, heatmapDir,
                                                stem.replace(QLatin1Char('/'), QLatin1Char('_')),
                                                inspector.thresholds().pixel);
                });
        });
}

// --save-thresholds: the F1-optimal thresholds (with a review band of +/- reviewMargin around
// the image threshold) and the good images' scores go into the bank, which is saved to
// `bankPath` and returned.
infer::MemoryBank saveThresholds(const infer::Inspector &inspector,
                                 const infer::BankEvaluation &evaluation, double reviewMargin,
                                 const QString &className, const QString &bankPath,
                                 const QString &dataFolder)
{
    infer::ThresholdSet thresholds = evaluation.f1Thresholds;
    if (!thresholds.image)
        throw Error(EvalCli::tr("no threshold can be chosen: the test set has no defective "
                                "image"),
                    dataFolder);
    const float t = thresholds.image->value;
    if (reviewMargin > 0.0)
        thresholds.imageReview =
            infer::makeReviewBand(float(t * (1.0 - reviewMargin)), float(t * (1.0 + reviewMargin)));
    infer::MemoryBank saved = inspector.bank(); // the loaded bank: no second read of the file
    saved.setThresholds(thresholds);
    // The good images' scores: the drift monitor's reference (docs/line.md). A test set
    // without good images leaves the monitor to calibrate on the line.
    if (std::any_of(evaluation.images.begin(), evaluation.images.end(),
                    [](const infer::EvaluatedImage &i) { return !i.defect; }))
        saved.setGoodScoreReference(infer::goodScoreReference(evaluation, className));
    saved.save(bankPath);
    out() << EvalCli::tr("Saved in the bank: image threshold %1 (review band %2 .. %3), "
                         "pixel threshold %4; chosen on this labelled set.")
                 .arg(double(t), 0, 'g', 5)
                 .arg(double(thresholds.imageReview ? thresholds.imageReview->passBelow : t), 0,
                      'g', 5)
                 .arg(double(thresholds.imageReview ? thresholds.imageReview->failFrom : t), 0, 'g',
                      5)
                 .arg(thresholds.pixel ? QString::number(double(thresholds.pixel->value), 'g', 5)
                                       : EvalCli::tr("none"))
          << Qt::endl;
    return saved;
}

// The evaluation, its bank and the heat maps of the images a person will look at (those
// that did not pass) go into the project.
void recordEvaluation(const ProjectOption &project, project::EvaluationContext context,
                      const data::Manifest &manifest, const QString &bankPath,
                      const infer::MemoryBank &bank, const infer::BankEvaluation &evaluation,
                      std::map<QString, cv::Mat> &maps)
{
    context.jobId = project.jobId();
    context.datasetId = project.recordDataset(manifest).id;
    context.bank = project::recordBank(project.project(), bankPath, bank, context.datasetId,
                                       context.className, Settings().operatorName());
    std::map<QString, cv::Mat> kept;
    for (const infer::EvaluatedImage &i : evaluation.images) {
        const auto verdict = context.thresholds.verdict(i.score);
        if (!verdict || *verdict != infer::Verdict::Pass)
            kept[i.path] = maps[i.path];
    }
    const qint64 id = project::recordEvaluation(project.project(), context, evaluation, kept);
    out() << EvalCli::tr("Recorded in the project %1: evaluation %2 (memory bank %3)")
                 .arg(project.project().folder())
                 .arg(id)
                 .arg(context.bank.bankId)
          << Qt::endl;
}

void writeJson(const QString &path, const infer::BankEvaluation &evaluation,
               const QString &className, const QString &bankPath, const QString &inference,
               bool untrained)
{
    QJsonObject doc = evaluation.result.toJson(true);
    doc[QStringLiteral("class")] = className;
    doc[QStringLiteral("bank")] = QFileInfo(bankPath).absoluteFilePath();
    doc[QStringLiteral("inference")] = inference;
    doc[QStringLiteral("untrained_backbone")] = untrained;
    doc[QStringLiteral("f1_thresholds")] = evaluation.f1Thresholds.toJson();
    doc[QStringLiteral("images")] = imagesJson(evaluation).value(QStringLiteral("images"));
    io::writeFileAtomically(path, QJsonDocument(doc).toJson());
    out() << EvalCli::tr("Metrics: %1").arg(path) << Qt::endl;
}

} // namespace

int runEval(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(EvalCli::tr(
        "Evaluates a memory bank on the labelled test images of a class: pixel AUROC, AP, "
        "AUPRO@0.3, F1-max, image AUROC, AP, F1-max and mIoU at the bank's pixel threshold. "
        "--save-thresholds stores the F1-optimal thresholds found here in the bank, with a "
        "review band of +/- --review-margin around the image threshold, and the good test "
        "images' scores as the reference of the drift monitor."));
    const EvalOptions o;
    o.addTo(parser);
    ProjectOption project;
    project.addTo(parser);
    if (const int code = parseOrExit(parser, args); code >= 0)
        return code;
    if (!parser.isSet(o.bank) || !parser.isSet(o.data) || !parser.isSet(o.cls)) {
        err() << EvalCli::tr("Give --bank, --data and --class.") << Qt::endl;
        return cli_exit::usage;
    }

    return project.run(parser, QStringLiteral("eval"), args, [&] {
        const double reviewMargin = o.reviewMargin(parser);
        const QString bankPath = parser.value(o.bank), className = parser.value(o.cls);
        infer::InspectorOptions options;
        options.modelsDir = Settings().modelsDirectory();
        options.device = o.device.resolve(parser);
        options.inference = infer::inferenceModeFromName(parser.value(o.inference));
        infer::Inspector inspector(bankPath, options);
        const data::Manifest manifest =
            data::scanDataset(parser.value(o.data), data::ScanOptions{}, Progress::none());
        const QString heatmapDir = parser.value(o.heatmaps);
        if (!heatmapDir.isEmpty() && !QDir().mkpath(heatmapDir))
            throw Error(EvalCli::tr("cannot create the folder"), heatmapDir);

        std::map<QString, cv::Mat> maps; // kept for the project's record only
        const infer::BankEvaluation evaluation =
            evaluate(inspector, manifest, className, heatmapDir, project, &maps);

        const bool untrained = inspector.untrainedBackbone();
        out() << EvalCli::tr("Class %1: %2 test images, inference %3%4")
                     .arg(className)
                     .arg(evaluation.images.size())
                     .arg(parser.value(o.inference))
                     .arg(untrained ? EvalCli::tr(" (UNTRAINED BACKBONE: random weights, "
                                                  "demonstration only)")
                                    : QString())
              << "\n"
              << metricsTable(evaluation.result) << Qt::endl;

        std::optional<infer::MemoryBank> saved; // the bank with the new thresholds
        if (parser.isSet(o.save))
            saved = saveThresholds(inspector, evaluation, reviewMargin, className, bankPath,
                                   parser.value(o.data));
        if (project.active()) {
            project::EvaluationContext context;
            context.className = className;
            context.inference = parser.value(o.inference);
            context.untrained = untrained;
            context.thresholds = saved ? saved->thresholds() : inspector.thresholds();
            recordEvaluation(project, context, manifest, bankPath,
                             saved ? *saved : inspector.bank(), evaluation, maps);
        }
        if (parser.isSet(o.json))
            writeJson(parser.value(o.json), evaluation, className, bankPath,
                      parser.value(o.inference), untrained);
        return cli_exit::ok;
    });
}

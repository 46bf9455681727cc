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
    const QCommandLineOption bank(QStringLiteral("bank"), EvalCli::tr("Memory bank file."),
                                  QStringLiteral("file"));
    const QCommandLineOption data(QStringLiteral("data"), EvalCli::tr("Dataset folder."),
                                  QStringLiteral("dir"));
    const QCommandLineOption cls(QStringLiteral("class"), EvalCli::tr("Class to evaluate on."),
                                 QStringLiteral("name"));
    const QCommandLineOption json(QStringLiteral("json"), EvalCli::tr("JSON file to write."),
                                  QStringLiteral("file"));
    const QCommandLineOption inference(QStringLiteral("inference"),
                                       EvalCli::tr("memory_bank (default) or decoder."),
                                       QStringLiteral("mode"), QStringLiteral("memory_bank"));
    const QCommandLineOption heatmaps(QStringLiteral("heatmaps"),
                                      EvalCli::tr("Also write every test image's map and overlay "
                                                  "into this folder."),
                                      QStringLiteral("dir"));
    const QCommandLineOption save(QStringLiteral("save-thresholds"),
                                  EvalCli::tr("Store the F1-optimal thresholds in the bank."));
    const QCommandLineOption margin(QStringLiteral("review-margin"),
                                    EvalCli::tr("Review band half-width relative to the image "
                                                "threshold (default 0.1; 0: no band)."),
                                    QStringLiteral("fraction"), QStringLiteral("0.1"));
    parser.addOptions({bank, data, cls, json, inference, heatmaps, save, margin});
    const DeviceOption device;
    device.addTo(parser);
    ProjectOption project;
    project.addTo(parser);
    if (const int code = parseOrExit(parser, args); code >= 0)
        return code;
    if (!parser.isSet(bank) || !parser.isSet(data) || !parser.isSet(cls)) {
        err() << EvalCli::tr("Give --bank, --data and --class.") << Qt::endl;
        return cli_exit::usage;
    }

    return project.run(parser, QStringLiteral("eval"), args, [&] {
        bool marginOk = false;
        const double reviewMargin = parser.value(margin).toDouble(&marginOk);
        if (!marginOk || reviewMargin < 0.0 || reviewMargin >= 1.0)
            throw Error(EvalCli::tr("--review-margin must be a number from 0 to below 1"));
        infer::InspectorOptions options;
        options.modelsDir = Settings().modelsDirectory();
        options.device = device.resolve(parser);
        options.inference = infer::inferenceModeFromName(parser.value(inference));
        infer::Inspector inspector(parser.value(bank), options);
        const data::Manifest manifest =
            data::scanDataset(parser.value(data), data::ScanOptions{}, Progress::none());
        const QString heatmapDir = parser.value(heatmaps);
        if (!heatmapDir.isEmpty() && !QDir().mkpath(heatmapDir))
            throw Error(EvalCli::tr("cannot create the folder"), heatmapDir);

        std::map<QString, cv::Mat> maps; // kept for the project's record only
        const infer::BankEvaluation evaluation = withConsoleProgress(
            project.tracking(consoleProgress(ProgressUnit::Count)), [&](Progress &progress) {
                progress.setStage(EvalCli::tr("Inspecting the test images"));
                return infer::evaluateBank(
                    inspector, manifest, parser.value(cls), progress,
                    [&](const infer::Inspection &r, const cv::Mat &) {
                        if (project.active())
                            maps[r.path] = r.map.clone();
                        if (heatmapDir.isEmpty())
                            return;
                        QString stem = QDir(manifest.root).relativeFilePath(r.path);
                        stem.chop(QFileInfo(r.path).suffix().size() + 1);
                        infer::writeInspectionFiles(
                            r, heatmapDir, stem.replace(QLatin1Char('/'), QLatin1Char('_')),
                            inspector.thresholds().pixel);
                    });
            });

        const bool untrained = inspector.untrainedBackbone();
        out() << EvalCli::tr("Class %1: %2 test images, inference %3%4")
                     .arg(parser.value(cls))
                     .arg(evaluation.images.size())
                     .arg(parser.value(inference))
                     .arg(untrained ? EvalCli::tr(" (UNTRAINED BACKBONE: random weights, "
                                                  "demonstration only)")
                                    : QString())
              << "\n"
              << metricsTable(evaluation.result) << Qt::endl;

        infer::ThresholdSet used = inspector.thresholds();
        std::optional<infer::MemoryBank> saved; // the bank with the new thresholds
        if (parser.isSet(save)) {
            infer::ThresholdSet thresholds = evaluation.f1Thresholds;
            if (!thresholds.image)
                throw Error(EvalCli::tr("no threshold can be chosen: the test set has no defective "
                                        "image"),
                            parser.value(data));
            const float t = thresholds.image->value;
            if (reviewMargin > 0.0)
                thresholds.imageReview = infer::makeReviewBand(float(t * (1.0 - reviewMargin)),
                                                               float(t * (1.0 + reviewMargin)));
            saved.emplace(inspector.bank()); // the loaded bank: no second read of the file
            saved->setThresholds(thresholds);
            // The good images' scores: the drift monitor's reference (docs/line.md). A test
            // set without good images leaves the monitor to calibrate on the line.
            if (std::any_of(evaluation.images.begin(), evaluation.images.end(),
                            [](const infer::EvaluatedImage &i) { return !i.defect; }))
                saved->setGoodScoreReference(
                    infer::goodScoreReference(evaluation, parser.value(cls)));
            saved->save(parser.value(bank));
            used = thresholds;
            out() << EvalCli::tr("Saved in the bank: image threshold %1 (review band %2 .. %3), "
                                 "pixel threshold %4; chosen on this labelled set.")
                         .arg(double(t), 0, 'g', 5)
                         .arg(
                             double(thresholds.imageReview ? thresholds.imageReview->passBelow : t),
                             0, 'g', 5)
                         .arg(double(thresholds.imageReview ? thresholds.imageReview->failFrom : t),
                              0, 'g', 5)
                         .arg(thresholds.pixel
                                  ? QString::number(double(thresholds.pixel->value), 'g', 5)
                                  : EvalCli::tr("none"))
                  << Qt::endl;
        }

        if (project.active()) {
            project::EvaluationContext context;
            context.jobId = project.jobId();
            context.datasetId = project.recordDataset(manifest).id;
            context.bank = project::recordBank(project.project(), parser.value(bank),
                                               saved ? *saved : inspector.bank(), context.datasetId,
                                               parser.value(cls), Settings().operatorName());
            context.className = parser.value(cls);
            context.inference = parser.value(inference);
            context.untrained = untrained;
            context.thresholds = used;
            // Heat maps of the images a person will look at: those that did not pass.
            std::map<QString, cv::Mat> kept;
            for (const infer::EvaluatedImage &i : evaluation.images) {
                const auto verdict = used.verdict(i.score);
                if (!verdict || *verdict != infer::Verdict::Pass)
                    kept[i.path] = maps[i.path];
            }
            const qint64 id =
                project::recordEvaluation(project.project(), context, evaluation, kept);
            out() << EvalCli::tr("Recorded in the project %1: evaluation %2 (memory bank %3)")
                         .arg(project.project().folder())
                         .arg(id)
                         .arg(context.bank.bankId)
                  << Qt::endl;
        }

        if (parser.isSet(json)) {
            QJsonObject doc = evaluation.result.toJson(true);
            doc[QStringLiteral("class")] = parser.value(cls);
            doc[QStringLiteral("bank")] = QFileInfo(parser.value(bank)).absoluteFilePath();
            doc[QStringLiteral("inference")] = parser.value(inference);
            doc[QStringLiteral("untrained_backbone")] = untrained;
            doc[QStringLiteral("f1_thresholds")] = evaluation.f1Thresholds.toJson();
            doc[QStringLiteral("images")] = imagesJson(evaluation).value(QStringLiteral("images"));
            io::writeFileAtomically(parser.value(json), QJsonDocument(doc).toJson());
            out() << EvalCli::tr("Metrics: %1").arg(parser.value(json)) << Qt::endl;
        }
        return cli_exit::ok;
    });
}

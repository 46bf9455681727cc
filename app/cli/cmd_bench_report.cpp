// nexvitad-cli bench report: writes the PDF report of an inspection batch of N synthetic
// images (all failed or in review, so each gets a tile) and prints the time, the pages and
// the peak memory. The peak stays flat as N grows because pages stream (docs/reports.md).

#include "cli_command.h"
#include "cli_interrupt.h"
#include "cli_output.h"
#include "cli_progress.h"
#include "common/process_resources.h"
#include "common/progress.h"
#include "data/synthetic.h"
#include "report/report_loader.h"
#include "report/report_writer.h"
#include "store/artifacts.h"
#include "store/asset_records.h"
#include "store/project.h"
#include "store/result_records.h"
#include "store/sql.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QJsonObject>
#include <QTemporaryDir>
#include <algorithm>
#include <cstring>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace {
struct BenchReport
{
    Q_DECLARE_TR_FUNCTIONS(BenchReport)
};

using namespace nexvitad;

// The heat map the engine would store for a defect: the mask blurred into a smooth peak,
// as a 16-bit PNG over 0..map_max (docs/reports.md).
QByteArray heatMapFromMask(const cv::Mat &mask)
{
    cv::Mat map;
    mask.convertTo(map, CV_32F, 1.0 / 255.0);
    cv::GaussianBlur(map, map, cv::Size(0, 0), 3.0);
    cv::Mat scaled;
    map.convertTo(scaled, CV_16U, 65535.0);
    QImage image(scaled.cols, scaled.rows, QImage::Format_Grayscale16);
    for (int y = 0; y < scaled.rows; ++y)
        std::memcpy(image.scanLine(y), scaled.ptr(y), size_t(scaled.cols) * 2);
    image.setText(QStringLiteral("map_max"), QStringLiteral("1"));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// N defective synthetic images (with masks, MVTec layout) and an inspection batch over them.
qint64 buildBatch(const store::Project &project, const QString &imageRoot, int count, int size,
                  Progress &progress)
{
    const QSqlDatabase db = project.database();
    store::ModelRecord model;
    model.name = QStringLiteral("untrained encoder");
    model.checkpoint = store::writeArtifact(project, QStringLiteral("checkpoints"),
                                            QStringLiteral("bench.nvckpt"), QByteArray("bench"));
    model.backbones = {
        {QStringLiteral("hiera"),
         QJsonObject{{QStringLiteral("spec"), QStringLiteral("random:hiera_tiny_224")},
                     {QStringLiteral("untrained"), true}}}};
    store::BankRecord bank;
    bank.modelId = store::registerModel(db, model, QStringLiteral("bench"));
    bank.className = QStringLiteral("carpet_syn");
    bank.k = 16;
    bank.layers = {2, 3};
    bank.file = store::writeArtifact(project, QStringLiteral("banks"),
                                     QStringLiteral("bench.nvbank"), QByteArray("bench"));
    bank.thresholds = {0.5, 0.4};
    const qint64 batch = store::createInspectionBatch(
        db, store::registerBank(db, bank, QStringLiteral("bench")), 0, imageRoot);

    const std::vector<data::SyntheticClass> classes = data::syntheticClasses(4);
    store::Transaction transaction(db);
    for (int i = 0; i < count; ++i) {
        progress.throwIfCanceled();
        const int c = i % int(classes.size());
        const QString type =
            classes[size_t(c)].defectTypes.value(i / 4 % classes[size_t(c)].defectTypes.size());
        const data::SyntheticSample sample =
            data::renderSyntheticSample(c, type, data::syntheticImageSeed(7, c, 2, i), size);
        const QString stem = QStringLiteral("%1").arg(i, 5, 10, QLatin1Char('0'));
        const QDir classDir(QDir(imageRoot).filePath(classes[size_t(c)].name));
        QDir().mkpath(classDir.filePath(QStringLiteral("test/") + type));
        QDir().mkpath(classDir.filePath(QStringLiteral("ground_truth/") + type));
        const QString image = classDir.filePath(QStringLiteral("test/%1/%2.png").arg(type, stem));
        cv::imwrite(QFile::encodeName(image).toStdString(), sample.image);
        cv::imwrite(
            QFile::encodeName(
                classDir.filePath(QStringLiteral("ground_truth/%1/%2_mask.png").arg(type, stem)))
                .toStdString(),
            sample.mask);
        store::InspectionRecord row;
        row.batchId = batch;
        row.imagePath = image;
        row.score = 0.5 + 0.5 * double(i % 97) / 97.0;
        row.verdict = i % 5 == 0 ? store::Verdict::Review : store::Verdict::Fail;
        row.map = store::writeArtifact(project, QStringLiteral("maps"),
                                       stem + QStringLiteral(".png"), heatMapFromMask(sample.mask));
        store::addInspection(db, row);
        progress.report(i + 1, count);
    }
    transaction.commit();
    return batch;
}

} // namespace

int runBenchReport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(BenchReport::tr(
        "Builds a temporary project with N inspections of synthetic defective images (each "
        "with a heat map and a ground-truth mask), writes their PDF report and prints the "
        "seconds, pages, file size and the peak resident memory (VmHWM) before and after."));
    const QCommandLineOption images(QStringLiteral("images"),
                                    BenchReport::tr("Inspections in the batch (default 1000)."),
                                    QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  BenchReport::tr("Image side in pixels (default 256)."),
                                  QStringLiteral("px"), QStringLiteral("256"));
    parser.addOptions({images, size});
    if (const int code = parseOrExit(parser, args); code >= 0)
        return code;
    const int count = parser.value(images).toInt();
    const int side = parser.value(size).toInt();
    if (count < 1 || side < 32 || side > 1024) {
        err() << BenchReport::tr("--images must be at least 1 and --size 32..1024.") << Qt::endl;
        return cli_exit::usage;
    }

    return guarded([&] {
        QTemporaryDir tmp;
        Progress progress(consoleProgress(ProgressUnit::Count));
        CancelOnInterrupt interrupt(progress);
        progress.setStage(BenchReport::tr("Writing %1 synthetic images").arg(count));
        const store::Project project = store::Project::create(
            tmp.filePath(QStringLiteral("project")), QStringLiteral("bench"));
        const qint64 batch =
            buildBatch(project, tmp.filePath(QStringLiteral("images")), count, side, progress);
        const report::ReportData data = report::loadBatchReport(project, batch);
        const qint64 setupPeak = runtime::peakResidentKiB();

        QElapsedTimer timer;
        timer.start();
        const QString pdf = tmp.filePath(QStringLiteral("report.pdf"));
        const report::ReportOutcome outcome = report::writeReport(data, {}, pdf, progress);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        endConsoleProgress();
        out() << BenchReport::tr("Images: %1 (%2 x %2 px), image tiles: %3")
                     .arg(count)
                     .arg(side)
                     .arg(data.images.size())
              << "\n"
              << BenchReport::tr("Report: %1 pages, %2 MiB, %3 s (%4 s per page)")
                     .arg(outcome.pages)
                     .arg(double(outcome.bytes) / 1048576.0, 0, 'f', 1)
                     .arg(seconds, 0, 'f', 1)
                     .arg(seconds / std::max(outcome.pages, 1), 0, 'f', 3)
              << "\n"
              << BenchReport::tr("Peak RSS: %1 MiB before the report, %2 MiB after it")
                     .arg(double(setupPeak) / 1024.0, 0, 'f', 0)
                     .arg(double(runtime::peakResidentKiB()) / 1024.0, 0, 'f', 0)
              << Qt::endl;
        return cli_exit::ok;
    });
}

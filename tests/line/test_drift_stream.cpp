// The drift monitor on real scores (issue 19): a memory bank built with the random tiny
// backbones on the synthetic dataset, its thresholds and good-score reference from an
// evaluation as `eval --save-thresholds` stores them, then streams of new good images from
// the synthetic generator inspected by a real Inspector. A stream whose images keep their
// look stays in control; one whose brightness shifts, and one whose texture changes (blur),
// raise the warning. Recorded in a project: exactly one drift.warning in the audit log for
// the shifted stream, a restarted monitor does not log it again, and the batch report shows
// the trend chart.

#include "common/progress.h"
#include "data/dataset_scan.h"
#include "data/synthetic.h"
#include "infer/bank_builder.h"
#include "infer/bank_evaluation.h"
#include "infer/inspector.h"
#include "line/drift_monitor.h"
#include "pdf_tools.h"
#include "project/drift_record.h"
#include "project/inference_record.h"
#include "report/report_loader.h"
#include "report/report_writer.h"
#include "store/audit_log.h"
#include "store/project.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <tuple>

using namespace nexvitad;
using namespace nexvitad::infer;

namespace {

constexpr int kSize = 64;
constexpr int kStream = 80; // per stream: enough passing images to fill the window of 50
constexpr std::uint64_t kSeed = 7;

enum class Shift
{
    None,
    Brightness,
    Blur
};

// New good images of the class, never in the dataset (their own seeds), RGB, changed as a
// camera or material change would change them.
std::vector<cv::Mat> goodStream(Shift shift, int count, int first = 0)
{
    std::vector<cv::Mat> images;
    for (int i = first; i < first + count; ++i) {
        const auto sample = data::renderSyntheticSample(
            0, QStringLiteral("good"), data::syntheticImageSeed(kSeed + 100, 0, 1, i), kSize);
        cv::Mat rgb;
        cv::cvtColor(sample.image, rgb, cv::COLOR_BGR2RGB);
        if (shift == Shift::Brightness)
            rgb.convertTo(rgb, -1, 1.0, 38.0); // saturating: a brighter lamp
        else if (shift == Shift::Blur)
            cv::GaussianBlur(rgb, rgb, cv::Size(0, 0), 1.2); // out of focus
        images.push_back(rgb);
    }
    return images;
}

// The stream as image files (what a camera leaves in a folder; the project records paths).
QStringList writeStream(Shift shift, int count, int first, const QString &folder)
{
    QDir().mkpath(folder);
    QStringList files;
    int i = 0;
    for (const cv::Mat &rgb : goodStream(shift, count, first)) {
        cv::Mat bgr;
        cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
        files << QDir(folder).filePath(QStringLiteral("%1.png").arg(i++, 3, 10, QLatin1Char('0')));
        cv::imwrite(files.back().toStdString(), bgr);
    }
    return files;
}

struct StreamRun
{
    std::vector<Inspection> inspections;
    int raised = 0, cleared = 0, passed = 0;
    line::DriftStatus last;
};

} // namespace

class TestDriftStream : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;
    QString bankPath;
    QString models;
    std::optional<Inspector> inspector;
    line::DriftOptions options; // the defaults: window 50, minimum 20, q 0.95, bound 1

    StreamRun run(Shift shift)
    {
        StreamRun r;
        line::DriftMonitor monitor = line::DriftMonitor::forBank(inspector->bank(), options);
        r.inspections = inspector->inspect(goodStream(shift, kStream));
        for (const Inspection &i : r.inspections) {
            r.passed += *i.verdict == Verdict::Pass;
            const line::DriftTransition t = monitor.observe(i.score, *i.verdict);
            r.raised += t == line::DriftTransition::WarningRaised;
            r.cleared += t == line::DriftTransition::WarningCleared;
        }
        r.last = monitor.status();
        qInfo("%s: %d of %d passed, %d warnings; %s",
              shift == Shift::None         ? "unshifted"
              : shift == Shift::Brightness ? "brightness"
                                           : "blur",
              r.passed, kStream, r.raised, qPrintable(line::driftStatusLine(r.last, options)));
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        data::SyntheticOptions o;
        o.classes = 1; // carpet_syn: a texture
        o.size = kSize;
        o.trainGood = 8;
        o.testGood = 30; // the reference: the evaluation's good images
        o.testDefects = 3;
        o.seed = kSeed;
        const QString root = dir.filePath(QStringLiteral("data"));
        data::writeSyntheticDataset(root, o, false, Progress::none());
        const data::Manifest manifest =
            data::scanDataset(root, data::ScanOptions{}, Progress::none());
        const QString cls = manifest.classNames().first();
        models = dir.filePath(QStringLiteral("models"));

        BankBuildRequest request;
        request.encoder.hieraSpec = QStringLiteral("random:hiera_mini:1");
        request.encoder.dinoSpec = QStringLiteral("random:dinov2_mini:2");
        request.encoder.imageSize = kSize;
        request.encoder.modelsDir = models;
        request.images = chooseGoodImages(manifest, cls, 8, 0);
        request.clustering.k = 8;
        MemoryBank bank = buildBank(request);

        // As eval --save-thresholds: F1-optimal thresholds, a review band of +/- 10 %, the
        // good images' scores.
        Inspector evaluating(bank, InspectorOptions{models});
        const BankEvaluation evaluation = evaluateBank(evaluating, manifest, cls);
        ThresholdSet thresholds = evaluation.f1Thresholds;
        QVERIFY(thresholds.image);
        const float t = thresholds.image->value;
        thresholds.imageReview = makeReviewBand(t * 0.9f, t * 1.1f);
        bank.setThresholds(thresholds);
        // A bank saved without the reference (as every bank before it) loads without one.
        const QString plain = dir.filePath(QStringLiteral("plain.bank"));
        bank.save(plain);
        QVERIFY(!MemoryBank::load(plain).goodScoreReference());
        QVERIFY(!readBankScoreBaseline(plain).goodScores);
        QCOMPARE(readBankScoreBaseline(plain).thresholds, thresholds);
        bank.setGoodScoreReference(goodScoreReference(evaluation, cls));
        bankPath = dir.filePath(QStringLiteral("line.bank"));
        bank.save(bankPath);
        // Other images, other scores: changing the bank drops its reference.
        MemoryBank changed = MemoryBank::load(bankPath);
        QVERIFY(changed.goodScoreReference());
        changed.removeImage(changed.images().front().sha256);
        QVERIFY(!changed.goodScoreReference());

        // The reference survives the file, and the bank loads it back.
        inspector.emplace(bankPath, InspectorOptions{models});
        const auto &reference = inspector->bank().goodScoreReference();
        QVERIFY(reference);
        QCOMPARE(reference->count, qint64(30));
        QCOMPARE(*reference, *bank.goodScoreReference());
        QCOMPARE(readBankScoreBaseline(bankPath).goodScores, reference);
        qInfo("bank, evaluation and reference in %lld ms; T1 %.4f, reference median %.4f",
              timer.elapsed(), double(t * 0.9f), reference->quantile(0.5));
    }

    void unshiftedStreamStaysInControl()
    {
        const StreamRun r = run(Shift::None);
        QVERIFY(r.passed >= options.minimum); // enough to judge
        QCOMPARE(r.last.reference.source, line::ReferenceSource::Evaluation);
        QCOMPARE(r.last.state, line::DriftState::InControl);
        QCOMPARE(r.raised, 0);
    }

    void brightnessShiftRaisesTheWarning()
    {
        const StreamRun r = run(Shift::Brightness);
        QCOMPARE(r.raised, 1);
        QCOMPARE(r.last.state, line::DriftState::Warning);
    }

    void textureShiftRaisesTheWarning()
    {
        const StreamRun r = run(Shift::Blur);
        QCOMPARE(r.raised, 1);
        QCOMPARE(r.last.state, line::DriftState::Warning);
    }

    void auditLogRestartAndReport()
    {
        const store::Project project =
            store::Project::create(dir.filePath(QStringLiteral("project")), QStringLiteral("L1"));
        const QSqlDatabase db = project.database();
        const qint64 bankId =
            project::recordBank(project, bankPath, inspector->bank(), 0,
                                QStringLiteral("carpet_syn"), QStringLiteral("tester"))
                .bankId;
        // Two batches as a watcher would record them: an unchanged stretch, then a
        // brighter lamp for twice as long (the window of 50 good images must fill with
        // brighter ones, and many of them fail); every transition goes to the audit log.
        line::DriftMonitor monitor = line::DriftMonitor::forBank(inspector->bank(), options);
        qint64 shiftedBatch = 0;
        for (const auto &[shift, count, first] :
             {std::tuple(Shift::None, kStream, 0),
              std::tuple(Shift::Brightness, 2 * kStream, kStream)}) {
            const qint64 batch =
                project::recordInspectionBatch(project, bankId, 0, QStringLiteral("camera 1"));
            shiftedBatch = batch;
            const QStringList files = writeStream(
                shift, count, first, dir.filePath(QStringLiteral("camera/%1").arg(int(shift))));
            for (const Inspection &i : inspector->inspectFiles(files, Progress::none())) {
                project::recordInspection(project, batch, i);
                project::recordDriftTransition(db, QStringLiteral("tester"), bankId, batch,
                                               monitor.observe(i.score, *i.verdict),
                                               monitor.status(), options);
            }
        }
        int warnings = 0;
        for (const store::AuditEntry &e :
             store::auditEntries(db, QStringLiteral("memory_bank"), bankId)) {
            QVERIFY(e.action != QLatin1String("drift.cleared"));
            if (e.action != QLatin1String("drift.warning"))
                continue;
            ++warnings;
            QCOMPARE(qint64(e.details.value(QStringLiteral("batch_id")).toDouble()), shiftedBatch);
            QCOMPARE(e.details.value(QStringLiteral("reference_source")).toString(),
                     QStringLiteral("evaluation"));
            QVERIFY(std::abs(e.details.value(QStringLiteral("shift")).toDouble()) > options.bound);
            QCOMPARE(e.details.value(QStringLiteral("bound")).toDouble(), options.bound);
            QCOMPARE(e.details.value(QStringLiteral("window")).toInt(), options.window);
        }
        QCOMPARE(warnings, 1);

        // A restart continues from the project: still drifted, nothing logged twice.
        QVERIFY(project::driftWarningOpen(db, bankId));
        line::DriftMonitor restarted = line::DriftMonitor::forBank(inspector->bank(), options);
        restarted.seed(project::passScoresForDrift(db, bankId, options),
                       project::driftWarningOpen(db, bankId));
        QCOMPARE(restarted.status().state, line::DriftState::Warning);
        QCOMPARE(*restarted.status().rollingMedian, *monitor.status().rollingMedian);

        // The batch report charts the trend and says where the warning began.
        const report::ReportData data = report::loadBatchReport(project, shiftedBatch);
        QVERIFY(data.drift);
        QCOMPARE(data.drift->trend.warningStarts().size(), size_t(1));
        QVERIFY(data.drift->goodBefore > 0);
        if (!reporttest::havePoppler())
            QSKIP("poppler-utils (pdftotext) are not installed");
        const QString pdf = dir.filePath(QStringLiteral("batch.pdf"));
        report::writeReport(data, {}, pdf, Progress::none());
        const QString text = reporttest::pdfText(pdf).simplified();
        QVERIFY(text.contains(QLatin1String("Drift trend of the good images")));
        QVERIFY(text.contains(QLatin1String("reference: evaluation of")));
        QVERIFY(text.contains(QLatin1String("Drift warning from good image")));
    }
};

QTEST_MAIN(TestDriftStream)
#include "test_drift_stream.moc"

#include "infer/bank_evaluation.h"

#include "common/error.h"
#include "data/image_decode.h"
#include "io/chunked_read.h"
#include "store/artifacts.h"

#include <QCoreApplication>

namespace nexvitad::infer {

namespace {

struct EvaluationText
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::infer::BankEvaluation)
};

struct TestImage
{
    QString path;
    std::string maskPath; // empty: all good
    QString defectType;
};

std::vector<TestImage> testImages(const data::Manifest &manifest, const QString &className)
{
    const data::ClassEntry *entry = manifest.findClass(className);
    if (!entry)
        throw Error(EvaluationText::tr("The dataset has no class \"%1\" (classes: %2).")
                        .arg(className, manifest.classNames().join(QStringLiteral(", "))),
                    manifest.root);
    std::vector<TestImage> out;
    for (const data::Split &split : entry->splits) {
        if (split.kind == data::SplitKind::TrainGood)
            continue;
        for (const data::ImageEntry &image : split.images)
            out.push_back(TestImage{manifest.absoluteDisplayPath(image.path),
                                    data::sampleOf(manifest, image).maskPath, split.defectType});
    }
    if (out.empty())
        throw Error(EvaluationText::tr("The class \"%1\" has no test images.").arg(className),
                    manifest.root);
    return out;
}

} // namespace

BankEvaluation evaluateBank(Inspector &inspector, const data::Manifest &manifest,
                            const QString &className, Progress &progress,
                            const std::function<void(const Inspection &, const cv::Mat &)> &onImage)
{
    const std::vector<TestImage> tests = testImages(manifest, className);
    QStringList files;
    for (const TestImage &t : tests) {
        if (inspector.bank().contains(io::sha256OfFile(t.path)))
            throw Error(EvaluationText::tr("This test image is also in the memory bank; evaluate "
                                           "on images the bank has not seen."),
                        t.path);
        files << t.path;
    }
    // mIoU at the pixel threshold the maps are judged by: the bank's (distances), or 0.5 for
    // the decoder's defect probabilities.
    std::vector<float> iouThresholds;
    if (inspector.inference() == InferenceMode::Decoder)
        iouThresholds.push_back(0.5f);
    else if (const auto &pixel = inspector.thresholds().pixel)
        iouThresholds.push_back(pixel->value);
    eval::EvaluationAccumulator accumulator(iouThresholds);
    BankEvaluation evaluation;
    const int size = inspector.imageSize();
    size_t next = 0;
    Progress inspecting = progress.child(0.0, 0.9);
    inspector.inspectFiles(files, inspecting, [&](Inspection &&r) {
        const TestImage &t = tests[next++];
        cv::Mat mask = t.maskPath.empty()
                           ? cv::Mat::zeros(size, size, CV_8UC1)
                           : data::resizeMask(data::readMaskBinary(t.maskPath), size);
        accumulator.update(r.map, mask, r.score);
        evaluation.images.push_back(EvaluatedImage{r.path, t.defectType,
                                                   cv::countNonZero(mask) > 0, r.score,
                                                   r.verdict});
        if (onImage)
            onImage(r, mask);
    });
    progress.setStage(EvaluationText::tr("Computing metrics"));
    evaluation.result = accumulator.compute();
    // F1-optimal thresholds need both classes; a set without defects has none (no F1).
    if (evaluation.result.pixel.ranking.f1Max)
        evaluation.f1Thresholds.pixel = f1OptimalThreshold(evaluation.result.pixel.ranking);
    if (evaluation.result.image.f1Max)
        evaluation.f1Thresholds.image = f1OptimalThreshold(evaluation.result.image);
    progress.report(1, 1);
    return evaluation;
}

} // namespace nexvitad::infer

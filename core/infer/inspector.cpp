#include "infer/inspector.h"

#include "common/error.h"
#include "infer/anomaly_scoring_torch.h"
#include "infer/bank_encoder_torch.h"
#include "infer/image_input_torch.h"
#include "infer/patch_retrieval_torch.h"
#include "infer/torch_matrix_torch.h"

#include <QCoreApplication>
#include <chrono>
#include <opencv2/core.hpp>
#include <torch/torch.h>

namespace nexvitad::infer {

namespace {

struct InspectorText
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::infer::Inspector)
};

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

cv::Mat toMat(const torch::Tensor &map)
{
    const torch::Tensor cpu = map.to(torch::kCPU, torch::kFloat32).contiguous();
    cv::Mat out(int(cpu.size(0)), int(cpu.size(1)), CV_32FC1);
    std::copy_n(cpu.data_ptr<float>(), cpu.numel(), out.ptr<float>());
    return out;
}

// The map's maximum pixel: where a flagged image is explained.
QRect maximumPixel(const cv::Mat &map)
{
    cv::Point at;
    cv::minMaxLoc(map, nullptr, nullptr, nullptr, &at);
    return QRect(at.x, at.y, 1, 1);
}

} // namespace

QString inferenceModeName(InferenceMode mode)
{
    return mode == InferenceMode::Decoder ? QStringLiteral("decoder")
                                          : QStringLiteral("memory_bank");
}

InferenceMode inferenceModeFromName(const QString &name)
{
    if (name == QLatin1String("memory_bank"))
        return InferenceMode::MemoryBank;
    if (name == QLatin1String("decoder"))
        return InferenceMode::Decoder;
    throw Error(InspectorText::tr("Unknown inference mode \"%1\" (memory_bank or decoder).")
                    .arg(name));
}

struct Inspector::Impl
{
    Impl(MemoryBank b, const InspectorOptions &o)
        : bank(std::move(b)), options(o),
          encoder(BankEncoder::fromBank(bank, o.modelsDir, o.device)),
          thresholds(bank.thresholds())
    {
        if (options.inference == InferenceMode::Decoder && !encoder.hasDecoderHead())
            throw Error(InspectorText::tr("inference = decoder needs a memory bank built from a "
                                          "training run (it holds the target head)."),
                        bank.sourcePath());
        for (const FeatureMatrix &p : bank.prototypes())
            prototypes.push_back(asTensor(p).clone().to(encoder.device()));
        for (const BankLayer &l : bank.info().layers)
            stages.push_back(l.stage);
    }

    std::vector<Inspection> run(std::vector<InputImage> inputs, const QStringList &paths);
    // Per layer [B, h, w] distances of a batch's features to the prototypes.
    std::vector<torch::Tensor> layerDistances(const std::vector<torch::Tensor> &features);
    // Explanation of image `i` of a batch from its features and distances.
    Explanation explainEncoded(const std::vector<torch::Tensor> &features,
                               const std::vector<torch::Tensor> &distances, int64_t i,
                               const QRect &region, int k);
    // One image encoded again and explained.
    Explanation explainInput(const InputImage &input, const QRect &region, int k);

    MemoryBank bank;
    InspectorOptions options;
    BankEncoder encoder;
    ThresholdSet thresholds;
    std::vector<torch::Tensor> prototypes;
    std::vector<int> stages;
    InspectionTiming timing;
    PatchRetriever retriever{bank};
};

std::vector<torch::Tensor> Inspector::Impl::layerDistances(const std::vector<torch::Tensor> &features)
{
    torch::InferenceMode guard;
    std::vector<torch::Tensor> distances;
    for (size_t l = 0; l < features.size(); ++l)
        distances.push_back(
            minDistanceMap(features[l], prototypes[l], bank.info().scoring.chunkElements));
    return distances;
}

Explanation Inspector::Impl::explainEncoded(const std::vector<torch::Tensor> &features,
                                            const std::vector<torch::Tensor> &distances,
                                            int64_t i, const QRect &region, int k)
{
    std::vector<torch::Tensor> imageFeatures, imageDistances;
    for (size_t l = 0; l < features.size(); ++l) {
        imageFeatures.push_back(features[l][i]);
        imageDistances.push_back(distances[l][i]);
    }
    return retriever.explain(imageFeatures, imageDistances, region, k);
}

Explanation Inspector::Impl::explainInput(const InputImage &input, const QRect &region, int k)
{
    if (!bank.canExplain())
        throw Error(bank.explainUnavailableReason(), bank.sourcePath());
    const std::vector<torch::Tensor> features = encoder.encode(input.tensor.unsqueeze(0), stages);
    return explainEncoded(features, layerDistances(features), 0, region, k);
}

std::vector<Inspection> Inspector::Impl::run(std::vector<InputImage> inputs,
                                             const QStringList &paths)
{
    std::vector<torch::Tensor> tensors;
    for (const InputImage &in : inputs)
        tensors.push_back(in.tensor);
    const torch::Tensor batch = torch::stack(tensors);
    const ScoringOptions &scoring = bank.info().scoring;

    torch::Tensor maps;
    std::vector<torch::Tensor> features, distances; // kept for explanations
    auto start = Clock::now();
    if (options.inference == InferenceMode::Decoder) {
        maps = encoder.decoderDefectProbability(batch);
        timing.featureSeconds += secondsSince(start);
        start = Clock::now();
    } else {
        features = encoder.encode(batch, stages);
        timing.featureSeconds += secondsSince(start);
        start = Clock::now();
        distances = layerDistances(features);
        timing.scoringSeconds += secondsSince(start);
        start = Clock::now();
        maps = combineDistanceMaps(distances, scoring);
    }
    const torch::Tensor scores = imageScores(maps, scoring).to(torch::kCPU);
    std::vector<Inspection> out;
    for (size_t i = 0; i < inputs.size(); ++i) {
        Inspection r;
        r.path = i < size_t(paths.size()) ? paths[int(i)] : QString();
        r.map = toMat(maps[int64_t(i)]);
        r.originalSize = inputs[i].originalSize;
        r.score = scores[int64_t(i)].item<float>();
        r.verdict = thresholds.verdict(r.score);
        out.push_back(std::move(r));
    }
    timing.postSeconds += secondsSince(start);
    if (options.explainFlagged && !features.empty() && bank.canExplain())
        for (size_t i = 0; i < out.size(); ++i)
            // Without a threshold nothing passes on its own: a person decides, so explain.
            if (!out[i].verdict || *out[i].verdict != Verdict::Pass)
                out[i].explanation = explainEncoded(features, distances, int64_t(i),
                                                    maximumPixel(out[i].map),
                                                    options.explainNeighbours);
    timing.images += qint64(inputs.size());
    return out;
}

Inspector::Inspector(const QString &bankPath, const InspectorOptions &options)
    : Inspector(MemoryBank::load(bankPath), options)
{
}

Inspector::Inspector(MemoryBank bank, const InspectorOptions &options)
    : d(std::make_unique<Impl>(std::move(bank), options))
{
}

Inspector::~Inspector() = default;

const MemoryBank &Inspector::bank() const
{
    return d->bank;
}

void Inspector::setThresholds(const ThresholdSet &thresholds)
{
    d->thresholds = thresholds;
}

const ThresholdSet &Inspector::thresholds() const
{
    return d->thresholds;
}

int Inspector::imageSize() const
{
    return d->encoder.imageSize();
}

InferenceMode Inspector::inference() const
{
    return d->options.inference;
}

bool Inspector::untrainedBackbone() const
{
    return d->encoder.untrainedBackbone();
}

std::vector<Inspection> Inspector::inspect(const std::vector<cv::Mat> &rgbImages)
{
    if (rgbImages.empty())
        return {};
    const auto start = Clock::now();
    std::vector<InputImage> inputs;
    for (const cv::Mat &image : rgbImages)
        inputs.push_back(inputFromRgb(image, d->encoder.imageSize()));
    d->timing.featureSeconds += secondsSince(start);
    return d->run(std::move(inputs), {});
}

std::vector<Inspection> Inspector::inspectFiles(const QStringList &files, Progress &progress,
                                                const std::function<void(Inspection &&)> &onResult)
{
    std::vector<Inspection> all;
    const int total = int(files.size());
    const int batchSize = std::max(1, d->options.batchSize);
    for (int first = 0; first < total; first += batchSize) {
        progress.throwIfCanceled();
        progress.report(first, total);
        const int count = std::min(batchSize, total - first);
        const auto start = Clock::now();
        std::vector<InputImage> inputs;
        for (int i = first; i < first + count; ++i)
            inputs.push_back(loadInputImage(files[i], d->encoder.imageSize()));
        d->timing.featureSeconds += secondsSince(start);
        for (Inspection &r : d->run(std::move(inputs), files.mid(first, count))) {
            if (onResult)
                onResult(std::move(r));
            else
                all.push_back(std::move(r));
        }
    }
    progress.report(total, total);
    return all;
}

Explanation Inspector::explain(const cv::Mat &rgb, const QRect &region, int k)
{
    return d->explainInput(inputFromRgb(rgb, d->encoder.imageSize()), region, k);
}

Explanation Inspector::explainFile(const QString &path, const QRect &region, int k)
{
    return d->explainInput(loadInputImage(path, d->encoder.imageSize()), region, k);
}

const InspectionTiming &Inspector::timing() const
{
    return d->timing;
}

void Inspector::resetTiming()
{
    d->timing = {};
}

} // namespace nexvitad::infer

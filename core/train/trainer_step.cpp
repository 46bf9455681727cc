#include "train/augmentation_torch.h"
#include "train/trainer_step_torch.h"

#include "common/precision.h"

#include <ATen/autocast_mode.h>

#include <numeric>
#include <torch/torch.h>

namespace nexvitad::train {
namespace {

// LibTorch's autocast for the step's forward pass when the process runs bf16
// (common/precision.h): convolutions and matrix products of the adapters, decoder and heads
// in bfloat16 on the step's device, the losses in float32 (losses.cpp casts the logits).
// Thread-local, restored on scope exit; the cast-weight cache is dropped with the outermost
// scope, since the optimiser changes the weights after every step.
class StepAutocast
{
public:
    explicit StepAutocast(const torch::Device &device)
        : m_cuda(device.is_cuda()), m_on(runtime::precision() == Precision::BFloat16)
    {
        if (!m_on)
            return;
        runtime::requirePrecisionOn(m_cuda ? QStringLiteral("cuda") : QStringLiteral("cpu"));
        m_wasEnabled = m_cuda ? at::autocast::is_enabled() : at::autocast::is_cpu_enabled();
        m_oldType = m_cuda ? at::autocast::get_autocast_gpu_dtype()
                           : at::autocast::get_autocast_cpu_dtype();
        setEnabled(true, torch::kBFloat16);
        at::autocast::increment_nesting();
    }
    ~StepAutocast()
    {
        if (!m_on)
            return;
        if (at::autocast::decrement_nesting() == 0)
            at::autocast::clear_cache();
        setEnabled(m_wasEnabled, m_oldType);
    }
    StepAutocast(const StepAutocast &) = delete;
    StepAutocast &operator=(const StepAutocast &) = delete;

private:
    void setEnabled(bool enabled, at::ScalarType type) const
    {
        if (m_cuda) {
            at::autocast::set_autocast_gpu_dtype(type);
            at::autocast::set_enabled(enabled);
        } else {
            at::autocast::set_autocast_cpu_dtype(type);
            at::autocast::set_cpu_enabled(enabled);
        }
    }

    bool m_cuda = false;
    bool m_on = false;
    bool m_wasEnabled = false;
    at::ScalarType m_oldType = torch::kFloat32;
};

// Runs of equal class in a batch sorted by class: [begin, end) and the class.
struct Group
{
    int64_t begin, end;
    int classIndex;
};

std::vector<Group> groupsOf(const std::vector<int> &classes)
{
    std::vector<Group> groups;
    for (int64_t i = 0; i < int64_t(classes.size()); ++i) {
        if (groups.empty() || groups.back().classIndex != classes[size_t(i)])
            groups.push_back({i, i + 1, classes[size_t(i)]});
        else
            groups.back().end = i + 1;
    }
    return groups;
}

model::EncoderOutput narrow(const model::EncoderOutput &enc, const Group &g)
{
    model::EncoderOutput out;
    for (const auto &f : enc.features)
        out.features.push_back(f.narrow(0, g.begin, g.end - g.begin));
    out.adaptedStage4 = enc.adaptedStage4.narrow(0, g.begin, g.end - g.begin);
    return out;
}

// Images (and their draws) of `indices`, stably sorted by class so heads run on runs.
void sortedByClass(const std::vector<TrainingImage> &pool, const std::vector<int> &indices,
                   const std::vector<Augmentation> &augs, std::vector<int> *order,
                   std::vector<const TrainingImage *> *images,
                   std::vector<Augmentation> *sortedAugs)
{
    order->resize(indices.size());
    std::iota(order->begin(), order->end(), 0);
    std::stable_sort(order->begin(), order->end(), [&](int a, int b) {
        return pool[indices[a]].classIndex < pool[indices[b]].classIndex;
    });
    for (int k : *order) {
        images->push_back(&pool[indices[k]]);
        sortedAugs->push_back(augs[k]);
    }
}

std::vector<int> classesOf(const std::vector<const TrainingImage *> &images)
{
    std::vector<int> classes;
    for (const TrainingImage *image : images)
        classes.push_back(image->classIndex);
    return classes;
}

using HeadFn = std::function<torch::Tensor(const model::EncoderOutput &, int)>;

torch::Tensor logitsByClass(const model::EncoderOutput &enc, const std::vector<Group> &groups,
                            const HeadFn &head)
{
    std::vector<torch::Tensor> parts;
    for (const Group &g : groups)
        parts.push_back(head(narrow(enc, g), g.classIndex));
    return torch::cat(parts, 0);
}

} // namespace

torch::Tensor stepLoss(StepContext &ctx, const StepBatch &batch, LossTerms *terms)
{
    const bool cacheAll = ctx.config.augVariants > 0;
    StepInputs in;
    std::vector<int> order;
    std::vector<const TrainingImage *> src;
    std::vector<Augmentation> srcAug;
    sortedByClass(ctx.set.source, batch.source, batch.sourceAug, &order, &src, &srcAug);
    std::vector<torch::Tensor> masks;
    for (size_t i = 0; i < src.size(); ++i)
        masks.push_back(applyGeometric(srcAug[i], src[i]->mask));
    in.sourceMasks = torch::stack(masks).to(ctx.device);
    in.source = ctx.features.batch(src, srcAug, cacheAll);
    in.sourceClasses = classesOf(src);

    if (!batch.target.empty()) {
        std::vector<const TrainingImage *> tgt;
        sortedByClass(ctx.set.target, batch.target, batch.targetAug, &order, &tgt,
                      &in.targetAugmentations);
        std::vector<torch::Tensor> labels;
        for (int k : order)
            labels.push_back(ctx.pseudoLabels[batch.target[k]]);
        in.pseudo.labels = torch::stack(labels).to(ctx.device);
        in.pseudo.valid = in.pseudo.labels != kIgnoreLabel;
        in.targetClasses = classesOf(tgt);
        in.targetPlain = ctx.features.batch(tgt, std::vector<Augmentation>(tgt.size()), true);
        in.targetAugmented = ctx.features.batch(tgt, in.targetAugmentations, cacheAll);
    }
    return stepLossOnFeatures(ctx.model, in, int(ctx.set.targetClasses.size()), ctx.config,
                              ctx.device, terms);
}

torch::Tensor stepLossOnFeatures(model::TrainableModel &model, const StepInputs &in,
                                 int targetClassCount, const TrainingConfig &config,
                                 const torch::Device &device, LossTerms *terms)
{
    const int64_t size = config.imageSize;
    const StepAutocast autocast(device);

    // Source: each image's own class head, and every pseudo-labelling head, against masks.
    const model::EncoderOutput enc = model->encode(in.source);
    const auto groups = groupsOf(in.sourceClasses);
    torch::Tensor sourceLoss =
        sourceCrossEntropy(logitsByClass(enc, groups,
                                         [&](const model::EncoderOutput &e, int c) {
                                             return model->sourceLogits(e, c, size);
                                         }),
                           in.sourceMasks);
    if (config.pseudoLabels) {
        torch::Tensor pseudo = torch::zeros({}, sourceLoss.options());
        for (int j = 0; j < targetClassCount; ++j)
            pseudo = pseudo + sourceCrossEntropy(model->pseudoLogits(enc, j, size), in.sourceMasks);
        sourceLoss = sourceLoss + pseudo / double(targetClassCount);
    }
    *terms = {};
    terms->sourceCe = sourceLoss.item<double>();
    torch::Tensor total = sourceLoss;

    if (!in.targetClasses.empty()) {
        const auto tgtGroups = groupsOf(in.targetClasses);
        const HeadFn targetHead = [&](const model::EncoderOutput &e, int j) {
            return model->targetLogits(e, j, size);
        };

        // L_t^ce on the un-augmented images.
        const auto encPlain = model->encode(in.targetPlain);
        const torch::Tensor targetCe =
            targetCrossEntropy(logitsByClass(encPlain, tgtGroups, targetHead), in.pseudo);

        // L_t^mse: defect probability on the augmented copy, mapped back exactly.
        const auto encAug = model->encode(in.targetAugmented);
        const torch::Tensor prob =
            torch::softmax(logitsByClass(encAug, tgtGroups, targetHead).to(torch::kFloat32), 1)
                .select(1, 1);
        std::vector<torch::Tensor> back, keep;
        for (size_t i = 0; i < in.targetClasses.size(); ++i) {
            const Augmentation &aug = in.targetAugmentations[i];
            back.push_back(invertGeometric(aug, prob[int64_t(i)]));
            keep.push_back(validAfterInverse(aug, size, device));
        }
        const torch::Tensor targetMse =
            consistencyMse(torch::stack(back), in.pseudo, torch::stack(keep));

        terms->targetCe = targetCe.item<double>();
        terms->targetMse = targetMse.item<double>();
        total = total + config.lambda1 * targetCe + config.lambda2 * targetMse;
    }
    terms->total = total.item<double>();
    return total;
}

double refreshPseudoLabels(StepContext &ctx, int batchSize, std::vector<torch::Tensor> *labels)
{
    torch::NoGradGuard noGrad;
    const int64_t size = ctx.config.imageSize;
    const auto &pool = ctx.set.target;
    labels->assign(pool.size(), torch::Tensor());
    double valid = 0;
    for (size_t first = 0; first < pool.size(); first += size_t(batchSize)) {
        const size_t count = std::min(size_t(batchSize), pool.size() - first);
        std::vector<const TrainingImage *> images;
        for (size_t i = 0; i < count; ++i)
            images.push_back(&pool[first + i]);
        const auto enc =
            ctx.model->encode(ctx.features.batch(images, std::vector<Augmentation>(count), true));
        for (size_t i = 0; i < count; ++i) {
            const Group one{int64_t(i), int64_t(i) + 1, images[i]->classIndex};
            const PseudoLabels pl = makePseudoLabels(
                ctx.model->pseudoLogits(narrow(enc, one), one.classIndex, size), ctx.config.theta);
            (*labels)[first + i] = pl.labels[0].to(torch::kCPU);
            valid += pl.coverage;
        }
    }
    return pool.empty() ? 0.0 : valid / double(pool.size());
}

} // namespace nexvitad::train

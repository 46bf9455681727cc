#include "train/step_bench.h"

#include "common/error.h"
#include "io/safetensors_torch.h"
#include "model/model_spec.h"
#include "train/augmentation.h"
#include "train/trainer_step_torch.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <algorithm>
#include <chrono>
#include <torch/torch.h>

namespace nexvitad::train {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StepBench)
};

model::ModelSpec specOf(const StepBenchSetup &s)
{
    model::ModelSpec spec;
    spec.hieraChannels = s.hieraChannels;
    spec.dinoChannels = s.dinoChannels;
    spec.adapterReduction = s.config.adapterReduction;
    spec.decoderWidths.assign(s.config.decoderWidths.begin(), s.config.decoderWidths.end());
    spec.pseudoHidden.assign(s.config.pseudoHidden.begin(), s.config.pseudoHidden.end());
    spec.sourceClasses = s.sourceClasses;
    spec.targetClasses = s.targetClasses;
    spec.mtl = s.config.mtl;
    spec.pseudoLabels = s.config.pseudoLabels;
    return spec;
}

model::FrozenFeatures randomFeatures(const StepBenchSetup &s, int64_t batch, torch::Generator &g)
{
    const int64_t size = s.config.imageSize;
    model::FrozenFeatures f;
    for (size_t n = 0; n < s.hieraChannels.size(); ++n) {
        const int64_t side = size >> (n + 2); // S/4 .. S/32
        f.hiera.push_back(torch::randn({batch, s.hieraChannels[n], side, side}, g));
    }
    const int64_t grid = size / s.dinoPatch;
    f.dino = torch::randn({batch, s.dinoChannels, grid, grid}, g);
    return f;
}

// Image i of a batch belongs to class i * classes / batch: ascending, every class used
// when the batch is at least as large as the class count (3 sources, batch 4: 0, 0, 1, 2).
std::vector<int> spreadClasses(int batch, int classes)
{
    std::vector<int> out;
    for (int i = 0; i < batch; ++i)
        out.push_back(int(int64_t(i) * classes / batch));
    return out;
}

// Seeded inputs of one joint-phase step (source and target terms). Target image i is
// augmented by i quarter turns and, for odd i, a flip: geometric draws only, so the peer
// can invert them with torch.flip / torch.rot90.
StepInputs randomInputs(const StepBenchSetup &s)
{
    auto g = at::detail::createCPUGenerator(s.seed + 1);
    const int batch = s.config.batchSize;
    const int64_t size = s.config.imageSize;
    StepInputs in;
    in.source = randomFeatures(s, batch, g);
    in.sourceClasses = spreadClasses(batch, s.sourceClasses);
    in.sourceMasks = (torch::rand({batch, size, size}, g) < 0.2).to(torch::kLong);
    in.targetPlain = randomFeatures(s, batch, g);
    in.targetAugmented = randomFeatures(s, batch, g);
    in.targetClasses = spreadClasses(batch, s.targetClasses);
    for (int i = 0; i < batch; ++i) {
        Augmentation a;
        a.rot90 = i % 4;
        a.flip = i % 2 == 1;
        in.targetAugmentations.push_back(a);
    }
    const torch::Tensor labels = (torch::rand({batch, size, size}, g) < 0.3).to(torch::kLong);
    in.pseudo.valid = torch::rand({batch, size, size}, g) < 0.7;
    in.pseudo.labels = torch::where(in.pseudo.valid, labels, torch::full_like(labels, kIgnoreLabel));
    return in;
}

model::TrainableModel seededModel(const StepBenchSetup &s)
{
    torch::manual_seed(s.seed);
    model::TrainableModel model(specOf(s));
    model->train();
    return model;
}

QString setupJson(const StepBenchSetup &s, const StepInputs &in)
{
    auto ints = [](const auto &v) {
        QJsonArray a;
        for (auto x : v)
            a.append(qint64(x));
        return a;
    };
    QJsonArray augs;
    for (const Augmentation &a : in.targetAugmentations)
        augs.append(QJsonObject{{QStringLiteral("rot90"), a.rot90}, {QStringLiteral("flip"), a.flip}});
    const QJsonObject json{
        {QStringLiteral("image_size"), s.config.imageSize},
        {QStringLiteral("batch_size"), s.config.batchSize},
        {QStringLiteral("hiera_channels"), ints(s.hieraChannels)},
        {QStringLiteral("dino_channels"), qint64(s.dinoChannels)},
        {QStringLiteral("adapter_reduction"), s.config.adapterReduction},
        {QStringLiteral("decoder_widths"), ints(s.config.decoderWidths)},
        {QStringLiteral("pseudo_hidden"), ints(s.config.pseudoHidden)},
        {QStringLiteral("source_classes"), s.sourceClasses},
        {QStringLiteral("target_classes"), s.targetClasses},
        {QStringLiteral("mtl"), s.config.mtl},
        {QStringLiteral("pseudo_labels"), s.config.pseudoLabels},
        {QStringLiteral("source_class_of_image"), ints(in.sourceClasses)},
        {QStringLiteral("target_class_of_image"), ints(in.targetClasses)},
        {QStringLiteral("target_augmentations"), augs},
        {QStringLiteral("lambda1"), s.config.lambda1},
        {QStringLiteral("lambda2"), s.config.lambda2},
        {QStringLiteral("lr"), s.config.lr},
        {QStringLiteral("adam_beta1"), s.config.adamBeta1},
        {QStringLiteral("adam_beta2"), s.config.adamBeta2},
        {QStringLiteral("adam_eps"), s.config.adamEps},
        {QStringLiteral("weight_decay"), s.config.weightDecay}};
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

void addFeatures(std::map<std::string, torch::Tensor> &out, const std::string &prefix,
                 const model::FrozenFeatures &f)
{
    for (size_t n = 0; n < f.hiera.size(); ++n)
        out[prefix + ".hiera" + std::to_string(n + 1)] = f.hiera[n];
    out[prefix + ".dino"] = f.dino;
}

double stepLossValue(model::TrainableModel &model, const StepBenchSetup &s, const StepInputs &in)
{
    LossTerms terms;
    stepLossOnFeatures(model, in, s.targetClasses, s.config, torch::kCPU, &terms);
    return terms.total;
}

} // namespace

StepBenchSetup stepBenchSetup(const TrainingConfig &config, std::vector<int64_t> hieraChannels,
                              int64_t dinoChannels)
{
    StepBenchSetup s;
    s.config = config;
    s.hieraChannels = std::move(hieraChannels);
    s.dinoChannels = dinoChannels;
    return s;
}

double writeStepFile(const StepBenchSetup &setup, const QString &path)
{
    model::TrainableModel model = seededModel(setup);
    const StepInputs in = randomInputs(setup);
    std::map<std::string, torch::Tensor> tensors;
    // Parameters and buffers under their module paths, as PyTorch's state_dict names them.
    for (const auto &p : model->named_parameters())
        tensors[p.key()] = p.value().detach();
    for (const auto &b : model->named_buffers())
        tensors[b.key()] = b.value();
    addFeatures(tensors, "input.source", in.source);
    addFeatures(tensors, "input.target_plain", in.targetPlain);
    addFeatures(tensors, "input.target_augmented", in.targetAugmented);
    tensors["input.source_masks"] = in.sourceMasks;       // 0 / 1, exact in float32
    tensors["input.pseudo_labels"] = in.pseudo.labels; // 0 / 1 / -100, exact in float32
    // The loss is computed before saving: the forward pass in training mode updates the
    // BatchNorm running statistics, and the peer must start from the initial ones.
    std::map<std::string, torch::Tensor> initial;
    for (auto &[name, t] : tensors) // integers (masks, labels, step counts) are exact in F32
        initial[name] = t.to(torch::kFloat32, false, true);
    const double loss = stepLossValue(model, setup, in);
    io::saveSafeTensors(path, initial,
                        {{QStringLiteral("setup"), setupJson(setup, in)},
                         {QStringLiteral("loss"), QString::number(loss, 'g', 17)}});
    return loss;
}

std::vector<double> timeCachedSteps(const StepBenchSetup &setup, int warmup, int steps)
{
    model::TrainableModel model = seededModel(setup);
    const StepInputs in = randomInputs(setup);
    torch::optim::Adam adam(model->parameters(),
                            torch::optim::AdamOptions(setup.config.lr)
                                .betas({setup.config.adamBeta1, setup.config.adamBeta2})
                                .eps(setup.config.adamEps)
                                .weight_decay(setup.config.weightDecay));
    std::vector<double> seconds;
    for (int i = 0; i < warmup + steps; ++i) {
        const auto start = std::chrono::steady_clock::now();
        for (auto &p : model->parameters())
            p.mutable_grad().reset();
        LossTerms terms;
        stepLossOnFeatures(model, in, setup.targetClasses, setup.config, torch::kCPU, &terms)
            .backward();
        adam.step();
        if (i >= warmup)
            seconds.push_back(
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    return seconds;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

QString findPythonWithTorch(QString *why)
{
    QStringList candidates{QStringLiteral("/usr/bin/python3")};
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!onPath.isEmpty() && !candidates.contains(onPath))
        candidates << onPath;
    QStringList tried;
    for (const QString &python : candidates) {
        if (!QFile::exists(python))
            continue;
        QProcess p;
        p.start(python, {QStringLiteral("-c"), QStringLiteral("import torch")});
        if (p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return python;
        tried << python;
    }
    *why = tried.isEmpty()
               ? Tr::tr("no python3 found (install Debian's python3-torch for the PyTorch peer)")
               : Tr::tr("%1 cannot import torch (install Debian's python3-torch for the PyTorch "
                        "peer)")
                     .arg(tried.join(QStringLiteral(", ")));
    return {};
}

QString runPeerScript(const QString &python, const QString &script, const QStringList &args,
                      int timeoutSeconds)
{
    QProcess p;
    p.start(python, QStringList{script} + args);
    if (!p.waitForFinished(timeoutSeconds * 1000)) {
        p.kill();
        p.waitForFinished();
        throw Error(Tr::tr("the PyTorch peer did not finish within %1 s").arg(timeoutSeconds),
                    script);
    }
    const QString err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        throw Error(Tr::tr("the PyTorch peer failed (exit %1): %2").arg(p.exitCode()).arg(err),
                    script);
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput())
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        throw Error(Tr::tr("the PyTorch peer printed nothing: %1").arg(err), script);
    return lines.last().trimmed();
}

} // namespace nexvitad::train

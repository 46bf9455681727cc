#include "infer/bank_encoder_torch.h"

#include "common/error.h"
#include "common/precision.h"
#include "train/backbone_pair.h"
#include "train/run_folder.h"
#include "train/run_model_torch.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <torch/torch.h>

namespace nexvitad::infer {

namespace {

struct EncoderText
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::infer::BankEncoder)
};

const QString kEncoderPrefix = QStringLiteral("encoder.");
const QString kHeadPrefix = QStringLiteral("target_head.");

// Parameters and floating-point buffers (BatchNorm running statistics) by dotted name;
// integer buffers (num_batches_tracked) play no part in inference and are left out.
std::vector<std::pair<std::string, torch::Tensor>> floatState(const torch::nn::Module &module)
{
    std::vector<std::pair<std::string, torch::Tensor>> out;
    for (const auto &p : module.named_parameters(true))
        out.emplace_back(p.key(), p.value());
    for (const auto &b : module.named_buffers(true))
        if (b.value().is_floating_point())
            out.emplace_back(b.key(), b.value());
    return out;
}

void appendWeights(const torch::nn::Module &module, const QString &prefix,
                   std::vector<ExtraTensor> &out)
{
    for (const auto &[name, tensor] : floatState(module)) {
        const torch::Tensor t = tensor.detach().to(torch::kCPU, torch::kFloat32).contiguous();
        ExtraTensor e;
        e.name = prefix + QString::fromStdString(name);
        e.shape.assign(t.sizes().begin(), t.sizes().end());
        e.values.assign(t.data_ptr<float>(), t.data_ptr<float>() + t.numel());
        out.push_back(std::move(e));
    }
}

// Copies the bank's tensors into the module; every expected name must be there with its
// shape, so a bank never silently runs with freshly initialised weights.
void importWeights(torch::nn::Module &module, const QString &prefix,
                   const std::vector<ExtraTensor> &tensors, const QString &bankPath)
{
    torch::NoGradGuard noGrad;
    for (auto &[name, target] : floatState(module)) {
        const QString key = prefix + QString::fromStdString(name);
        const auto it = std::find_if(tensors.begin(), tensors.end(),
                                     [&](const ExtraTensor &e) { return e.name == key; });
        if (it == tensors.end())
            throw Error(EncoderText::tr("the memory bank lacks the encoder weight \"%1\"")
                            .arg(key),
                        bankPath);
        if (std::vector<qint64>(target.sizes().begin(), target.sizes().end()) != it->shape)
            throw Error(EncoderText::tr("the memory bank's encoder weight \"%1\" has the wrong "
                                        "shape")
                            .arg(key),
                        bankPath);
        target.copy_(torch::from_blob(const_cast<float *>(it->values.data()),
                                      target.sizes(), torch::kFloat32));
    }
}

QJsonArray intArray(const std::vector<int64_t> &values)
{
    QJsonArray out;
    for (const int64_t v : values)
        out.append(qint64(v));
    return out;
}

} // namespace

BankEncoder BankEncoder::create(const EncoderChoice &choice)
{
    BankEncoder e;
    e.m_device = torch::Device(choice.device.toStdString());
    QJsonObject d;
    if (choice.runDir.isEmpty()) {
        e.m_backbones =
            train::loadBackbonePair(choice.hieraSpec, choice.dinoSpec, choice.modelsDir, choice.device);
        // The adapters start as the identity (their constructor zeroes W_up and b_up);
        // the projections are drawn from the seed, so a bank is reproducible.
        torch::manual_seed(choice.projectionSeed);
        e.m_encoder = model::TrainableEncoder(e.m_backbones->hieraChannels(),
                                              e.m_backbones->dinoChannels(),
                                              choice.adapterReduction);
        e.m_imageSize = choice.imageSize;
        d[QStringLiteral("hiera")] = choice.hieraSpec;
        d[QStringLiteral("dinov2")] = choice.dinoSpec;
        d[QStringLiteral("adapter_reduction")] = choice.adapterReduction;
        d[QStringLiteral("projection_seed")] = QString::number(choice.projectionSeed);
        d[QStringLiteral("untrained_encoder")] = true;
    } else {
        const train::RunFolder folder(choice.runDir);
        const train::TrainingConfig config = train::loadTrainingConfig(folder.configPath());
        e.m_backbones =
            train::loadBackbonePair(config.hiera, config.dinov2, choice.modelsDir, choice.device);
        train::RunModel run = train::loadRunModel(choice.runDir, *e.m_backbones);
        const QString target =
            choice.targetClass.isEmpty() ? run.targetClasses.first() : choice.targetClass;
        const int index = int(run.targetClasses.indexOf(target));
        if (index < 0)
            throw Error(EncoderText::tr("the run was not trained for the target class \"%1\" "
                                        "(its targets: %2)")
                            .arg(target, run.targetClasses.join(QStringLiteral(", "))),
                        choice.runDir);
        e.m_encoder = run.model->encoder();
        e.m_head = run.model->decoder()->targetHead(index);
        e.m_imageSize = config.imageSize;
        d[QStringLiteral("hiera")] = config.hiera;
        d[QStringLiteral("dinov2")] = config.dinov2;
        d[QStringLiteral("adapter_reduction")] = config.adapterReduction;
        d[QStringLiteral("untrained_encoder")] = false;
        d[QStringLiteral("run_dir")] = choice.runDir;
        d[QStringLiteral("epochs_done")] = run.epochsDone;
        d[QStringLiteral("target_class")] = target;
        d[QStringLiteral("decoder_widths")] = intArray(run.model->spec().decoderWidths);
    }
    const train::BackbonePairInfo info = train::backbonePairInfo(*e.m_backbones);
    d[QStringLiteral("hiera_variant")] = info.hieraVariant;
    d[QStringLiteral("dinov2_variant")] = info.dinoVariant;
    d[QStringLiteral("untrained_backbone")] = info.untrained;
    d[QStringLiteral("backbones")] = train::backbonesJson(info);
    d[QStringLiteral("image_size")] = e.m_imageSize;
    // The number format the features were computed in (common/precision.h): a record, so
    // that a bank whose thresholds came from bf16 scores says so; either precision can
    // inspect with it.
    d[QStringLiteral("precision")] = precisionName(runtime::precision());
    e.m_description = d;
    e.m_encoder->to(e.m_device);
    e.m_encoder->eval();
    if (e.m_head) {
        e.m_head->to(e.m_device);
        e.m_head->eval();
    }
    return e;
}

BankEncoder BankEncoder::fromBank(const MemoryBank &bank, const QString &modelsDir,
                                  const QString &device)
{
    const QJsonObject &d = bank.info().encoder;
    const QString path = bank.sourcePath();
    if (d.value(QStringLiteral("hiera")).toString().isEmpty())
        throw Error(EncoderText::tr("the memory bank does not say which encoder built it"), path);
    BankEncoder e;
    e.m_device = torch::Device(device.toStdString());
    e.m_description = d;
    e.m_imageSize = d.value(QStringLiteral("image_size")).toInt(224);
    e.m_backbones = train::loadBackbonePair(d.value(QStringLiteral("hiera")).toString(),
                                            d.value(QStringLiteral("dinov2")).toString(),
                                            modelsDir, device);
    const QString expected = bank.info().encoderHashes.value(QStringLiteral("backbones"));
    if (!expected.isEmpty() && expected != e.m_backbones->identity())
        throw Error(EncoderText::tr("the backbone weights differ from those the memory bank was "
                                    "built with (%1; found %2)")
                        .arg(expected, e.m_backbones->identity()),
                    path);
    e.m_encoder = model::TrainableEncoder(e.m_backbones->hieraChannels(),
                                          e.m_backbones->dinoChannels(),
                                          d.value(QStringLiteral("adapter_reduction")).toInt(4));
    importWeights(*e.m_encoder, kEncoderPrefix, bank.extraTensors(), path);
    if (d.contains(QStringLiteral("decoder_widths"))) {
        std::vector<int64_t> widths;
        for (const QJsonValue &v : d.value(QStringLiteral("decoder_widths")).toArray())
            widths.push_back(v.toInteger());
        std::vector<int64_t> channels;
        for (const int64_t c : e.m_backbones->hieraChannels())
            channels.push_back(2 * c);
        e.m_head = model::SegmentationHead(channels, widths);
        importWeights(*e.m_head, kHeadPrefix, bank.extraTensors(), path);
        e.m_head->to(e.m_device);
        e.m_head->eval();
    }
    e.m_encoder->to(e.m_device);
    e.m_encoder->eval();
    return e;
}

std::vector<torch::Tensor> BankEncoder::encode(const torch::Tensor &images,
                                               const std::vector<int> &stages)
{
    torch::InferenceMode guard;
    const model::FrozenFeatures frozen = m_backbones->extract(images.to(m_device));
    const model::EncoderOutput out = m_encoder->forward(frozen);
    std::vector<torch::Tensor> selected;
    for (const int stage : stages)
        selected.push_back(out.features.at(size_t(stage - 1)));
    return selected;
}

torch::Tensor BankEncoder::decoderDefectProbability(const torch::Tensor &images)
{
    if (!m_head)
        throw Error(EncoderText::tr("inference = decoder needs a trained target head: build the "
                                    "memory bank from a training run"));
    torch::InferenceMode guard;
    const model::FrozenFeatures frozen = m_backbones->extract(images.to(m_device));
    const model::EncoderOutput out = m_encoder->forward(frozen);
    const torch::Tensor logits = m_head->forward(out.features, m_imageSize, m_imageSize);
    return torch::softmax(logits, 1).select(1, 1);
}

QMap<QString, QString> BankEncoder::hashes() const
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    for (const ExtraTensor &t : exportWeights()) {
        sha.addData(t.name.toUtf8());
        sha.addData(QByteArrayView(reinterpret_cast<const char *>(t.values.data()),
                                   qsizetype(t.values.size() * sizeof(float))));
    }
    return {{QStringLiteral("backbones"), m_backbones->identity()},
            {QStringLiteral("trainable"), QString::fromLatin1(sha.result().toHex())}};
}

std::vector<ExtraTensor> BankEncoder::exportWeights() const
{
    std::vector<ExtraTensor> out;
    appendWeights(*m_encoder, kEncoderPrefix, out);
    if (m_head)
        appendWeights(*m_head, kHeadPrefix, out);
    return out;
}

} // namespace nexvitad::infer

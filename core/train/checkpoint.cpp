#include "common/error.h"
#include "io/atomic_file.h"
#include "train/checkpoint_torch.h"

#include <ATen/CPUGeneratorImpl.h>
#include <QCoreApplication>
#include <QFile>
#include <mutex>
#include <sstream>
#include <torch/serialize.h>
#include <torch/torch.h>

namespace nexvitad::train {
namespace {

struct Ckpt
{
    Q_DECLARE_TR_FUNCTIONS(Checkpoint)
};

constexpr int kFormatVersion = 1;

void writeString(torch::serialize::OutputArchive &archive, const char *key, const QString &s)
{
    archive.write(key, c10::IValue(s.toStdString()));
}

QString readString(torch::serialize::InputArchive &archive, const char *key)
{
    c10::IValue v;
    archive.read(key, v);
    return QString::fromStdString(v.toStringRef());
}

int64_t readInt(torch::serialize::InputArchive &archive, const char *key)
{
    c10::IValue v;
    archive.read(key, v);
    return v.toInt();
}

void openArchive(const QString &path, torch::serialize::InputArchive &archive)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Ckpt::tr("cannot read the checkpoint: %1").arg(file.errorString()), path);
    const QByteArray bytes = file.readAll();
    try {
        std::istringstream stream(std::string(bytes.constData(), size_t(bytes.size())));
        archive.load_from(stream, torch::kCPU);
    } catch (const c10::Error &) {
        throw Error(Ckpt::tr("not a NexViTAD checkpoint (unreadable archive)"), path);
    }
}

CheckpointMeta readMeta(torch::serialize::InputArchive &archive, const QString &path)
{
    CheckpointMeta meta;
    try {
        meta.formatVersion = int(readInt(archive, "format_version"));
        if (meta.formatVersion != kFormatVersion)
            throw Error(Ckpt::tr("unsupported checkpoint version %1").arg(meta.formatVersion),
                        path);
        meta.epochsDone = int(readInt(archive, "epochs_done"));
        meta.step = readInt(archive, "step");
        meta.configJson = readString(archive, "config");
        meta.modelSpec = readString(archive, "model_spec");
        meta.trainerJson = readString(archive, "trainer");
        meta.augmentationRng = readString(archive, "augmentation_rng").toStdString();
        archive.read("torch_cpu_rng", meta.torchCpuRng);
    } catch (const c10::Error &) {
        throw Error(Ckpt::tr("not a NexViTAD checkpoint (missing metadata)"), path);
    }
    return meta;
}

} // namespace

torch::Tensor captureTorchCpuRng()
{
    auto generator = at::detail::getDefaultCPUGenerator();
    std::lock_guard<std::mutex> lock(generator.mutex());
    return generator.get_state();
}

void restoreTorchCpuRng(const torch::Tensor &state)
{
    auto generator = at::detail::getDefaultCPUGenerator();
    std::lock_guard<std::mutex> lock(generator.mutex());
    generator.set_state(state);
}

void rngFromText(const std::string &text, data::Rng &rng)
{
    if (!rng.restoreState(text))
        throw Error(Ckpt::tr("the checkpoint's augmentation random state is damaged"));
}

void saveCheckpoint(const QString &path, model::TrainableModel &model,
                    torch::optim::Optimizer &optimizer, const CheckpointMeta &meta)
{
    torch::serialize::OutputArchive archive;
    archive.write("format_version", c10::IValue(int64_t(kFormatVersion)));
    archive.write("epochs_done", c10::IValue(int64_t(meta.epochsDone)));
    archive.write("step", c10::IValue(meta.step));
    writeString(archive, "config", meta.configJson);
    writeString(archive, "model_spec", meta.modelSpec);
    writeString(archive, "trainer", meta.trainerJson);
    archive.write("augmentation_rng", c10::IValue(meta.augmentationRng));
    archive.write("torch_cpu_rng",
                  meta.torchCpuRng.defined() ? meta.torchCpuRng : captureTorchCpuRng());
    torch::serialize::OutputArchive modelArchive, optimizerArchive;
    model->save(modelArchive);
    optimizer.save(optimizerArchive);
    archive.write("model", modelArchive);
    archive.write("optimizer", optimizerArchive);

    std::ostringstream stream;
    archive.save_to(stream);
    const std::string bytes = stream.str();
    io::writeFileAtomically(path, QByteArray(bytes.data(), qsizetype(bytes.size())));
}

CheckpointMeta readCheckpointMeta(const QString &path)
{
    torch::serialize::InputArchive archive;
    openArchive(path, archive);
    return readMeta(archive, path);
}

namespace {

// Reads the metadata, refuses another model shape, then loads the model (and the optimizer
// when one is given).
CheckpointMeta loadInto(const QString &path, model::TrainableModel &model,
                        torch::optim::Optimizer *optimizer)
{
    torch::serialize::InputArchive archive;
    openArchive(path, archive);
    CheckpointMeta meta = readMeta(archive, path);
    if (meta.modelSpec != model->spec().describe())
        throw Error(Ckpt::tr("the checkpoint holds another model (%1) than this configuration "
                             "builds (%2)")
                        .arg(meta.modelSpec, model->spec().describe()),
                    path);
    try {
        torch::serialize::InputArchive modelArchive;
        archive.read("model", modelArchive);
        model->load(modelArchive);
        if (optimizer) {
            torch::serialize::InputArchive optimizerArchive;
            archive.read("optimizer", optimizerArchive);
            optimizer->load(optimizerArchive);
        }
    } catch (const c10::Error &e) {
        throw Error(Ckpt::tr("the checkpoint's tensors do not fit the model: %1")
                        .arg(QString::fromStdString(e.msg())),
                    path);
    }
    return meta;
}

} // namespace

CheckpointMeta loadCheckpoint(const QString &path, model::TrainableModel &model,
                              torch::optim::Optimizer &optimizer)
{
    return loadInto(path, model, &optimizer);
}

CheckpointMeta loadCheckpointWeights(const QString &path, model::TrainableModel &model)
{
    return loadInto(path, model, nullptr);
}

} // namespace nexvitad::train

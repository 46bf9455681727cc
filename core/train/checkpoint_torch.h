#pragma once
// Checkpoints of all trainable state (private: torch types): model parameters and
// buffers (adapters, projections, heads, BatchNorm running statistics), the optimizer
// (Adam moments and step counts), the schedule position (epoch, step: the schedule itself
// is a pure function of the config and the step), and both random streams:
//   - torch's default CPU generator (its full state tensor, get_state/set_state),
//   - the trainer's own data::Rng that draws augmentations and shuffles (its engine's
//     textual state, data::Rng::state, which the standard defines exactly).
// Restoring both, with the same config, continues a run bit for bit on CPU.
//
// The file is a LibTorch archive (torch::serialize::OutputArchive, a zip) written with
// io::writeFileAtomically. It also carries the config JSON and the model spec, so a resume
// with another configuration is refused before any tensor is loaded.

#include "data/random.h"
#include "model/trainable_model_torch.h"

#include <QString>
#include <string>
#include <torch/optim/optimizer.h>

namespace nexvitad::train {

struct CheckpointMeta
{
    int formatVersion = 1;
    int epochsDone = 0;  // completed epochs
    int64_t step = 0;    // optimizer steps taken so far
    QString configJson;  // TrainingConfig::toJson(), compact
    QString modelSpec;   // ModelSpec::describe()
    QString trainerJson; // the trainer's own state (class lists, augmentation pools, ...)
    std::string augmentationRng;
    torch::Tensor torchCpuRng;
};

void saveCheckpoint(const QString &path, model::TrainableModel &model,
                    torch::optim::Optimizer &optimizer, const CheckpointMeta &meta);
// Reads only the metadata (to validate a resume before building anything).
CheckpointMeta readCheckpointMeta(const QString &path);
// Loads into an existing model/optimizer of the same spec. Throws nexvitad::Error naming
// the file when it is unreadable or the spec differs.
CheckpointMeta loadCheckpoint(const QString &path, model::TrainableModel &model,
                              torch::optim::Optimizer &optimizer);
// The model's weights only (inference): the optimizer state is not read.
CheckpointMeta loadCheckpointWeights(const QString &path, model::TrainableModel &model);

// Random-stream capture.
torch::Tensor captureTorchCpuRng();
void restoreTorchCpuRng(const torch::Tensor &state);
// Restores a state written by data::Rng::state; throws nexvitad::Error when it is damaged.
void rngFromText(const std::string &text, data::Rng &rng);

} // namespace nexvitad::train

#pragma once
// The cached training step alone, for `bench train`'s comparison with Python PyTorch
// (issue 22): the trainer's loss on frozen features (stepLossOnFeatures), its backward pass
// and Adam step, on seeded random features of the shapes a real run feeds it. No
// backbones, no cache, no dataset: what is timed is exactly the part a PyTorch peer
// (tools/peer_train_step.py) can run the same way.

#include "train/training_config.h"

#include <QString>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace nexvitad::train {

struct StepBenchSetup
{
    TrainingConfig config;              // image size, batch, widths, Adam, lambdas
    std::vector<int64_t> hieraChannels; // d_1..d_4
    int64_t dinoChannels = 384;
    int dinoPatch = 14;    // DINOv2 grid = imageSize / dinoPatch
    int sourceClasses = 3; // the batch's images are spread over them in order
    int targetClasses = 1;
    uint64_t seed = 0;     // parameters and inputs
};

// The setup of `bench train`: the config's Hiera / DINOv2 channels, 3 source + 1 target.
StepBenchSetup stepBenchSetup(const TrainingConfig &config, std::vector<int64_t> hieraChannels,
                              int64_t dinoChannels);

// Writes the step's parameters, buffers and inputs with the setup as metadata
// (safetensors, atomically) and returns the loss our code computes on them (training mode,
// before any update). The peer script loads this file, so both sides start equal.
double writeStepFile(const StepBenchSetup &setup, const QString &path);

// Seconds of each of `steps` full steps (loss, backward, Adam) after `warmup` untimed ones.
std::vector<double> timeCachedSteps(const StepBenchSetup &setup, int warmup, int steps);

double median(std::vector<double> values);

// The Python peer: the first of /usr/bin/python3 and `python3` on PATH that imports torch.
// Empty with `*why` set when none does.
QString findPythonWithTorch(QString *why);

// Runs `python script args...`; returns its last stdout line, or throws nexvitad::Error
// (with its stderr) when it fails or runs longer than `timeoutSeconds`.
QString runPeerScript(const QString &python, const QString &script, const QStringList &args,
                      int timeoutSeconds);

} // namespace nexvitad::train

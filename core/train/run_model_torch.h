#pragma once
// A finished (or interrupted) training run's model, loaded for inference (private: torch
// types): the configuration, the class lists and the trainable model with the weights of
// the run's latest checkpoint. Inference uses the encoder (adapters, projections) and, for
// the paper's "original decoder" ablation, a target segmentation head.

#include "model/trainable_model_torch.h"
#include "train/frozen_backbones_torch.h"
#include "train/training_config.h"

#include <QString>
#include <QStringList>

namespace nexvitad::train {

// The model shape a configuration builds on these backbones (the trainer uses it too, so
// a run's checkpoint always fits what loadRunModel rebuilds).
model::ModelSpec modelSpecFor(const TrainingConfig &config, const FrozenBackbones &backbones,
                              int sourceClasses, int targetClasses);

struct RunModel
{
    QString runDir;
    QString checkpoint; // the file the weights came from
    int epochsDone = 0;
    TrainingConfig config;
    QStringList sourceClasses;
    QStringList targetClasses;
    model::TrainableModel model{nullptr}; // on the CPU, eval mode
};

// Throws nexvitad::Error naming the file when the folder holds no run, no checkpoint, or
// one that does not fit these backbones.
RunModel loadRunModel(const QString &runDir, const FrozenBackbones &backbones);

} // namespace nexvitad::train

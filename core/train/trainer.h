#pragma once
// The training engine (method.md 3), public: plain types only. One Trainer trains one run
// folder (docs/runs.md): it checks everything a user can get wrong before any work
// (classes, run folder, resume compatibility), then trains epoch by epoch on frozen
// features served by the feature cache, calls back after every step and epoch, writes a
// checkpoint and a metrics line after every epoch, and stops within one step when the
// Progress is canceled (throwing nexvitad::Canceled; the last epoch's checkpoint stays).
// A resume continues from the last checkpoint bit for bit on CPU.

#include "data/manifest.h"
#include "train/training_config.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

namespace nexvitad {
class Progress;
}

namespace nexvitad::train {

class FrozenBackbones; // frozen_backbones_torch.h

struct TrainingRequest
{
    data::Manifest manifest;
    QStringList sourceClasses;
    QStringList targetClasses;
    QString runDir;
    TrainingConfig config;
    QString device = QStringLiteral("cpu"); // "cpu", "cuda", "cuda:1"
    bool resume = false;                    // continue from the run folder's last checkpoint
    bool force = false; // replace an earlier run in the folder (its cache is kept)
};

struct LossTerms
{
    double total = 0;
    double sourceCe = 0;
    double targetCe = 0;
    double targetMse = 0;
};

struct StepReport
{
    int epoch = 0;       // 0-based
    int stepInEpoch = 0; // 0-based
    int stepsPerEpoch = 0;
    qint64 globalStep = 0;
    bool joint = false; // phase 2 (all terms)
    LossTerms loss;
    double lr = 0;
    double pseudoCoverage = 0; // share of confident target pixels (this epoch's labels)
    double seconds = 0;
};

struct EpochReport
{
    int epoch = 0; // 0-based
    int epochs = 0;
    bool joint = false;
    LossTerms loss; // means over the epoch's steps
    double lr = 0;  // at the epoch's last step
    double pseudoCoverage = 0;
    double seconds = 0;        // wall time of the whole epoch
    double featureSeconds = 0; // of which computing frozen features (cache misses)
    qint64 cacheHits = 0;
    qint64 cacheMisses = 0;
};

struct TrainingOutcome
{
    int epochsDone = 0;
    QString checkpoint;              // the last one written
    std::vector<EpochReport> epochs; // of this call (and, on resume, the earlier ones)
};

class Trainer
{
public:
    // `backbones` computes the frozen features (core/backbones' Hiera + DINOv2).
    Trainer(TrainingRequest request, std::shared_ptr<FrozenBackbones> backbones);
    ~Trainer();

    void onStep(std::function<void(const StepReport &)> callback);
    void onEpoch(std::function<void(const EpochReport &)> callback);

    // Runs to the configured number of epochs. Throws nexvitad::Error for bad input (before
    // any work) and nexvitad::Canceled when stopped.
    TrainingOutcome run(Progress &progress);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace nexvitad::train

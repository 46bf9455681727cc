#pragma once
// `bench train`'s comparison of our cached training step with the same step in Python
// PyTorch (issue 22): tools/peer_train_step.py, embedded in the CLI as a resource.

#include "train/training_config.h"

#include <QString>
#include <vector>

struct PeerComparisonOptions
{
    std::vector<int> sizes{128, 224}; // image sizes to compare at
    int warmup = 1;
    int steps = 5;  // timed steps per side and round
    int rounds = 3; // ours, then the peer, back to back, this many times
    bool peer = true; // false: time ours only (--no-peer)
};

// Prints, per size, our and the peer's median seconds per step and their ratio. The peer
// is skipped, with the reason printed, when no python3 imports torch.
void runPeerComparison(const nexvitad::train::TrainingConfig &config, const QString &modelsDir,
                       const QString &workDir, const PeerComparisonOptions &options);

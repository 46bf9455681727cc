#pragma once
// Prototype usage of a memory bank (public, plain types): for each bank layer, how many of
// the bank's own patches have each prototype as their nearest one (L2, as the scoring's
// distances). A prototype that serves no patch, or one that serves most of them, shows a
// bank whose K or images should change; Sinkhorn K-means (method.md 4) aims at equal
// shares.

#include "common/progress.h"
#include "infer/memory_bank.h"

#include <vector>

namespace nexvitad::infer {

// One vector per bank layer, in bank order: K counts (sinkhorn_kmeans) summing to the
// layer's M * h * w patches, or empty for all_patches (every patch is its own prototype).
// Throws nexvitad::Error while the prototypes are stale, nexvitad::Canceled when canceled
// (checked per layer).
std::vector<std::vector<qint64>> prototypeUsage(const MemoryBank &bank,
                                                Progress &progress = Progress::none());

} // namespace nexvitad::infer

#pragma once
// Sinkhorn K-means (method.md 4): K prototypes of a layer's bank patches. k-means++
// initialisation (seeded); E-step = entropy-regularised optimal transport between the
// patches (uniform mass 1/n) and the prototypes (uniform mass 1/K), cost = squared distance
// divided by its mean, log-domain Sinkhorn; M-step = transport-weighted means. The uniform
// prototype mass is what distinguishes it from Lloyd's k-means: every prototype serves the
// same share of patches, so rare good textures still get prototypes.
//
// Stopping: Sinkhorn stops when the L1 error of the patch marginal (the prototype marginal
// is exact after each half-step) is below `marginalTolerance` or after
// `maxSinkhornIterations`; the outer loop stops when no prototype moved more than
// `moveTolerance` relative to the data's length scale (the square root of the mean squared
// patch-prototype distance, the same scale that normalises the cost), or after
// `maxIterations`. Sinkhorn's dual potentials are carried from one outer iteration to the
// next (warm start), which changes no fixed point and saves most inner iterations.

#include "common/progress.h"
#include "infer/feature_matrix.h"

#include <vector>

namespace nexvitad::infer {

struct SinkhornKMeansOptions
{
    int k = 30;
    quint64 seed = 0;
    double epsilon = 0.05;
    double marginalTolerance = 1e-4;
    int maxSinkhornIterations = 100;
    double moveTolerance = 1e-4;
    int maxIterations = 50;
};

struct SinkhornKMeansStats
{
    int iterations = 0;     // outer (E+M) iterations run
    bool converged = false; // stopped on the move tolerance
    double lastMove = 0.0;  // relative, see above
    double lastMarginalError = 0.0;
    int sinkhornIterations = 0; // all inner iterations together
    double seconds = 0.0;       // wall time of the whole clustering
};

// `points`: n x d patch features. Returns K x d prototypes. Throws nexvitad::Error when
// K < 1 or K > n; nexvitad::Canceled when `progress` is canceled (checked every iteration).
FeatureMatrix sinkhornKMeans(const FeatureMatrix &points, const SinkhornKMeansOptions &options,
                             Progress &progress = Progress::none(),
                             SinkhornKMeansStats *stats = nullptr);

// Several independent point sets (the layers of a memory bank), clustered concurrently:
// the sets are packed into as many groups as LibTorch has intra-op threads (largest first,
// each into the lightest group) and each group runs on one thread, its tensor operations
// single-threaded. A layer's clustering is a long chain of small steps that two threads
// cannot share well; two layers side by side use both cores fully. Results and `stats` are
// in input order and identical to clustering each set alone. Progress is reported by the
// group holding the largest set (the critical path); cancel is checked by all.
std::vector<FeatureMatrix> sinkhornKMeansEach(const std::vector<FeatureMatrix> &pointSets,
                                              const SinkhornKMeansOptions &options,
                                              Progress &progress = Progress::none(),
                                              std::vector<SinkhornKMeansStats> *stats = nullptr);

} // namespace nexvitad::infer

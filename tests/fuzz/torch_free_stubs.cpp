// The fuzz build links the parsers without LibTorch. memory_bank.cpp refers to the Sinkhorn
// clustering for recluster(), which loading a bank never calls; this definition satisfies
// the linker and aborts loudly should a harness ever reach it.
#include "infer/sinkhorn_kmeans.h"

#include <cstdio>
#include <cstdlib>

namespace nexvitad::infer {

std::vector<FeatureMatrix> sinkhornKMeansEach(const std::vector<FeatureMatrix> &,
                                              const SinkhornKMeansOptions &, Progress &,
                                              std::vector<SinkhornKMeansStats> *)
{
    std::fprintf(stderr, "fuzz build: sinkhornKMeansEach is not linked (no LibTorch)\n");
    std::abort();
}

} // namespace nexvitad::infer

#pragma once
// The inner loop of the clustering's Sinkhorn iterations (sinkhorn_transport.cpp): one pass
// over the absorbed kernel. Plain types, no torch.

#include <cstdint>

namespace nexvitad::infer {

// One pass over the kernel (n x k, float, row-major): per row the product K_i . b, the row
// marginal's error |a_i (K_i . b) - rowMass| (summed, returned), the next scaling
// nextA_i = rowMass / (K_i . b), and into `columns` (k doubles, overwritten) the column sums
// of K diag(nextA). `block` is scratch for k floats.
double kernelPass(const float *kernel, int64_t n, int64_t k, const float *b, const double *a,
                  double rowMass, double *nextA, double *columns, float *block);

} // namespace nexvitad::infer

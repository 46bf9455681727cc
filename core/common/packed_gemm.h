#pragma once
// A linear layer's product against weights packed once, for the backbones' thin shapes.
//
// Why: at batch 1 the backbones are bound by their GEMMs, and OpenBLAS runs the per-thread
// shapes of Hiera-tiny and ViT-S/14 (98 x 384 x 1536, 1568 x 96 x 384, ...) at 45-60 GFLOP/s
// per thread against 65-70 on a square product: it packs both operands on every call, and
// with 96 to 384 inputs the packing is a large share of the work. The backbones are frozen,
// so their weights can be packed once into the layout the kernel reads (panels of 16 output
// columns, K x 16 each); the activations are read in place, row-major. docs/performance.md
// has the measurements.
//
// The memory bank's Sinkhorn K-means uses it too (its products have K = 30 columns: thin for
// OpenBLAS). Plain pointers, no torch: the callers (backbones/split_linear.cpp,
// infer/sinkhorn_kmeans.cpp) own the memory and the threads.

#include <cstdint>

namespace nexvitad::gemm {

// True where the kernel can run: an x86-64 CPU with AVX2 and FMA. Elsewhere callers keep
// using the BLAS.
bool available();

// Columns per packed panel.
constexpr int64_t kPanel = 16;

// Panels holding n output columns (the last one zero-padded).
constexpr int64_t panelCount(int64_t n)
{
    return (n + kPanel - 1) / kPanel;
}

// Floats needed to pack an [n x k] weight (n rounded up to whole panels, zero-padded).
int64_t packedFloats(int64_t n, int64_t k);

// Packs W [n x k] (row-major, a torch Linear's weight: outputs x inputs) into `packed`.
void packWeights(const float *w, int64_t n, int64_t k, float *packed);

// The same packing from W's transpose: `wT` is [k x n] row-major (row kk holds input kk's
// weight for every output), e.g. an n-column matrix used as the right-hand factor.
void packWeightsTransposed(const float *wT, int64_t n, int64_t k, float *packed);

// The two packings from strided sources: W's rows (outputs) `ldw` floats apart, wT's rows
// (inputs) `ldwT` apart; e.g. one attention head's keys or values inside a fused qkv
// tensor (backbones/block_attention.cpp).
void packWeightsStrided(const float *w, int64_t ldw, int64_t n, int64_t k, float *packed);
void packWeightsTransposedStrided(const float *wT, int64_t ldwT, int64_t n, int64_t k,
                                  float *packed);

// What multiply does with y[i][j] = bias[j] + sum_k a[i][k] * W[j][k] on its way into c.
// Done on the kernel's registers, these save the backbones a pass over each MLP's hidden
// activations and each residual branch (docs/performance.md).
enum class Epilogue
{
    Bias,      // c = y
    BiasGelu,  // c = GELU(y), with erf as torch's default GELU (an MLP's fc1)
    AddScaled, // c += scale[j] * y: a residual branch (times LayerScale's gain, if any)
               // added into the residual stream; scale null: c += y
};

// y as above for rows i < m and the output columns of panels [firstPanel, firstPanel +
// panels) (column j = firstPanel * 16 + ...), written into c as `epilogue` says: only
// those columns of c (row stride ldc) are touched, bias and scale are read at the same
// columns. `a` has row stride lda >= k. Single-threaded: split rows or panels between
// threads outside.
void multiply(const float *a, int64_t lda, int64_t m, int64_t k, const float *packed, int64_t n,
              int64_t firstPanel, int64_t panels, const float *bias, float *c, int64_t ldc,
              Epilogue epilogue = Epilogue::Bias, const float *scale = nullptr);

} // namespace nexvitad::gemm

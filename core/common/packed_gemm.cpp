// The packed-weight GEMM of packed_gemm.h: a 6 x 16 AVX2/FMA micro-kernel (12 accumulator
// registers, two weight loads and six broadcasts of activations per step of k), blocked
// so that a weight panel slice (kKc x 16 floats, 24 KiB) stays in L1 while the activation
// rows of a block (up to kMcMax x kKc floats, 360 KiB) stay in L2.
//
// At batch 1 most weights are used by only 49-257 rows and come from memory: the backbones'
// 200 MB of packed weights do not fit any cache. So each call of the micro-kernel also
// prefetches its share of the next panel slice, spread over the calls on the current one,
// and the row blocks are balanced (196 rows are one block, not 192 + 4: a tail block of a
// few rows would stream every weight again for almost no work).
#include "common/packed_gemm.h"

#include <algorithm>

#if defined(__x86_64__)
#include <immintrin.h>
#define NEXVITAD_PACKED_GEMM 1
#endif

namespace nexvitad::gemm {

namespace {

constexpr int64_t kKc = 384; // depth of a block: inputs beyond it accumulate into c
constexpr int64_t kMcMax = 240; // most rows of a block
constexpr int kMr = 6;       // rows of the micro-kernel
// Up to this many bytes of panel slices per depth block, rows are the outer loop.
constexpr int64_t kFewPanelsBytes = 48 * 1024;

} // namespace

int64_t packedFloats(int64_t n, int64_t k)
{
    return panelCount(n) * kPanel * k;
}

namespace {

// Element (output j, input kk) of the weight is at w[j * outStride + kk * inStride].
void packStrided(const float *w, int64_t n, int64_t k, int64_t outStride, int64_t inStride,
                 float *packed)
{
    const int64_t panels = panelCount(n);
    for (int64_t p = 0; p < panels; ++p) {
        float *dst = packed + p * k * kPanel;
        const float *src = w + p * kPanel * outStride;
        const int64_t cols = std::min(kPanel, n - p * kPanel);
        for (int64_t kk = 0; kk < k; ++kk) {
            for (int64_t j = 0; j < cols; ++j)
                dst[kk * kPanel + j] = src[j * outStride + kk * inStride];
            std::fill(dst + kk * kPanel + cols, dst + (kk + 1) * kPanel, 0.0f);
        }
    }
}

} // namespace

void packWeights(const float *w, int64_t n, int64_t k, float *packed)
{
    packStrided(w, n, k, k, 1, packed);
}

void packWeightsTransposed(const float *wT, int64_t n, int64_t k, float *packed)
{
    packStrided(wT, n, k, 1, n, packed);
}

#if NEXVITAD_PACKED_GEMM

bool available()
{
    // Asked on every linear layer's product: look the CPU up once.
    static const bool supported = [] {
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    }();
    return supported;
}

namespace {

// `rows` x 16 block of c: accumulates a[rows x kc] * panel[kc x 16], then either writes
// bias + sum (first depth block) or adds the sum to c. `cols` < 16 only in the last panel.
// Prefetches `prefetchLines` cache lines (one step of k of a panel each) from `prefetch`.
template <int Rows>
[[gnu::target("avx2,fma")]] void microKernel(const float *a, int64_t lda, const float *panel,
                                             int64_t kc, const float *bias, bool first,
                                             float *c, int64_t ldc, int64_t cols,
                                             const float *prefetch, int64_t prefetchLines)
{
    for (int64_t line = 0; line < prefetchLines; ++line)
        _mm_prefetch(reinterpret_cast<const char *>(prefetch + line * kPanel), _MM_HINT_T0);
    // The tile of c is written (or read and written) after the loop over k: fetching its
    // lines now hides their misses behind the loop (a fresh output tensor is not in any
    // cache). Same-process A/B on both backbones: 4-10 % less time (docs/performance.md).
#pragma GCC unroll 8
    for (int r = 0; r < Rows; ++r) {
        _mm_prefetch(reinterpret_cast<const char *>(c + r * ldc), _MM_HINT_T0);
        _mm_prefetch(reinterpret_cast<const char *>(c + r * ldc + cols - 1), _MM_HINT_T0);
    }
    __m256 lo[Rows], hi[Rows];
#pragma GCC unroll 8
    for (int r = 0; r < Rows; ++r) {
        lo[r] = _mm256_setzero_ps();
        hi[r] = _mm256_setzero_ps();
    }
    for (int64_t kk = 0; kk < kc; ++kk) {
        const __m256 w0 = _mm256_loadu_ps(panel + kk * kPanel);
        const __m256 w1 = _mm256_loadu_ps(panel + kk * kPanel + 8);
#pragma GCC unroll 8
        for (int r = 0; r < Rows; ++r) {
            const __m256 x = _mm256_broadcast_ss(a + r * lda + kk);
            lo[r] = _mm256_fmadd_ps(x, w0, lo[r]);
            hi[r] = _mm256_fmadd_ps(x, w1, hi[r]);
        }
    }
    if (cols == kPanel) {
#pragma GCC unroll 8
        for (int r = 0; r < Rows; ++r) {
            float *row = c + r * ldc;
            const float *base0 = first ? bias : row;
            _mm256_storeu_ps(row, _mm256_add_ps(lo[r], _mm256_loadu_ps(base0)));
            _mm256_storeu_ps(row + 8, _mm256_add_ps(hi[r], _mm256_loadu_ps(base0 + 8)));
        }
        return;
    }
    // The last panel: only its first `cols` columns exist in c and bias.
    const __m256i lane = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
    const __m256i maskLo = _mm256_cmpgt_epi32(_mm256_set1_epi32(int(cols)), lane);
    const __m256i maskHi = _mm256_cmpgt_epi32(_mm256_set1_epi32(int(cols) - 8), lane);
#pragma GCC unroll 8
    for (int r = 0; r < Rows; ++r) {
        float *row = c + r * ldc;
        const float *base0 = first ? bias : row;
        _mm256_maskstore_ps(row, maskLo,
                            _mm256_add_ps(lo[r], _mm256_maskload_ps(base0, maskLo)));
        _mm256_maskstore_ps(row + 8, maskHi,
                            _mm256_add_ps(hi[r], _mm256_maskload_ps(base0 + 8, maskHi)));
    }
}

using Kernel = void (*)(const float *, int64_t, const float *, int64_t, const float *, bool,
                        float *, int64_t, int64_t, const float *, int64_t);
constexpr Kernel kKernels[kMr + 1] = {nullptr,         &microKernel<1>, &microKernel<2>,
                                      &microKernel<3>, &microKernel<4>, &microKernel<5>,
                                      &microKernel<6>};

// A row block against few panels (the clustering's 30 outputs): all their slices stay in
// L1, so the rows are the outer loop and each group of rows is read once, for every panel
// in turn. The rows come from memory (a bank layer's points are 24 MB) and the hardware
// prefetcher does not keep up with six interleaved rows: the group two ahead is prefetched.
// `packedBlock` points at the depth block's slice of panel 0 (panel p at p * k * 16).
void fewPanelsBlock(const float *a, int64_t lda, int64_t mc, int64_t kc,
                    const float *packedBlock, int64_t k, int64_t n, int64_t firstPanel,
                    int64_t panels, const float *bias, bool first, float *c, int64_t ldc)
{
    constexpr int64_t kAhead = 2 * kMr;
    for (int64_t r = 0; r < mc; r += kMr) {
        for (int64_t row = r + kAhead; row < std::min(mc, r + kAhead + kMr); ++row)
            for (int64_t line = 0; line < kc; line += kPanel)
                _mm_prefetch(reinterpret_cast<const char *>(a + row * lda + line), _MM_HINT_T0);
        const int rows = int(std::min<int64_t>(kMr, mc - r));
        for (int64_t p = firstPanel; p < firstPanel + panels; ++p) {
            const int64_t col = p * kPanel;
            kKernels[rows](a + r * lda, lda, packedBlock + p * k * kPanel, kc, bias + col, first,
                           c + r * ldc + col, ldc, std::min(kPanel, n - col), nullptr, 0);
        }
    }
}

// A row block against many panels (a linear layer's outputs): panels are the outer loop,
// so each panel slice stays in L1 while the block's rows (in L2) run past it, and each call
// prefetches its share of `next` (`nextLines` steps of k), the slice the loop reads after
// this block's last panel. `packedBlock` as in fewPanelsBlock.
void panelsBlock(const float *a, int64_t lda, int64_t mc, int64_t kc,
                 const float *packedBlock, int64_t k, int64_t n, int64_t firstPanel,
                 int64_t panels, const float *bias, bool first, float *c, int64_t ldc,
                 const float *next, int64_t nextLines)
{
    const int64_t calls = (mc + kMr - 1) / kMr;
    const int64_t linesPerCall = (kc + calls - 1) / calls;
    for (int64_t p = firstPanel; p < firstPanel + panels; ++p) {
        const float *panel = packedBlock + p * k * kPanel;
        // Within the block the next slice is the next panel's.
        const bool last = p + 1 == firstPanel + panels;
        const float *ahead = last ? next : panel + k * kPanel;
        const int64_t aheadLines = last ? nextLines : kc;
        const int64_t col = p * kPanel;
        const int64_t cols = std::min(kPanel, n - col);
        for (int64_t r = 0, line = 0; r < mc; r += kMr, line += linesPerCall) {
            const int rows = int(std::min<int64_t>(kMr, mc - r));
            const int64_t lines = std::clamp<int64_t>(aheadLines - line, 0, linesPerCall);
            kKernels[rows](a + r * lda, lda, panel, kc, bias + col, first, c + r * ldc + col,
                           ldc, cols, ahead ? ahead + line * kPanel : nullptr, lines);
        }
    }
}

// Rows per block: as even as possible, whole micro-kernel rows, at most kMcMax.
int64_t rowBlock(int64_t m)
{
    const int64_t blocks = std::max<int64_t>(1, (m + kMcMax - 1) / kMcMax);
    return std::min(kMcMax, ((m + blocks - 1) / blocks + kMr - 1) / kMr * kMr);
}

} // namespace

void multiply(const float *a, int64_t lda, int64_t m, int64_t k, const float *packed,
              int64_t n, int64_t firstPanel, int64_t panels, const float *bias, float *c,
              int64_t ldc)
{
    const int64_t mcBlock = rowBlock(m);
    const float *firstSlice = packed + firstPanel * k * kPanel; // depth 0 of the first panel
    for (int64_t k0 = 0; k0 < k; k0 += kKc) {
        const int64_t kc = std::min(kKc, k - k0);
        const bool first = k0 == 0;
        const bool few = panels * kc * kPanel * int64_t(sizeof(float)) <= kFewPanelsBytes;
        for (int64_t m0 = 0; m0 < m; m0 += mcBlock) {
            const int64_t mc = std::min(mcBlock, m - m0);
            const float *rows = a + m0 * lda + k0;
            float *out = c + m0 * ldc;
            if (few) {
                fewPanelsBlock(rows, lda, mc, kc, packed + k0 * kPanel, k, n, firstPanel, panels,
                               bias, first, out, ldc);
                continue;
            }
            // After this block: the first panel again, for the next row block or depth block.
            const float *next = nullptr;
            int64_t nextLines = 0;
            if (m0 + mc < m) {
                next = firstSlice + k0 * kPanel;
                nextLines = kc;
            } else if (k0 + kKc < k) {
                next = firstSlice + (k0 + kKc) * kPanel;
                nextLines = std::min(kKc, k - k0 - kKc);
            }
            panelsBlock(rows, lda, mc, kc, packed + k0 * kPanel, k, n, firstPanel, panels, bias,
                        first, out, ldc, next, nextLines);
        }
    }
}

#else

bool available()
{
    return false;
}

void multiply(const float *, int64_t, int64_t, int64_t, const float *, int64_t, int64_t,
              int64_t, const float *, float *, int64_t)
{
}

#endif

} // namespace nexvitad::gemm

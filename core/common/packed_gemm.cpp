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
#include <array>
#include <stdexcept>

// NEXVITAD_PORTABLE_GEMM builds the branch other CPUs get, so that it is tested here
// (tests/core/test_packed_gemm_portable.cpp).
#if defined(__x86_64__) && !defined(NEXVITAD_PORTABLE_GEMM)
#include "common/avx2_math.h"

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

// Where a tile's results go and what happens to them on the way (see Epilogue). Depth
// blocks after the first add to what the earlier ones wrote; GELU is applied by the last.
struct TileOutput
{
    float *c;
    int64_t ldc;
    const float *bias;  // at the tile's first column
    const float *scale; // AddScaled only; null: 1
    bool first, last;   // first / last depth block
    int64_t cols;       // < 16 only in the last panel
};

// Loads and stores of eight columns: all of them, or (last panel) those a mask keeps.
struct AllLanes
{
    [[gnu::target("avx2,fma")]] __m256 load(const float *p) const { return _mm256_loadu_ps(p); }
    [[gnu::target("avx2,fma")]] void store(float *p, __m256 v) const { _mm256_storeu_ps(p, v); }
};
struct MaskedLanes
{
    __m256i mask;
    [[gnu::target("avx2,fma")]] __m256 load(const float *p) const
    {
        return _mm256_maskload_ps(p, mask);
    }
    [[gnu::target("avx2,fma")]] void store(float *p, __m256 v) const
    {
        _mm256_maskstore_ps(p, mask, v);
    }
};

// Eight columns of one row of the tile: the accumulated sum `acc` finished as `E` says
// and stored at `c` (`bias`, `scale` at the same columns).
template <Epilogue E, typename Lanes>
[[gnu::target("avx2,fma")]] inline void finish(__m256 acc, float *c, const float *bias,
                                               const float *scale, const TileOutput &out,
                                               const Lanes &lanes)
{
    if constexpr (E == Epilogue::AddScaled) {
        // c += scale * (acc + bias): the bias once, with the first depth block.
        const __m256 branch = out.first ? _mm256_add_ps(acc, lanes.load(bias)) : acc;
        const __m256 old = lanes.load(c);
        lanes.store(c, scale ? _mm256_fmadd_ps(lanes.load(scale), branch, old)
                             : _mm256_add_ps(branch, old));
    } else {
        __m256 v = _mm256_add_ps(acc, lanes.load(out.first ? bias : c));
        if constexpr (E == Epilogue::BiasGelu)
            if (out.last)
                v = geluAvx2(v);
        lanes.store(c, v);
    }
}

template <int Rows, Epilogue E, typename Lanes>
[[gnu::target("avx2,fma")]] inline void writeTile(const __m256 *lo, const __m256 *hi,
                                                  const TileOutput &out, const Lanes &lanesLo,
                                                  const Lanes &lanesHi)
{
    const float *scaleHi = out.scale ? out.scale + 8 : nullptr;
#pragma GCC unroll 8
    for (int r = 0; r < Rows; ++r) {
        float *row = out.c + r * out.ldc;
        finish<E>(lo[r], row, out.bias, out.scale, out, lanesLo);
        finish<E>(hi[r], row + 8, out.bias + 8, scaleHi, out, lanesHi);
    }
}

// `Rows` x 16 tile of c: accumulates a[Rows x kc] * panel[kc x 16] and writes it as `out`
// says. Prefetches `prefetchLines` cache lines (one step of k of a panel each) from
// `prefetch`.
template <int Rows, Epilogue E>
[[gnu::target("avx2,fma")]] void microKernel(const float *a, int64_t lda, const float *panel,
                                             int64_t kc, const TileOutput &out,
                                             const float *prefetch, int64_t prefetchLines)
{
    for (int64_t line = 0; line < prefetchLines; ++line)
        _mm_prefetch(reinterpret_cast<const char *>(prefetch + line * kPanel), _MM_HINT_T0);
    // The tile of c is written (or read and written) after the loop over k: fetching its
    // lines now hides their misses behind the loop (a fresh output tensor is not in any
    // cache). Same-process A/B on both backbones: 4-10 % less time (docs/performance.md).
#pragma GCC unroll 8
    for (int r = 0; r < Rows; ++r) {
        _mm_prefetch(reinterpret_cast<const char *>(out.c + r * out.ldc), _MM_HINT_T0);
        _mm_prefetch(reinterpret_cast<const char *>(out.c + r * out.ldc + out.cols - 1),
                     _MM_HINT_T0);
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
    if (out.cols == kPanel) {
        writeTile<Rows, E>(lo, hi, out, AllLanes{}, AllLanes{});
        return;
    }
    const __m256i lane = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
    const MaskedLanes maskLo{_mm256_cmpgt_epi32(_mm256_set1_epi32(int(out.cols)), lane)};
    const MaskedLanes maskHi{_mm256_cmpgt_epi32(_mm256_set1_epi32(int(out.cols) - 8), lane)};
    writeTile<Rows, E>(lo, hi, out, maskLo, maskHi);
}

using Kernel = void (*)(const float *, int64_t, const float *, int64_t, const TileOutput &,
                        const float *, int64_t);

template <Epilogue E>
constexpr std::array<Kernel, kMr + 1> kernelsFor()
{
    return {nullptr,           &microKernel<1, E>, &microKernel<2, E>, &microKernel<3, E>,
            &microKernel<4, E>, &microKernel<5, E>, &microKernel<6, E>};
}
// By epilogue (in the enum's order) and rows.
constexpr std::array<std::array<Kernel, kMr + 1>, 3> kKernels = {
    kernelsFor<Epilogue::Bias>(), kernelsFor<Epilogue::BiasGelu>(),
    kernelsFor<Epilogue::AddScaled>()};

// What a row block writes: c and bias at column 0, the epilogue, the depth block's place.
struct BlockOutput
{
    float *c;
    int64_t ldc;
    const float *bias;
    const float *scale;
    Epilogue epilogue;
    bool first, last;

    TileOutput tile(int64_t row, int64_t col, int64_t cols) const
    {
        return {c + row * ldc + col, ldc, bias + col, scale ? scale + col : nullptr,
                first, last, cols};
    }
    Kernel kernel(int rows) const { return kKernels[size_t(epilogue)][size_t(rows)]; }
};

// A row block against few panels (the clustering's 30 outputs): all their slices stay in
// L1, so the rows are the outer loop and each group of rows is read once, for every panel
// in turn. The rows come from memory (a bank layer's points are 24 MB) and the hardware
// prefetcher does not keep up with six interleaved rows: the group two ahead is prefetched.
// `packedBlock` points at the depth block's slice of panel 0 (panel p at p * k * 16).
void fewPanelsBlock(const float *a, int64_t lda, int64_t mc, int64_t kc,
                    const float *packedBlock, int64_t k, int64_t n, int64_t firstPanel,
                    int64_t panels, const BlockOutput &out)
{
    constexpr int64_t kAhead = 2 * kMr;
    for (int64_t r = 0; r < mc; r += kMr) {
        for (int64_t row = r + kAhead; row < std::min(mc, r + kAhead + kMr); ++row)
            for (int64_t line = 0; line < kc; line += kPanel)
                _mm_prefetch(reinterpret_cast<const char *>(a + row * lda + line), _MM_HINT_T0);
        const int rows = int(std::min<int64_t>(kMr, mc - r));
        for (int64_t p = firstPanel; p < firstPanel + panels; ++p) {
            const int64_t col = p * kPanel;
            out.kernel(rows)(a + r * lda, lda, packedBlock + p * k * kPanel, kc,
                             out.tile(r, col, std::min(kPanel, n - col)), nullptr, 0);
        }
    }
}

// A row block against many panels (a linear layer's outputs): panels are the outer loop,
// so each panel slice stays in L1 while the block's rows (in L2) run past it, and each call
// prefetches its share of `next` (`nextLines` steps of k), the slice the loop reads after
// this block's last panel. `packedBlock` as in fewPanelsBlock.
void panelsBlock(const float *a, int64_t lda, int64_t mc, int64_t kc,
                 const float *packedBlock, int64_t k, int64_t n, int64_t firstPanel,
                 int64_t panels, const BlockOutput &out, const float *next, int64_t nextLines)
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
            out.kernel(rows)(a + r * lda, lda, panel, kc, out.tile(r, col, cols),
                             ahead ? ahead + line * kPanel : nullptr, lines);
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
              int64_t ldc, Epilogue epilogue, const float *scale)
{
    const int64_t mcBlock = rowBlock(m);
    const float *firstSlice = packed + firstPanel * k * kPanel; // depth 0 of the first panel
    for (int64_t k0 = 0; k0 < k; k0 += kKc) {
        const int64_t kc = std::min(kKc, k - k0);
        const bool few = panels * kc * kPanel * int64_t(sizeof(float)) <= kFewPanelsBytes;
        for (int64_t m0 = 0; m0 < m; m0 += mcBlock) {
            const int64_t mc = std::min(mcBlock, m - m0);
            const float *rows = a + m0 * lda + k0;
            const BlockOutput out{c + m0 * ldc, ldc,   bias,         scale,
                                  epilogue,     k0 == 0, k0 + kc == k};
            if (few) {
                fewPanelsBlock(rows, lda, mc, kc, packed + k0 * kPanel, k, n, firstPanel, panels,
                               out);
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
            panelsBlock(rows, lda, mc, kc, packed + k0 * kPanel, k, n, firstPanel, panels, out,
                        next, nextLines);
        }
    }
}

#else

bool available()
{
    return false;
}

// Callers ask available() first; reaching this is a caller's bug. Doing nothing would
// leave `c` unwritten (uninitialised memory read as features), so it fails loudly.
void multiply(const float *, int64_t, int64_t, int64_t, const float *, int64_t, int64_t,
              int64_t, const float *, float *, int64_t, Epilogue, const float *)
{
    throw std::logic_error("gemm::multiply called on a CPU without the packed GEMM kernel "
                           "(gemm::available() is false): use the BLAS path");
}

#endif

} // namespace nexvitad::gemm

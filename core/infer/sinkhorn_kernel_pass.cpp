// The Sinkhorn kernel pass of sinkhorn_kernel_pass.h, in two versions.
//
// Generic: float arithmetic like the kernel itself, eight partial sums per row (one running
// sum would be a chain of dependent additions), column sums kept in `block` and added in
// double every kRowBlock rows, so that long columns keep double accuracy. Compiled for AVX2 +
// FMA as well as for the baseline; the loader picks the one the CPU can run.
//
// Narrow (k <= 32, the default K = 30, on AVX2 + FMA): the row, b and the row block's column
// sums sit in four registers each. In the generic loop the column sums live in memory and
// every row's update waits for the previous row's stores, and the last k mod 8 columns run
// one at a time: a pass over layer 1 of a bank (31,360 x 30) took about 1.3 ms, about 120
// cycles per row (docs/performance.md, session 6).
#include "infer/sinkhorn_kernel_pass.h"

#include "common/avx2_math.h"
#include "common/packed_gemm.h"

#include <algorithm>
#include <cmath>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace nexvitad::infer {

namespace {

constexpr int64_t kRowBlock = 64;

[[gnu::target_clones("arch=haswell", "default")]] double
genericPass(const float *kernel, int64_t n, int64_t k, const float *b, const double *a,
            double rowMass, double *nextA, double *columns, float *block)
{
    double error = 0.0;
    std::fill(columns, columns + k, 0.0);
    for (int64_t first = 0; first < n; first += kRowBlock) {
        const int64_t last = std::min(n, first + kRowBlock);
        std::fill(block, block + k, 0.0f);
        for (int64_t i = first; i < last; ++i) {
            const float *row = kernel + i * k;
            float part[8] = {};
            int64_t j = 0;
            for (; j + 8 <= k; j += 8)
                for (int l = 0; l < 8; ++l)
                    part[l] += row[j + l] * b[j + l];
            float kb = 0.0f;
            for (; j < k; ++j)
                kb += row[j] * b[j];
            for (const float p : part)
                kb += p;
            error += std::abs(a[i] * double(kb) - rowMass);
            const double next = rowMass / double(kb);
            nextA[i] = next;
            const float nextF = float(next);
            for (int64_t c = 0; c < k; ++c)
                block[c] += row[c] * nextF;
        }
        for (int64_t c = 0; c < k; ++c)
            columns[c] += double(block[c]);
    }
    return error;
}

#if defined(__x86_64__)

constexpr int64_t kNarrow = 32; // four registers of eight floats

[[gnu::target("avx2,fma")]] double narrowPass(const float *kernel, int64_t n, int64_t k,
                                              const float *b, const double *a, double rowMass,
                                              double *nextA, double *columns)
{
    // Lane masks for the four registers' columns < k: columns beyond k read as zero (and
    // masked loads do not touch the memory past the row, nor past the last row).
    __m256i mask[4];
    __m256 bv[4];
    for (int r = 0; r < 4; ++r) {
        const __m256i lane = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
        mask[r] = _mm256_cmpgt_epi32(_mm256_set1_epi32(int(k - 8 * r)), lane);
        bv[r] = _mm256_maskload_ps(b + 8 * r, mask[r]);
    }
    double error = 0.0;
    std::fill(columns, columns + k, 0.0);
    alignas(32) float sums[kNarrow];
    for (int64_t first = 0; first < n; first += kRowBlock) {
        const int64_t last = std::min(n, first + kRowBlock);
        __m256 col[4] = {_mm256_setzero_ps(), _mm256_setzero_ps(), _mm256_setzero_ps(),
                         _mm256_setzero_ps()};
        for (int64_t i = first; i < last; ++i) {
            const float *row = kernel + i * k;
            __m256 x[4];
            for (int r = 0; r < 4; ++r)
                x[r] = _mm256_maskload_ps(row + 8 * r, mask[r]);
            __m256 dot = _mm256_mul_ps(x[0], bv[0]);
            for (int r = 1; r < 4; ++r)
                dot = _mm256_fmadd_ps(x[r], bv[r], dot);
            const float kb = gemm::horizontalSum(dot);
            error += std::abs(a[i] * double(kb) - rowMass);
            const double next = rowMass / double(kb);
            nextA[i] = next;
            const __m256 scale = _mm256_set1_ps(float(next));
            for (int r = 0; r < 4; ++r)
                col[r] = _mm256_fmadd_ps(x[r], scale, col[r]);
        }
        for (int r = 0; r < 4; ++r)
            _mm256_store_ps(sums + 8 * r, col[r]);
        for (int64_t c = 0; c < k; ++c)
            columns[c] += double(sums[c]);
    }
    return error;
}

#endif

} // namespace

double kernelPass(const float *kernel, int64_t n, int64_t k, const float *b, const double *a,
                  double rowMass, double *nextA, double *columns, float *block)
{
#if defined(__x86_64__)
    if (k <= kNarrow && gemm::available())
        return narrowPass(kernel, n, k, b, a, rowMass, nextA, columns);
#endif
    return genericPass(kernel, n, k, b, a, rowMass, nextA, columns, block);
}

} // namespace nexvitad::infer

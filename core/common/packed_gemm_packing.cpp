// Packing of packed_gemm.h: a weight (or any right-hand factor) rearranged into panels of
// 16 output columns, K x 16 each, zero-padded past the last column.
//
// Two source layouts: rows are outputs (a Linear's weight; an attention head's keys, the
// weights of Q K^T) or rows are inputs (a transposed weight; a head's values, the weights
// of P V). The attention packs a block's keys and values on every call, so both run at
// memory speed: the first through 8 x 8 register transposes, the second as row copies.
#include "common/packed_gemm.h"

#include <algorithm>
#include <cstring>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace nexvitad::gemm {

int64_t packedFloats(int64_t n, int64_t k)
{
    return panelCount(n) * kPanel * k;
}

namespace {

// Outputs [j0, j0 + cols) x inputs [k0, k1) of W (rows are outputs, `ldw` apart) into
// panel `dst` at column offset `col`, one element at a time: the edges the transposes
// leave.
void packRowsScalar(const float *w, int64_t ldw, int64_t j0, int64_t cols, int64_t k0, int64_t k1,
                    float *dst, int64_t col)
{
    for (int64_t kk = k0; kk < k1; ++kk)
        for (int64_t j = 0; j < cols; ++j)
            dst[kk * kPanel + col + j] = w[(j0 + j) * ldw + kk];
}

#if defined(__x86_64__)

// dst row i (ldd apart) <- column i of the 8 x 8 block at src (rows lds apart).
[[gnu::target("avx2")]] void transpose8x8(const float *src, int64_t lds, float *dst, int64_t ldd)
{
    __m256 r[8];
    for (int i = 0; i < 8; ++i)
        r[i] = _mm256_loadu_ps(src + i * lds);
    // Pairs of rows interleaved, then quads, then the 128-bit halves exchanged.
    __m256 t[8], s[8];
    for (int i = 0; i < 4; ++i) {
        t[2 * i] = _mm256_unpacklo_ps(r[2 * i], r[2 * i + 1]);
        t[2 * i + 1] = _mm256_unpackhi_ps(r[2 * i], r[2 * i + 1]);
    }
    for (int h = 0; h < 2; ++h) {
        const __m256 *u = t + 4 * h;
        s[4 * h + 0] = _mm256_shuffle_ps(u[0], u[2], 0x44);
        s[4 * h + 1] = _mm256_shuffle_ps(u[0], u[2], 0xEE);
        s[4 * h + 2] = _mm256_shuffle_ps(u[1], u[3], 0x44);
        s[4 * h + 3] = _mm256_shuffle_ps(u[1], u[3], 0xEE);
    }
    for (int i = 0; i < 4; ++i) {
        _mm256_storeu_ps(dst + i * ldd, _mm256_permute2f128_ps(s[i], s[i + 4], 0x20));
        _mm256_storeu_ps(dst + (i + 4) * ldd, _mm256_permute2f128_ps(s[i], s[i + 4], 0x31));
    }
}

#endif

// One panel's `cols` outputs starting at j0: whole 8 x 8 blocks transposed, the rest
// element by element.
void packRowsPanel(const float *w, int64_t ldw, int64_t j0, int64_t cols, int64_t k, float *dst)
{
    int64_t done = 0; // columns of the panel filled for every input
#if defined(__x86_64__)
    if (available()) { // the packed GEMM's own CPU check (AVX2 and FMA)
        const int64_t wholeK = k / 8 * 8;
        for (; done + 8 <= cols; done += 8) {
            for (int64_t kk = 0; kk < wholeK; kk += 8)
                transpose8x8(w + (j0 + done) * ldw + kk, ldw, dst + kk * kPanel + done, kPanel);
            packRowsScalar(w, ldw, j0 + done, 8, wholeK, k, dst, done);
        }
    }
#endif
    packRowsScalar(w, ldw, j0 + done, cols - done, 0, k, dst, done);
}

} // namespace

void packWeightsStrided(const float *w, int64_t ldw, int64_t n, int64_t k, float *packed)
{
    for (int64_t p = 0; p < panelCount(n); ++p) {
        float *dst = packed + p * k * kPanel;
        const int64_t cols = std::min(kPanel, n - p * kPanel);
        packRowsPanel(w, ldw, p * kPanel, cols, k, dst);
        if (cols < kPanel)
            for (int64_t kk = 0; kk < k; ++kk)
                std::fill(dst + kk * kPanel + cols, dst + (kk + 1) * kPanel, 0.0f);
    }
}

void packWeightsTransposedStrided(const float *wT, int64_t ldwT, int64_t n, int64_t k,
                                  float *packed)
{
    for (int64_t p = 0; p < panelCount(n); ++p) {
        float *dst = packed + p * k * kPanel;
        const int64_t cols = std::min(kPanel, n - p * kPanel);
        for (int64_t kk = 0; kk < k; ++kk) {
            std::memcpy(dst + kk * kPanel, wT + kk * ldwT + p * kPanel,
                        size_t(cols) * sizeof(float));
            std::fill(dst + kk * kPanel + cols, dst + (kk + 1) * kPanel, 0.0f);
        }
    }
}

void packWeights(const float *w, int64_t n, int64_t k, float *packed)
{
    packWeightsStrided(w, k, n, k, packed);
}

void packWeightsTransposed(const float *wT, int64_t n, int64_t k, float *packed)
{
    packWeightsTransposedStrided(wT, n, n, k, packed);
}

} // namespace nexvitad::gemm

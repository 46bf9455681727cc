#include "backbones/row_softmax.h"

#include "common/avx2_math.h"
#include "common/packed_gemm.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace nexvitad::backbones {

namespace {

void softmaxRowScalar(float *row, int64_t cols, float scale)
{
    const float max = *std::max_element(row, row + cols);
    float sum = 0.0f;
    for (int64_t c = 0; c < cols; ++c) {
        row[c] = std::exp(scale * (row[c] - max));
        sum += row[c];
    }
    const float inverse = 1.0f / sum;
    for (int64_t c = 0; c < cols; ++c)
        row[c] *= inverse;
}

#if defined(__x86_64__)

// The last cols % 8 columns go through a mask: loads give 0 there and stores skip them.
[[gnu::target("avx2,fma")]] void softmaxRowAvx2(float *row, int64_t cols, __m256i tailMask,
                                                __m256 scale)
{
    const int64_t whole = cols / 8 * 8;
    const bool tail = whole < cols;
    const __m256 lowest = _mm256_set1_ps(-std::numeric_limits<float>::infinity());
    __m256 maxv = lowest;
    for (int64_t c = 0; c < whole; c += 8)
        maxv = _mm256_max_ps(maxv, _mm256_loadu_ps(row + c));
    if (tail)
        maxv =
            _mm256_max_ps(maxv, _mm256_blendv_ps(lowest, _mm256_maskload_ps(row + whole, tailMask),
                                                 _mm256_castsi256_ps(tailMask)));
    const __m256 max = _mm256_set1_ps(gemm::horizontalMax(maxv));
    __m256 sumv = _mm256_setzero_ps();
    for (int64_t c = 0; c < whole; c += 8) {
        const __m256 e =
            gemm::expAvx2(_mm256_mul_ps(scale, _mm256_sub_ps(_mm256_loadu_ps(row + c), max)));
        _mm256_storeu_ps(row + c, e);
        sumv = _mm256_add_ps(sumv, e);
    }
    if (tail) {
        const __m256 e = _mm256_and_ps(
            gemm::expAvx2(_mm256_mul_ps(
                scale, _mm256_sub_ps(_mm256_maskload_ps(row + whole, tailMask), max))),
            _mm256_castsi256_ps(tailMask));
        _mm256_maskstore_ps(row + whole, tailMask, e);
        sumv = _mm256_add_ps(sumv, e);
    }
    const __m256 inverse = _mm256_set1_ps(1.0f / gemm::horizontalSum(sumv));
    for (int64_t c = 0; c < whole; c += 8)
        _mm256_storeu_ps(row + c, _mm256_mul_ps(_mm256_loadu_ps(row + c), inverse));
    if (tail)
        _mm256_maskstore_ps(row + whole, tailMask,
                            _mm256_mul_ps(_mm256_maskload_ps(row + whole, tailMask), inverse));
}

[[gnu::target("avx2,fma")]] void softmaxRowsAvx2(float *s, int64_t rows, int64_t cols, int64_t ld,
                                                 float scale)
{
    const __m256i lane = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
    const __m256i tailMask = _mm256_cmpgt_epi32(_mm256_set1_epi32(int(cols % 8)), lane);
    for (int64_t r = 0; r < rows; ++r)
        softmaxRowAvx2(s + r * ld, cols, tailMask, _mm256_set1_ps(scale));
}

#endif

} // namespace

void softmaxRows(float *s, int64_t rows, int64_t cols, int64_t ld, float scale)
{
    if (cols <= 0)
        return;
#if defined(__x86_64__)
    if (gemm::available()) {
        softmaxRowsAvx2(s, rows, cols, ld, scale);
        return;
    }
#endif
    for (int64_t r = 0; r < rows; ++r)
        softmaxRowScalar(s + r * ld, cols, scale);
}

} // namespace nexvitad::backbones

#pragma once
// Elementary functions on eight floats at once (AVX2 + FMA), for work done where the data
// already sits in registers or L1: GELU in the GEMM epilogue of packed_gemm.cpp (saves a
// pass over each MLP's hidden activations) and the attention's softmax
// (backbones/row_softmax.cpp), the row sums of LayerNorm (backbones/row_layer_norm.cpp) and
// of the Sinkhorn kernel pass (infer/sinkhorn_kernel_pass.cpp). Callers check
// gemm::available() first.
//
// Accuracy against double precision, checked by test_avx2_math: erf 3.7e-7 absolute (a few
// ulp, near |x| = 4), exp 2 ulp.

#if defined(__x86_64__)
#include <immintrin.h>

namespace nexvitad::gemm {

// erf(x) for |x| <= 4 as x * P(x^2) / Q(x^2) (degrees 6 and 4: the rational fit Eigen uses
// for float), clamped beyond, where erf is 1 in float.
[[gnu::target("avx2,fma")]] inline __m256 erfAvx2(__m256 x)
{
    const __m256 limit = _mm256_set1_ps(4.0f);
    x = _mm256_min_ps(_mm256_max_ps(x, _mm256_sub_ps(_mm256_setzero_ps(), limit)), limit);
    const __m256 x2 = _mm256_mul_ps(x, x);
    __m256 p = _mm256_set1_ps(-2.72614225801306e-10f);
    p = _mm256_fmadd_ps(p, x2, _mm256_set1_ps(2.77068142495902e-08f));
    p = _mm256_fmadd_ps(p, x2, _mm256_set1_ps(-2.10102402082508e-06f));
    p = _mm256_fmadd_ps(p, x2, _mm256_set1_ps(-5.69250639462346e-05f));
    p = _mm256_fmadd_ps(p, x2, _mm256_set1_ps(-7.34990630326855e-04f));
    p = _mm256_fmadd_ps(p, x2, _mm256_set1_ps(-2.95459980854025e-03f));
    p = _mm256_fmadd_ps(p, x2, _mm256_set1_ps(-1.60960333262415e-02f));
    __m256 q = _mm256_set1_ps(-1.45660718464996e-05f);
    q = _mm256_fmadd_ps(q, x2, _mm256_set1_ps(-2.13374055278905e-04f));
    q = _mm256_fmadd_ps(q, x2, _mm256_set1_ps(-1.68282697438203e-03f));
    q = _mm256_fmadd_ps(q, x2, _mm256_set1_ps(-7.37332916720468e-03f));
    q = _mm256_fmadd_ps(q, x2, _mm256_set1_ps(-1.42647390514189e-02f));
    return _mm256_div_ps(_mm256_mul_ps(p, x), q);
}

// GELU with erf (torch's default, not the tanh approximation): x * (1 + erf(x/sqrt 2)) / 2.
[[gnu::target("avx2,fma")]] inline __m256 geluAvx2(__m256 x)
{
    const __m256 half = _mm256_set1_ps(0.5f);
    const __m256 e = erfAvx2(_mm256_mul_ps(x, _mm256_set1_ps(0.70710678118654752f)));
    return _mm256_mul_ps(x, _mm256_fmadd_ps(half, e, half));
}

// exp(x): x = n ln2 + r with |r| <= ln2 / 2 (ln2 in two parts, so r is exact), e^r by its
// degree-6 Taylor-like polynomial (Cephes' expf coefficients), times 2^n built in the
// exponent bits. Inputs are clamped to [-87.3, 88.7]: the result stays a normal float
// (softmax only feeds x <= 0, where exp(-87.3) ~ 1e-38 is as good as 0).
[[gnu::target("avx2,fma")]] inline __m256 expAvx2(__m256 x)
{
    x = _mm256_min_ps(_mm256_max_ps(x, _mm256_set1_ps(-87.3f)), _mm256_set1_ps(88.7f));
    const __m256 n = _mm256_round_ps(_mm256_mul_ps(x, _mm256_set1_ps(1.44269504088896341f)),
                                     _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
    __m256 r = _mm256_fnmadd_ps(n, _mm256_set1_ps(0.693359375f), x);
    r = _mm256_fnmadd_ps(n, _mm256_set1_ps(-2.12194440e-4f), r);
    __m256 p = _mm256_set1_ps(1.9875691500e-4f);
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(1.3981999507e-3f));
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(8.3334519073e-3f));
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(4.1665795894e-2f));
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(1.6666665459e-1f));
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(5.0000001201e-1f));
    p = _mm256_fmadd_ps(p, _mm256_mul_ps(r, r), _mm256_add_ps(r, _mm256_set1_ps(1.0f)));
    const __m256i bits = _mm256_slli_epi32(
        _mm256_add_epi32(_mm256_cvtps_epi32(n), _mm256_set1_epi32(127)), 23);
    return _mm256_mul_ps(p, _mm256_castsi256_ps(bits));
}

// The sum and the maximum of a vector's eight lanes.
[[gnu::target("avx2,fma")]] inline float horizontalSum(__m256 v)
{
    __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    s = _mm_add_ps(s, _mm_movehl_ps(s, s));
    s = _mm_add_ss(s, _mm_shuffle_ps(s, s, 1));
    return _mm_cvtss_f32(s);
}

[[gnu::target("avx2,fma")]] inline float horizontalMax(__m256 v)
{
    __m128 m = _mm_max_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    m = _mm_max_ps(m, _mm_movehl_ps(m, m));
    m = _mm_max_ss(m, _mm_shuffle_ps(m, m, 1));
    return _mm_cvtss_f32(m);
}

} // namespace nexvitad::gemm
#endif

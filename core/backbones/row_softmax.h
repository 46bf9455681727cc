#pragma once
// In-place softmax of each row of a row-major float matrix: the attention's scores
// (block_attention.cpp), one block at a time while they sit in L1/L2.
//
// Why our own: ATen's softmax took 1.2-1.7 ns per score on this machine (about a quarter
// of an attention block's time, docs/performance.md) plus a dispatch per block; with the
// exp of common/avx2_math.h the row is three passes in registers and cache.

#include <cstdint>

namespace nexvitad::backbones {

// s[r][c] <- exp(scale * (s[r][c] - max_c s[r])) / sum_c exp(...) for r < rows, c < cols,
// i.e. the softmax of scale * s for scale > 0 (the attention's 1 / sqrt(head dim), applied
// here rather than in a pass of its own); rows are `ld` floats apart. AVX2 + FMA where the
// CPU has them, a scalar loop elsewhere.
void softmaxRows(float *s, int64_t rows, int64_t cols, int64_t ld, float scale = 1.0f);

} // namespace nexvitad::backbones

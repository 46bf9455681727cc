// Scaled dot-product attention computed block by block, in parallel over the blocks.
//
// Why not torch::bmm: LibTorch without MKL runs a batched GEMM as a loop of single GEMMs on
// one thread of control, and OpenBLAS then splits each small GEMM over the cores with a
// barrier per call (Hiera's stage-1 mask units: 49 windows per image of 64 x 96 x 64), or
// runs it on one core while the other waits (stage 2: 16 x 96 x 16). Here the blocks
// (batch x heads x windows) are shared out between the intra-op threads and each thread
// runs whole blocks with single-threaded GEMMs: the packed-weight kernel of
// common/packed_gemm.h where the CPU has AVX2 and FMA, else the process's BLAS (OpenBLAS's
// OpenMP build sees that it is inside a parallel region and does not split them again).
// Each block's scores stay in a per-thread buffer (cache-resident) between the two GEMMs
// and the softmax (ours, row_softmax.cpp: ATen's took about a quarter of a block's time),
// and q, k, v are read and the output written through their strides, so the permuted
// views of the fused qkv projection need no copies.
#include "backbones/backbones_torch.h"
#include "backbones/row_softmax.h"
#include "common/packed_gemm.h"

#include <ATen/Parallel.h>
#include <algorithm>
#include <climits>
#include <dlfcn.h>
#include <torch/torch.h>
#include <vector>

namespace nexvitad::backbones {

namespace {

// Fortran BLAS sgemm (column-major), resolved at run time from the BLAS LibTorch itself
// links, so no BLAS development files are needed to build.
using Sgemm = void (*)(const char *transa, const char *transb, const int *m, const int *n,
                       const int *k, const float *alpha, const float *a, const int *lda,
                       const float *b, const int *ldb, const float *beta, float *c, const int *ldc);

Sgemm processSgemm()
{
    static const Sgemm sgemm = []() -> Sgemm {
        // OpenBLAS built with pthreads (openblas_get_parallel() == 1) would start its own
        // threads from inside ours: only the OpenMP build, a sequential one or another BLAS
        // (which then has no such function) is used.
        using GetParallel = int (*)();
        const auto getParallel =
            reinterpret_cast<GetParallel>(dlsym(RTLD_DEFAULT, "openblas_get_parallel"));
        if (getParallel && getParallel() == 1)
            return nullptr;
        return reinterpret_cast<Sgemm>(dlsym(RTLD_DEFAULT, "sgemm_"));
    }();
    return sgemm;
}

bool fitsInt(int64_t value)
{
    return value >= 0 && value <= INT_MAX;
}

// The leading (block) dimensions of q, k, v and out must agree; the last dimension of each
// must be contiguous so a block is a plain row-major matrix with a leading dimension.
bool canRunBlocked(const torch::Tensor &q, const torch::Tensor &k, const torch::Tensor &v,
                   const torch::Tensor &out)
{
    const int64_t dims = q.dim();
    if (dims < 2 || k.dim() != dims || v.dim() != dims || out.dim() != dims)
        return false;
    for (const torch::Tensor *t : {&q, &k, &v, &out})
        if (!t->device().is_cpu() || t->scalar_type() != torch::kFloat32 || t->stride(-1) != 1 ||
            !fitsInt(t->stride(-2)) || t->stride(-2) < std::max<int64_t>(t->size(-1), 1))
            return false;
    if (torch::GradMode::is_enabled() &&
        (q.requires_grad() || k.requires_grad() || v.requires_grad()))
        return false;
    for (int64_t d = 0; d < dims - 2; ++d)
        if (k.size(d) != q.size(d) || v.size(d) != q.size(d) || out.size(d) != q.size(d))
            return false;
    return k.size(-1) == q.size(-1) && v.size(-2) == k.size(-2) && out.size(-2) == q.size(-2) &&
           out.size(-1) == v.size(-1) && fitsInt(q.size(-2)) && fitsInt(k.size(-2)) &&
           fitsInt(q.size(-1)) && fitsInt(v.size(-1));
}

// Element offset of block `index` (row-major over the leading dimensions) in `t`.
int64_t blockOffset(const torch::Tensor &t, int64_t index)
{
    int64_t offset = 0;
    for (int64_t d = t.dim() - 3; d >= 0; --d) {
        offset += (index % t.size(d)) * t.stride(d);
        index /= t.size(d);
    }
    return offset;
}

// One block's sizes and row strides (elements); the same for every block of a call.
struct BlockShape
{
    int64_t tq, tk, d, dv;
    int64_t ldq, ldk, ldv, ldo;
};

// A block with the process's BLAS: scores, softmax, output in a per-thread buffer.
class BlasBlock
{
public:
    BlasBlock(const BlockShape &shape, float scale)
        : m_tq(int(shape.tq)), m_tk(int(shape.tk)), m_d(int(shape.d)), m_dv(int(shape.dv)),
          m_ldq(int(shape.ldq)), m_ldk(int(shape.ldk)), m_ldv(int(shape.ldv)),
          m_ldo(int(shape.ldo)), m_scale(scale), m_scores(size_t(shape.tq * shape.tk))
    {
    }

    void run(const float *q, const float *k, const float *v, float *out)
    {
        const Sgemm sgemm = processSgemm();
        const float one = 1.0f, zero = 0.0f;
        // Row-major S = alpha Q K^T is column-major S^T = alpha K Q^T.
        sgemm("T", "N", &m_tk, &m_tq, &m_d, &m_scale, k, &m_ldk, q, &m_ldq, &zero, m_scores.data(),
              &m_tk);
        softmaxRows(m_scores.data(), m_tq, m_tk, m_tk);
        // Row-major O = S V is column-major O^T = V^T S^T.
        sgemm("N", "N", &m_dv, &m_tq, &m_tk, &one, v, &m_ldv, m_scores.data(), &m_tk, &zero, out,
              &m_ldo);
    }

private:
    int m_tq, m_tk, m_d, m_dv, m_ldq, m_ldk, m_ldv, m_ldo;
    float m_scale;
    std::vector<float> m_scores;
};

// A block with the packed-weight kernel: the keys are packed as the weights of Q K^T and
// the values as those of P V. Packing a head's keys and values costs what OpenBLAS's own
// packing did, but q and the scores are read in place and nothing zeroes the outputs
// first (OpenBLAS's beta pass): 10-15 % of a block's time. The scale goes into the softmax.
class PackedBlock
{
public:
    PackedBlock(const BlockShape &shape, float scale)
        : m_shape(shape), m_scale(scale), m_scores(size_t(shape.tq * shape.tk)),
          m_keys(size_t(gemm::packedFloats(shape.tk, shape.d))),
          m_values(size_t(gemm::packedFloats(shape.dv, shape.tk))),
          m_zeros(size_t(gemm::panelCount(std::max(shape.tk, shape.dv)) * gemm::kPanel), 0.0f)
    {
    }

    void run(const float *q, const float *k, const float *v, float *out)
    {
        const BlockShape &s = m_shape;
        gemm::packWeightsStrided(k, s.ldk, s.tk, s.d, m_keys.data());
        gemm::multiply(q, s.ldq, s.tq, s.d, m_keys.data(), s.tk, 0, gemm::panelCount(s.tk),
                       m_zeros.data(), m_scores.data(), s.tk);
        softmaxRows(m_scores.data(), s.tq, s.tk, s.tk, m_scale);
        gemm::packWeightsTransposedStrided(v, s.ldv, s.dv, s.tk, m_values.data());
        gemm::multiply(m_scores.data(), s.tk, s.tq, s.tk, m_values.data(), s.dv, 0,
                       gemm::panelCount(s.dv), m_zeros.data(), out, s.ldo);
    }

private:
    BlockShape m_shape;
    float m_scale;
    std::vector<float> m_scores, m_keys, m_values, m_zeros;
};

template <typename Block>
void attendBlocked(const torch::Tensor &q, const torch::Tensor &k, const torch::Tensor &v,
                   double scale, torch::Tensor &out)
{
    int64_t blocks = 1;
    for (int64_t d = 0; d < q.dim() - 2; ++d)
        blocks *= q.size(d);
    const BlockShape shape{q.size(-2),   k.size(-2),   q.size(-1),   v.size(-1),
                           q.stride(-2), k.stride(-2), v.stride(-2), out.stride(-2)};
    const float *qData = q.data_ptr<float>();
    const float *kData = k.data_ptr<float>();
    const float *vData = v.data_ptr<float>();
    float *outData = out.data_ptr<float>();

    at::parallel_for(0, blocks, 1, [&](int64_t begin, int64_t end) {
        Block block(shape, float(scale));
        for (int64_t b = begin; b < end; ++b)
            block.run(qData + blockOffset(q, b), kData + blockOffset(k, b),
                      vData + blockOffset(v, b), outData + blockOffset(out, b));
    });
}

} // namespace

void attendInto(const torch::Tensor &q, const torch::Tensor &k, const torch::Tensor &v,
                double scale, torch::Tensor out, BlockGemm kernel)
{
    if (!canRunBlocked(q, k, v, out))
        out.copy_(attend(q, k, v, scale));
    else if (kernel == BlockGemm::Fastest && gemm::available())
        attendBlocked<PackedBlock>(q, k, v, scale, out);
    else if (processSgemm() != nullptr)
        attendBlocked<BlasBlock>(q, k, v, scale, out);
    else
        out.copy_(attend(q, k, v, scale));
}

} // namespace nexvitad::backbones

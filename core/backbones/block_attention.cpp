// Scaled dot-product attention computed block by block, in parallel over the blocks.
//
// Why not torch::bmm: LibTorch without MKL runs a batched GEMM as a loop of single GEMMs on
// one thread of control, and OpenBLAS then splits each small GEMM over the cores with a
// barrier per call (Hiera's stage-1 mask units: 49 windows per image of 64 x 96 x 64), or
// runs it on one core while the other waits (stage 2: 16 x 96 x 16). Here the blocks
// (batch x heads x windows) are shared out between the intra-op threads and each thread
// runs whole blocks with single-threaded GEMMs: OpenBLAS's OpenMP build sees that it is
// inside a parallel region and does not split them again. Each block's scores stay in a
// per-thread buffer (cache-resident) between the two GEMMs and the softmax (ours,
// row_softmax.cpp: ATen's took about a quarter of a block's time), and q, k, v
// are read and the output written through their strides, so the permuted views of the
// fused qkv projection need no copies.
#include "backbones/backbones_torch.h"
#include "backbones/row_softmax.h"

#include <ATen/Parallel.h>
#include <dlfcn.h>
#include <torch/torch.h>

#include <climits>
#include <vector>

namespace nexvitad::backbones {

namespace {

// Fortran BLAS sgemm (column-major), resolved at run time from the BLAS LibTorch itself
// links, so no BLAS development files are needed to build.
using Sgemm = void (*)(const char *transa, const char *transb, const int *m, const int *n,
                       const int *k, const float *alpha, const float *a, const int *lda,
                       const float *b, const int *ldb, const float *beta, float *c,
                       const int *ldc);

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
        if (!t->device().is_cpu() || t->scalar_type() != torch::kFloat32 || t->stride(-1) != 1
            || !fitsInt(t->stride(-2)) || t->stride(-2) < std::max<int64_t>(t->size(-1), 1))
            return false;
    if (torch::GradMode::is_enabled()
        && (q.requires_grad() || k.requires_grad() || v.requires_grad()))
        return false;
    for (int64_t d = 0; d < dims - 2; ++d)
        if (k.size(d) != q.size(d) || v.size(d) != q.size(d) || out.size(d) != q.size(d))
            return false;
    return k.size(-1) == q.size(-1) && v.size(-2) == k.size(-2) && out.size(-2) == q.size(-2)
           && out.size(-1) == v.size(-1) && fitsInt(q.size(-2)) && fitsInt(k.size(-2))
           && fitsInt(q.size(-1)) && fitsInt(v.size(-1)) && processSgemm() != nullptr;
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

void attendBlocked(const torch::Tensor &q, const torch::Tensor &k, const torch::Tensor &v,
                   double scale, torch::Tensor &out)
{
    const Sgemm sgemm = processSgemm();
    int64_t blocks = 1;
    for (int64_t d = 0; d < q.dim() - 2; ++d)
        blocks *= q.size(d);
    const int tq = int(q.size(-2)), tk = int(k.size(-2)), d = int(q.size(-1)),
              dv = int(v.size(-1));
    const int ldq = int(q.stride(-2)), ldk = int(k.stride(-2)), ldv = int(v.stride(-2)),
              ldo = int(out.stride(-2));
    const float *qData = q.data_ptr<float>();
    const float *kData = k.data_ptr<float>();
    const float *vData = v.data_ptr<float>();
    float *outData = out.data_ptr<float>();
    const float alpha = float(scale), one = 1.0f, zero = 0.0f;

    at::parallel_for(0, blocks, 1, [&](int64_t begin, int64_t end) {
        std::vector<float> buffer(size_t(tq) * size_t(tk));
        for (int64_t b = begin; b < end; ++b) {
            // Row-major S = alpha Q K^T is column-major S^T = alpha K Q^T.
            sgemm("T", "N", &tk, &tq, &d, &alpha, kData + blockOffset(k, b), &ldk,
                  qData + blockOffset(q, b), &ldq, &zero, buffer.data(), &tk);
            softmaxRows(buffer.data(), tq, tk, tk);
            // Row-major O = S V is column-major O^T = V^T S^T.
            sgemm("N", "N", &dv, &tq, &tk, &one, vData + blockOffset(v, b), &ldv,
                  buffer.data(), &tk, &zero, outData + blockOffset(out, b), &ldo);
        }
    });
}

} // namespace

void attendInto(const torch::Tensor &q, const torch::Tensor &k, const torch::Tensor &v,
                double scale, torch::Tensor out)
{
    if (canRunBlocked(q, k, v, out))
        attendBlocked(q, k, v, scale, out);
    else
        out.copy_(attend(q, k, v, scale));
}

} // namespace nexvitad::backbones

// A linear layer whose product is split between the intra-op threads by us instead of by
// OpenBLAS.
//
// Why: OpenBLAS's own two-thread split is poor on several of the backbones' shapes. Measured
// at 2 threads (GFLOP/s, torch::linear -> split here): Hiera stage-1 qkv 3136 x 96 x 288
// 44 -> 103-112, stage-1 MLP 3136 x 96 x 384 and 3136 x 384 x 96 106-108 -> 117-120, stage-3
// 196 x 384 x 1152 108 -> 118-121 (docs/performance.md). Each thread runs an ordinary
// LibTorch addmm on its share; inside the parallel region LibTorch and OpenBLAS's OpenMP
// build stay single-threaded, so nothing is split twice.
//
// On CPUs with AVX2 and FMA the product runs the packed-weight GEMM of packed_gemm.h
// instead of OpenBLAS (each weight packed on first use and kept, PackedWeights below), in
// units the threads take in turn, and can finish with GELU or add itself into a residual
// stream on the kernel's registers (linearGelu, linearAddInto).
#include "backbones/backbones_torch.h"
#include "common/packed_gemm.h"
#include "common/precision.h"

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace nexvitad::backbones {

namespace {

// Rows per thread below which the columns are split instead: thin inputs (Hiera's last
// stage has 49 tokens per image) leave too few rows for the GEMM kernels to stay busy.
constexpr int64_t kMinRowsPerThread = 64;
// Column shares are multiples of this (whole GEMM kernel panels).
constexpr int64_t kColumnAlign = 16;
// The packed path's work units (packedProduct): units per thread, the row count from which
// units are rows rather than panels, and the most rows in a unit (the GEMM's row block).
// Alternated in one process against a fixed half per thread: batch 1 1.5 %, batch 10 3 %
// less time (medians of 60 and 8 pairs, docs/performance.md).
constexpr int64_t kUnitsPerThread = 6;
constexpr int64_t kRowUnitsFrom = 960;
constexpr int64_t kMaxUnitRows = 240;

// CPU float32 inference with a bias: what both paths below handle.
bool eligible(const torch::Tensor &x, const torch::nn::LinearImpl &layer)
{
    const torch::Tensor &w = layer.weight;
    return x.device().is_cpu() && x.scalar_type() == torch::kFloat32
           && w.scalar_type() == torch::kFloat32 && layer.bias.defined() && x.is_contiguous()
           && x.dim() >= 2
           && !(torch::GradMode::is_enabled() && (x.requires_grad() || w.requires_grad()));
}

// The packed copies of the weights seen so far, by tensor. A copy is used again only while
// its weight is provably the same: the same tensor (held weakly, so a dead one's address is
// not mistaken for it), the same storage (held weakly too: set_data() swaps it), the same
// data pointer and the same version counter, which every in-place change through the tensor
// or any view of it moves. Otherwise the weight is packed again. Frozen backbones pack each
// weight once: the packed copies take as much memory as the weights (about 200 MB for
// Hiera-tiny + ViT-S/14).
//
// Inference tensors keep no version counter, so nothing can tell that one was changed in
// place: their packed copies are made for one product and not kept (an earlier version
// hashed 16 sampled values instead, and missed a change between them). The backbones'
// weights are ordinary tensors (created by their modules, filled by copy_), so this costs
// them nothing.
//
// The bf16 products keep bfloat16 copies of the weights the same way (WeightCache is the
// one cache, `Make` says what a copy is).
template <typename Copy, Copy (*Make)(const torch::Tensor &)> class WeightCache
{
public:
    using Packed = Copy;

    Packed get(const torch::Tensor &w)
    {
        if (w.is_inference())
            return pack(w);
        const int64_t version = int64_t(w._version());
        const void *data = w.data_ptr();
        const c10::StorageImpl *storage = w.storage().unsafeGetStorageImpl();
        std::lock_guard lock(m_mutex);
        // Copies of weights that died (a backbone unloaded) go at the next product, not
        // only when something new is packed: a hundred atomic loads per call.
        dropStaleLocked();
        auto it = m_entries.find(w.unsafeGetTensorImpl());
        if (it != m_entries.end() && it->second.version == version && it->second.data == data
            && it->second.storage._unsafe_get_target() == storage)
            return it->second.packed;
        Packed packed = pack(w);
        m_entries.insert_or_assign(w.unsafeGetTensorImpl(),
                                   Entry{Owner(w.getIntrusivePtr()),
                                         StorageOwner(w.storage().getWeakStorageImpl()), version,
                                         data, packed});
        return packed;
    }

    size_t size()
    {
        std::lock_guard lock(m_mutex);
        return m_entries.size();
    }

private:
    static Packed pack(const torch::Tensor &w) { return Make(w); }

    using Owner = c10::weak_intrusive_ptr<c10::TensorImpl, c10::UndefinedTensorImpl>;
    using StorageOwner = c10::weak_intrusive_ptr<c10::StorageImpl>;
    struct Entry
    {
        Owner owner;
        StorageOwner storage;
        int64_t version = 0;
        const void *data = nullptr;
        Packed packed;
    };

    void dropStaleLocked()
    {
        for (auto it = m_entries.begin(); it != m_entries.end();)
            it = it->second.owner.expired() ? m_entries.erase(it) : std::next(it);
    }

    std::mutex m_mutex;
    std::unordered_map<const c10::TensorImpl *, Entry> m_entries;
};

std::shared_ptr<const std::vector<float>> packForGemm(const torch::Tensor &w)
{
    auto packed =
        std::make_shared<std::vector<float>>(size_t(gemm::packedFloats(w.size(0), w.size(1))));
    gemm::packWeights(w.data_ptr<float>(), w.size(0), w.size(1), packed->data());
    return packed;
}

torch::Tensor copyToBf16(const torch::Tensor &w)
{
    return w.to(torch::kBFloat16).contiguous();
}

using PackedWeights = WeightCache<std::shared_ptr<const std::vector<float>>, packForGemm>;
using Bf16Weights = WeightCache<torch::Tensor, copyToBf16>;

PackedWeights &packedWeights()
{
    static PackedWeights *cache = new PackedWeights; // outlives every module
    return *cache;
}

Bf16Weights &bf16Weights()
{
    static Bf16Weights *cache = new Bf16Weights;
    return *cache;
}

// layer(x) with bfloat16 inputs and weights (oneDNN's products accumulate in float32 and
// round the result to bfloat16), back in float32 before the bias, so that everything after
// the product (bias, GELU, LayerScale, residual add) stays float32 (common/precision.h).
torch::Tensor bf16Product(const torch::nn::LinearImpl &layer, const torch::Tensor &x)
{
    runtime::requirePrecisionOn(x.device().is_cuda() ? QStringLiteral("cuda")
                                                     : QStringLiteral("cpu"));
    torch::Tensor y =
        torch::linear(x.to(torch::kBFloat16), bf16Weights().get(layer.weight)).to(torch::kFloat32);
    return layer.bias.defined() ? y.add_(layer.bias) : y;
}

// rows [m x in] -> out [m x outFeatures] with the packed GEMM and `epilogue`. The work is
// cut into about kUnitsPerThread units per thread, which the threads take in turn: with a
// fixed half each, whichever thread ran slower (this shared machine's cores do not keep
// a steady pace) left the other waiting at the end of every product, 5-7 % of the
// backbones' samples (docs/performance.md). Few rows: units of whole panels over all
// rows, so each weight is read by one thread only; many rows: units of rows, all panels.
void packedProduct(const torch::Tensor &rows, const torch::nn::LinearImpl &layer,
                   gemm::Epilogue epilogue, const torch::Tensor &gain, torch::Tensor &out,
                   int threads)
{
    const torch::Tensor &w = layer.weight;
    const torch::Tensor bias = layer.bias.contiguous();
    const PackedWeights::Packed packed = packedWeights().get(w.contiguous());
    const int64_t m = rows.size(0), in = w.size(1), n = w.size(0);
    const int64_t panels = gemm::panelCount(n);
    const float *a = rows.data_ptr<float>();
    const float *b = bias.data_ptr<float>();
    const float *scale = gain.defined() ? gain.data_ptr<float>() : nullptr;
    float *c = out.data_ptr<float>();
    const int64_t wanted = int64_t(threads) * kUnitsPerThread;
    const bool byRows = m >= kRowUnitsFrom;
    // Row units: whole micro-kernel rows, at most kMaxUnitRows (one GEMM row block).
    const int64_t rowUnits = std::max(wanted, (m + kMaxUnitRows - 1) / kMaxUnitRows);
    const int64_t unitRows = ((m + rowUnits - 1) / rowUnits + 5) / 6 * 6;
    const int64_t unitPanels = std::max<int64_t>(1, panels / wanted);
    const int64_t units = byRows ? (m + unitRows - 1) / unitRows
                                 : (panels + unitPanels - 1) / unitPanels;
    std::atomic<int64_t> next{0};
    at::parallel_for(0, threads, 1, [&](int64_t, int64_t) {
        for (int64_t unit; (unit = next.fetch_add(1, std::memory_order_relaxed)) < units;) {
            if (byRows) {
                const int64_t r0 = unit * unitRows, r1 = std::min(m, r0 + unitRows);
                gemm::multiply(a + r0 * in, in, r1 - r0, in, packed->data(), n, 0, panels, b,
                               c + r0 * n, n, epilogue, scale);
            } else {
                const int64_t p0 = unit * unitPanels, p1 = std::min(panels, p0 + unitPanels);
                gemm::multiply(a, in, m, in, packed->data(), n, p0, p1 - p0, b, c, n, epilogue,
                               scale);
            }
        }
    });
}

// rows [m x in] -> out [m x outFeatures] with OpenBLAS, one share of rows (or, for few
// rows, of columns) per thread: for CPUs without AVX2/FMA.
void blasProduct(const torch::Tensor &rows, const torch::nn::LinearImpl &layer,
                 torch::Tensor &out, int threads)
{
    const torch::Tensor &w = layer.weight;
    const torch::Tensor &bias = layer.bias;
    const int64_t m = rows.size(0);
    const bool byRows = m >= kMinRowsPerThread * threads;
    const int64_t extent = byRows ? m : w.size(0);
    const int64_t unit = byRows ? 1 : kColumnAlign;
    // Worker threads do not inherit the caller's thread-local inference mode; without it
    // writing into `out` (an inference tensor when the caller is in inference mode) throws.
    const bool inference = c10::InferenceMode::is_enabled();
    at::parallel_for(0, threads, 1, [&](int64_t first, int64_t last) {
        c10::InferenceMode guard(inference);
        for (int64_t part = first; part < last; ++part) {
            const int64_t begin = (extent * part / threads) / unit * unit;
            const int64_t end =
                part + 1 == threads ? extent : (extent * (part + 1) / threads) / unit * unit;
            if (end <= begin)
                continue;
            if (byRows) {
                torch::Tensor share = out.narrow(0, begin, end - begin);
                torch::addmm_out(share, bias, rows.narrow(0, begin, end - begin), w.t());
            } else {
                torch::Tensor share = out.narrow(1, begin, end - begin);
                torch::addmm_out(share, bias.narrow(0, begin, end - begin), rows,
                                 w.narrow(0, begin, end - begin).t());
            }
        }
    });
}

// The epilogue done by LibTorch on y = layer(x) (every path but the packed GEMM's).
torch::Tensor finishWithTorch(torch::Tensor y, gemm::Epilogue epilogue, const torch::Tensor &gain,
                              torch::Tensor *residual)
{
    switch (epilogue) {
    case gemm::Epilogue::Bias:
        return y;
    case gemm::Epilogue::BiasGelu:
        return at::gelu_(y);
    case gemm::Epilogue::AddScaled:
        return residual->add_(gain.defined() ? y.mul_(gain) : y);
    }
    return y;
}

// layer(x) finished as `epilogue` says; for AddScaled the result is `*residual` (same shape
// as layer(x)) with gain * layer(x) added in place.
torch::Tensor product(torch::nn::Linear layer, const torch::Tensor &x, gemm::Epilogue epilogue,
                      const torch::Tensor &gain, torch::Tensor *residual)
{
    if (runtime::precision() == Precision::BFloat16 && x.scalar_type() == torch::kFloat32 &&
        !(torch::GradMode::is_enabled() && (x.requires_grad() || layer->weight.requires_grad())))
        return finishWithTorch(bf16Product(*layer, x), epilogue, gain, residual);
    const int threads = at::in_parallel_region() ? 1 : at::get_num_threads();
    if (!eligible(x, *layer) || (!gemm::available() && threads < 2))
        return finishWithTorch(layer(x), epilogue, gain, residual);
    const torch::Tensor &w = layer->weight;
    const int64_t in = w.size(1), outFeatures = w.size(0);
    const torch::Tensor rows = x.view({-1, in});
    std::vector<int64_t> shape = x.sizes().vec();
    shape.back() = outFeatures;
    // AddScaled writes straight into the residual stream when it is laid out as the
    // product's output and does not share memory with x (the threads would read rows they
    // are writing).
    const bool direct =
        epilogue == gemm::Epilogue::AddScaled && residual->is_contiguous()
        && residual->sizes() == c10::IntArrayRef(shape)
        && residual->scalar_type() == torch::kFloat32 && !residual->is_alias_of(x)
        && (!gain.defined()
            || (gain.is_contiguous() && gain.scalar_type() == torch::kFloat32
                && gain.numel() == outFeatures));
    if (gemm::available() && (epilogue != gemm::Epilogue::AddScaled || direct)) {
        torch::Tensor out = direct ? residual->view({-1, outFeatures})
                                   : torch::empty({rows.size(0), outFeatures}, x.options());
        packedProduct(rows, *layer, epilogue, gain, out, threads);
        return direct ? *residual : out.view(shape);
    }
    // Otherwise the plain product, finished by LibTorch.
    torch::Tensor out = torch::empty({rows.size(0), outFeatures}, x.options());
    if (gemm::available())
        packedProduct(rows, *layer, gemm::Epilogue::Bias, {}, out, threads);
    else
        blasProduct(rows, *layer, out, threads);
    return finishWithTorch(out.view(shape), epilogue, gain, residual);
}

} // namespace

size_t packedWeightsHeld()
{
    return packedWeights().size() + bf16Weights().size();
}

torch::Tensor linearSplit(torch::nn::Linear layer, const torch::Tensor &x)
{
    return product(std::move(layer), x, gemm::Epilogue::Bias, {}, nullptr);
}

torch::Tensor linearGelu(torch::nn::Linear layer, const torch::Tensor &x)
{
    return product(std::move(layer), x, gemm::Epilogue::BiasGelu, {}, nullptr);
}

torch::Tensor linearAddInto(torch::nn::Linear layer, const torch::Tensor &x,
                            torch::Tensor residual, const torch::Tensor &gain)
{
    return product(std::move(layer), x, gemm::Epilogue::AddScaled, gain, &residual);
}

} // namespace nexvitad::backbones

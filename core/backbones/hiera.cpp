// Hiera (Ryali et al. 2023) as timm builds it. Tokens live in timm's "unrolled" order:
// after the patch embedding the (H/4 x W/4) grid is reordered so that the three 2x2 strides
// of the later q-poolings are the outermost token dimensions and the 8x8 mask units the
// innermost windows. Then q-pooling is a max over the first token dimension, mask-unit
// attention a batched attention over the trailing windows, and each stage output is one
// permute back to NCHW (hiera_token_order.cpp: a table and a blocked copy, not timm's loops).
#include "backbones/backbones_torch.h"

#include "common/error.h"

#include <QCoreApplication>

#include <torch/torch.h>

namespace nexvitad::backbones {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::backbones::Hiera)
};

constexpr int kUnrollLevels = 3; // one 2x2 stride per stage transition (4 stages)

// timm's MaskUnitAttention: fused qkv, optional q max-pooling, attention inside mask
// units (windows) or over all tokens.
class MaskUnitAttentionImpl : public torch::nn::Module
{
public:
    MaskUnitAttentionImpl(int64_t dim, int64_t dimOut, int64_t heads, int64_t qStride,
                          int64_t windowSize, bool maskUnit)
        : m_dimOut(dimOut), m_heads(heads), m_qStride(qStride), m_windowSize(windowSize),
          m_maskUnit(maskUnit)
    {
        m_qkv = register_module("qkv", torch::nn::Linear(dim, 3 * dimOut));
        m_proj = register_module("proj", torch::nn::Linear(dimOut, dimOut));
    }

    // residual += attention(x) in place (the output projection adds into it); returns it.
    torch::Tensor forwardAddInto(const torch::Tensor &x, torch::Tensor residual)
    {
        const int64_t batch = x.size(0), tokens = x.size(1);
        const int64_t headDim = m_dimOut / m_heads;
        const int64_t windows = m_maskUnit ? tokens / (m_qStride * m_windowSize) : 1;
        // [B, T, windows, 3, heads, hd] -> [3, B, heads, windows, T, hd]
        const torch::Tensor projected = linearSplit(m_qkv, x);
        const torch::Tensor qkv = projected
                                      .view({batch, tokens / windows, windows, 3, m_heads, headDim})
                                      .permute({3, 0, 4, 2, 1, 5});
        torch::Tensor q = qkv[0], k = qkv[1], v = qkv[2];
        const int64_t tq = tokens / windows / m_qStride;
        // Pooled over the first token dimension (token = (s * tq + t) * windows + w), which in
        // the qkv rows is the outermost one: [B, tq * windows, C] as [B, heads, windows, tq, hd].
        if (m_qStride > 1)
            q = maxPoolTokens(projected, m_qStride, m_dimOut)
                    .view({batch, tq, windows, m_heads, headDim})
                    .permute({0, 3, 2, 1, 4});
        // Written as [B, Tq, windows, heads, hd] (seen as [B, heads, windows, Tq, hd]), so
        // that it is [B, Tq*windows, C] without a copy.
        torch::Tensor out = torch::empty({batch, tq, windows, m_heads, headDim}, x.options());
        attendInto(q, k, v, 1.0 / std::sqrt(double(headDim)), out.permute({0, 3, 2, 1, 4}));
        return linearAddInto(m_proj, out.view({batch, tq * windows, m_dimOut}),
                             std::move(residual));
    }

    int64_t qStride() const { return m_qStride; }

private:
    int64_t m_dimOut, m_heads, m_qStride, m_windowSize;
    bool m_maskUnit;
    torch::nn::Linear m_qkv{nullptr}, m_proj{nullptr};
};
TORCH_MODULE(MaskUnitAttention);

class HieraBlockImpl : public torch::nn::Module
{
public:
    HieraBlockImpl(int64_t dim, int64_t dimOut, int64_t heads, int64_t mlpRatio,
                   int64_t qStride, int64_t windowSize, bool maskUnit)
    {
        auto norm = [](int64_t d) {
            return torch::nn::LayerNorm(torch::nn::LayerNormOptions({d}).eps(1e-6));
        };
        m_norm1 = register_module("norm1", norm(dim));
        if (dim != dimOut)
            m_proj = register_module("proj", torch::nn::Linear(dim, dimOut));
        m_attn = register_module(
            "attn", MaskUnitAttention(dim, dimOut, heads, qStride, windowSize, maskUnit));
        m_norm2 = register_module("norm2", norm(dimOut));
        m_mlp = register_module("mlp", Mlp(dimOut, mlpRatio * dimOut, false));
    }

    torch::Tensor forward(torch::Tensor x)
    {
        const torch::Tensor xNorm = layerNormRows(m_norm1, x);
        if (m_proj) {
            // Expand the residual stream and max-pool it like q (first token dimension).
            x = linearSplit(m_proj, xNorm);
            x = maxPoolTokens(x, m_attn->qStride(), x.size(-1));
        }
        // In-place residual adds: x is always a fresh tensor of this forward pass.
        x = m_attn->forwardAddInto(xNorm, x);
        return m_mlp->forwardAddInto(layerNormRows(m_norm2, x), x);
    }

private:
    torch::nn::LayerNorm m_norm1{nullptr}, m_norm2{nullptr};
    torch::nn::Linear m_proj{nullptr};
    MaskUnitAttention m_attn{nullptr};
    Mlp m_mlp{nullptr};
};
TORCH_MODULE(HieraBlock);

} // namespace

HieraImpl::HieraImpl(const HieraConfig &config)
    : m_config(config)
{
    const HieraConfig &c = m_config;
    m_patchEmbed = torch::nn::Conv2d(torch::nn::Conv2dOptions(3, c.embedDim, c.patchKernel)
                                         .stride(c.patchStride)
                                         .padding(c.patchPadding));
    auto patchEmbed = std::make_shared<torch::nn::Module>();
    patchEmbed->register_module("proj", m_patchEmbed);
    register_module("patch_embed", patchEmbed);
    const int64_t grid = c.checkpointGrid();
    m_posEmbed = register_parameter("pos_embed", torch::zeros({1, grid * grid, c.embedDim}));

    m_blocks = register_module("blocks", torch::nn::ModuleList());
    int64_t dim = c.embedDim;
    int64_t windowSize = int64_t(c.maskUnitSize) * c.maskUnitSize; // flattened, after pooling
    const int64_t flatQStride = int64_t(c.qStride) * c.qStride;
    int block = 0;
    for (int stage = 0; stage < 4; ++stage) {
        for (int j = 0; j < c.stages[stage]; ++j, ++block) {
            const bool firstOfLaterStage = stage > 0 && j == 0;
            const bool pools = firstOfLaterStage && stage <= c.qPool;
            if (pools)
                windowSize /= flatQStride;
            // timm lags the mask-unit flag by one block: the first block of a stage still
            // attends like the previous stage.
            const bool maskUnit = c.maskUnitAttn[firstOfLaterStage ? stage - 1 : stage];
            const int64_t dimOut = c.stageDim(stage);
            m_blocks->push_back(HieraBlock(dim, dimOut, c.stageHeads(stage), c.mlpRatio,
                                           pools ? flatQStride : 1, windowSize, maskUnit));
            dim = dimOut;
        }
        m_stageEnds.push_back(block - 1);
    }
}

std::vector<torch::Tensor> HieraImpl::forwardStages(const torch::Tensor &input)
{
    const HieraConfig &c = m_config;
    const int64_t multiple = int64_t(c.patchStride) * c.maskUnitSize;
    if (input.dim() != 4 || input.size(1) != 3 || input.size(2) % multiple != 0 ||
        input.size(3) % multiple != 0 || input.size(2) == 0 || input.size(3) == 0)
        throw Error(Tr::tr("Hiera needs images [N, 3, H, W] with H and W multiples of %1.")
                        .arg(multiple));
    torch::Tensor x = m_patchEmbed(input); // [B, C, H/4, W/4]
    const int64_t h = x.size(2), w = x.size(3);
    const int64_t grid = c.checkpointGrid();
    const torch::Tensor pos = m_posCache.get(m_posEmbed, 0, {grid, grid}, {h, w});
    x = unrollTokens(x, pos, kUnrollLevels);

    std::vector<torch::Tensor> stages;
    int stage = 0;
    for (size_t i = 0; i < m_blocks->size(); ++i) {
        x = m_blocks[i]->as<HieraBlock>()->forward(x);
        if (int(i) == m_stageEnds[stage]) {
            const int pooled = std::min(stage, c.qPool);
            stages.push_back(rerollTokens(x, kUnrollLevels - pooled, h >> pooled, w >> pooled));
            ++stage;
        }
    }
    return stages;
}

} // namespace nexvitad::backbones

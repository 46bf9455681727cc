// DINOv2 as timm's VisionTransformer builds it for the vit_*_patch14(_reg4)_dinov2
// models: 14x14 patch embedding, class token (+ register tokens), absolute position
// embedding (without class entry for the reg4 variants), pre-norm blocks with LayerScale,
// final LayerNorm.
#include "backbones/backbones_torch.h"

#include "common/error.h"

#include <QCoreApplication>

#include <torch/torch.h>

namespace nexvitad::backbones {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::backbones::DinoV2)
};

torch::nn::LayerNorm layerNorm(int64_t dim)
{
    return torch::nn::LayerNorm(torch::nn::LayerNormOptions({dim}).eps(1e-6));
}

class VitAttentionImpl : public torch::nn::Module
{
public:
    VitAttentionImpl(int64_t dim, int64_t heads)
        : m_heads(heads)
    {
        m_qkv = register_module("qkv", torch::nn::Linear(dim, 3 * dim));
        m_proj = register_module("proj", torch::nn::Linear(dim, dim));
    }

    // residual += gain * attention(x) in place (the output projection adds into it);
    // returns it.
    torch::Tensor forwardAddInto(const torch::Tensor &x, torch::Tensor residual,
                                 const torch::Tensor &gain)
    {
        const int64_t batch = x.size(0), tokens = x.size(1), dim = x.size(2);
        const int64_t headDim = dim / m_heads;
        // [B, T, 3, heads, hd] -> [3, B, heads, T, hd]
        torch::Tensor qkv =
            linearSplit(m_qkv, x).view({batch, tokens, 3, m_heads, headDim}).permute({2, 0, 3, 1, 4});
        // Written as [B, T, heads, hd] (seen as [B, heads, T, hd]): [B, T, C] without a copy.
        torch::Tensor out = torch::empty({batch, tokens, m_heads, headDim}, x.options());
        attendInto(qkv[0], qkv[1], qkv[2], 1.0 / std::sqrt(double(headDim)),
                   out.permute({0, 2, 1, 3}));
        return linearAddInto(m_proj, out.view({batch, tokens, dim}), std::move(residual), gain);
    }

private:
    int64_t m_heads;
    torch::nn::Linear m_qkv{nullptr}, m_proj{nullptr};
};
TORCH_MODULE(VitAttention);

// timm's LayerScale: a per-channel gain named "gamma", applied by the product that adds
// its branch into the residual stream (linearAddInto).
class LayerScaleImpl : public torch::nn::Module
{
public:
    explicit LayerScaleImpl(int64_t dim)
    {
        m_gamma = register_parameter("gamma", torch::full({dim}, 1e-5));
    }
    const torch::Tensor &gain() const { return m_gamma; }

private:
    torch::Tensor m_gamma;
};
TORCH_MODULE(LayerScale);

class VitBlockImpl : public torch::nn::Module
{
public:
    VitBlockImpl(const DinoV2Config &c)
    {
        m_norm1 = register_module("norm1", layerNorm(c.embedDim));
        m_attn = register_module("attn", VitAttention(c.embedDim, c.numHeads));
        m_ls1 = register_module("ls1", LayerScale(c.embedDim));
        m_norm2 = register_module("norm2", layerNorm(c.embedDim));
        m_mlp = register_module("mlp", Mlp(c.embedDim, c.mlpHidden, c.swiglu));
        m_ls2 = register_module("ls2", LayerScale(c.embedDim));
    }

    torch::Tensor forward(torch::Tensor x)
    {
        // x is always a fresh tensor of this forward pass: residual adds in place.
        x = m_attn->forwardAddInto(layerNormRows(m_norm1, x), x, m_ls1->gain());
        return m_mlp->forwardAddInto(layerNormRows(m_norm2, x), x, m_ls2->gain());
    }

private:
    torch::nn::LayerNorm m_norm1{nullptr}, m_norm2{nullptr};
    VitAttention m_attn{nullptr};
    LayerScale m_ls1{nullptr}, m_ls2{nullptr};
    Mlp m_mlp{nullptr};
};
TORCH_MODULE(VitBlock);

} // namespace

DinoV2Impl::DinoV2Impl(const DinoV2Config &config)
    : m_config(config)
{
    const DinoV2Config &c = m_config;
    m_patchEmbed = torch::nn::Conv2d(
        torch::nn::Conv2dOptions(3, c.embedDim, c.patchSize).stride(c.patchSize));
    auto patchEmbed = std::make_shared<torch::nn::Module>();
    patchEmbed->register_module("proj", m_patchEmbed);
    register_module("patch_embed", patchEmbed);
    m_clsToken = register_parameter("cls_token", torch::zeros({1, 1, c.embedDim}));
    if (c.regTokens > 0)
        m_regToken = register_parameter("reg_token", torch::zeros({1, c.regTokens, c.embedDim}));
    const int64_t grid = c.checkpointGrid();
    m_posEmbed = register_parameter(
        "pos_embed", torch::zeros({1, grid * grid + (c.noEmbedClass ? 0 : 1), c.embedDim}));
    m_blocks = register_module("blocks", torch::nn::ModuleList());
    for (int i = 0; i < c.depth; ++i)
        m_blocks->push_back(VitBlock(c));
    m_norm = register_module("norm", layerNorm(c.embedDim));
}

torch::Tensor DinoV2Impl::forwardTokens(const torch::Tensor &input)
{
    const DinoV2Config &c = m_config;
    if (input.dim() != 4 || input.size(1) != 3 || input.size(2) % c.patchSize != 0 ||
        input.size(3) % c.patchSize != 0 || input.size(2) == 0 || input.size(3) == 0)
        throw Error(Tr::tr("DINOv2 needs images [N, 3, H, W] with H and W multiples of %1.")
                        .arg(c.patchSize));
    torch::Tensor x = m_patchEmbed(input); // [B, D, gh, gw]
    const int64_t batch = x.size(0), gh = x.size(2), gw = x.size(3);
    x = x.flatten(2).transpose(1, 2); // [B, gh*gw, D]

    const int64_t grid = c.checkpointGrid();
    const int64_t posPrefix = c.noEmbedClass ? 0 : 1;
    const torch::Tensor pos = m_posCache.get(m_posEmbed, posPrefix, {grid, grid}, {gh, gw});
    std::vector<torch::Tensor> parts{m_clsToken.expand({batch, -1, -1})};
    if (m_regToken.defined())
        parts.push_back(m_regToken.expand({batch, -1, -1}));
    if (c.noEmbedClass) {
        parts.push_back(x + pos);
        x = torch::cat(parts, 1);
    } else {
        parts.push_back(x);
        x = torch::cat(parts, 1) + pos;
    }
    for (size_t i = 0; i < m_blocks->size(); ++i)
        x = m_blocks[i]->as<VitBlock>()->forward(x);
    return layerNormRows(m_norm, x);
}

torch::Tensor DinoV2Impl::forwardPatchGrid(const torch::Tensor &input)
{
    torch::Tensor tokens = forwardTokens(input); // validates the input's shape
    const int64_t gh = input.size(2) / m_config.patchSize;
    const int64_t gw = input.size(3) / m_config.patchSize;
    return tokens.narrow(1, m_config.prefixTokens(), gh * gw)
        .transpose(1, 2)
        .reshape({tokens.size(0), tokens.size(2), gh, gw});
}

} // namespace nexvitad::backbones

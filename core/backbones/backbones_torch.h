#pragma once
// The frozen backbones as LibTorch modules (private: torch types; included by core .cpp
// files and tests only). Parameter names are timm's, so a timm safetensors checkpoint
// loads key for key.
//
//   Hiera:  forwardStages(x)     -> 4 tensors NCHW [B, C*2^n, S/4/2^n, S/4/2^n], n = 0..3,
//                                   equal to timm's Hiera.forward_intermediates(x,
//                                   indices=4, norm=False, output_fmt='NCHW',
//                                   intermediates_only=True).
//   DinoV2: forwardPatchGrid(x)  -> NCHW [B, D, H/14, W/14]: the patch tokens after the
//                                   final norm, prefix (class/register) tokens dropped.
//
// Inputs are normalised images [B, 3, H, W] on the module's device. Hiera needs H, W
// multiples of 32, DINOv2 multiples of 14; other sizes than the checkpoint's resample the
// absolute position embedding bicubically with antialiasing (timm's
// resample_abs_pos_embed), cached per size.
//
// Inference only: the blocks add residuals and apply LayerScale / GELU in place (fewer
// memory passes, docs/performance.md), so do not backpropagate through these modules.
// Frozen backbones never need to.

#include "backbones/backbone_variants.h"
#include "backbones/weights_spec.h"

#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/normalization.h>
#include <torch/nn/pimpl.h>

#include <map>
#include <utility>

namespace nexvitad::backbones {

// fc1 -> GELU (exact) -> fc2, or for DINOv2-giant fc1 -> silu(first half) * second half
// -> fc2 (timm's SwiGLUPacked).
class MlpImpl : public torch::nn::Module
{
public:
    MlpImpl(int64_t dim, int64_t hidden, bool swiglu);
    // residual += gain * mlp(x) in place (gain undefined: 1), returning `residual`: how a
    // pre-norm block uses its MLP, with the add done by fc2's product (linearAddInto).
    torch::Tensor forwardAddInto(const torch::Tensor &x, torch::Tensor residual,
                                 const torch::Tensor &gain = {});

private:
    torch::nn::Linear m_fc1{nullptr};
    torch::nn::Linear m_fc2{nullptr};
    bool m_swiglu = false;
};
TORCH_MODULE(Mlp);

// Multi-head scaled dot-product attention over the last two dims:
// softmax((q * scale) k^T) v for q [..., Tq, d], k and v [..., Tk, d].
torch::Tensor attend(const torch::Tensor &q, const torch::Tensor &k, const torch::Tensor &v,
                     double scale);

// `layer(x)` with the product split between the intra-op threads by rows (or, for few
// rows, by columns) by us instead of by OpenBLAS (split_linear.cpp), each share computed
// with the weight packed once (packed_gemm.h) where the CPU has AVX2 and FMA; `layer(x)`
// itself on other devices, with autograd, or without AVX2 on one thread.
torch::Tensor linearSplit(torch::nn::Linear layer, const torch::Tensor &x);
// GELU(layer(x)) (erf, torch's default), the GELU applied by the packed GEMM on its
// registers where it runs (no pass of its own over the hidden activations).
torch::Tensor linearGelu(torch::nn::Linear layer, const torch::Tensor &x);
// residual += gain * layer(x), in place, returning `residual` (layer(x)'s shape); `gain`
// (LayerScale's per-channel gain) may be undefined for 1. The packed GEMM adds straight
// into a contiguous residual that does not share memory with x: no branch tensor, no
// passes for the scale and the add (otherwise the product goes through a temporary).
torch::Tensor linearAddInto(torch::nn::Linear layer, const torch::Tensor &x, torch::Tensor residual,
                            const torch::Tensor &gain = {});
// How many weight copies the products hold now (packed float32 ones and, under bf16,
// bfloat16 ones; those of weights that died are dropped at the next product).
size_t packedWeightsHeld();

// Which single-threaded GEMMs attendInto's blocks use: the packed-weight kernel
// (packed_gemm.h) where the CPU has AVX2 and FMA, else the process's BLAS; or the BLAS in
// any case (so tests reach that path on every machine).
enum class BlockGemm
{
    Fastest,
    Blas
};

// The same attention written into `out` [..., Tq, dv], which may be a permuted view (the
// layout the next projection wants). On the CPU in float32 without autograd it runs the
// (batch, head, window) blocks in parallel with single-threaded GEMMs
// (block_attention.cpp); otherwise, or with no usable GEMM, it falls back to `attend`.
void attendInto(const torch::Tensor &q, const torch::Tensor &k, const torch::Tensor &v,
                double scale, torch::Tensor out, BlockGemm kernel = BlockGemm::Fastest);

// Caches a position embedding resampled to the grids seen so far (one entry per size);
// cleared whenever weights are (re)loaded.
class PosEmbedCache
{
public:
    // `posEmbed` [1, prefix + h0*w0, C] -> [1, prefix + h*w, C].
    torch::Tensor get(const torch::Tensor &posEmbed, int64_t prefix,
                      std::pair<int64_t, int64_t> oldGrid, std::pair<int64_t, int64_t> newGrid);
    void clear() { m_cache.clear(); }

private:
    std::map<std::pair<int64_t, int64_t>, torch::Tensor> m_cache;
};

// timm's resample_abs_pos_embed: [1, prefix + h0*w0, C] -> [1, prefix + h*w, C], bicubic,
// antialiased, prefix tokens kept as they are.
torch::Tensor resampleAbsPosEmbed(const torch::Tensor &posEmbed, int64_t prefix,
                                  std::pair<int64_t, int64_t> oldGrid,
                                  std::pair<int64_t, int64_t> newGrid);

// norm(x) for a LayerNorm over the last dimension, computed by our AVX2 rows
// (row_layer_norm.cpp) on the CPU in float32 without autograd, by LibTorch otherwise.
torch::Tensor layerNormRows(torch::nn::LayerNorm norm, const torch::Tensor &x);

// Hiera's token order (hiera_token_order.cpp). unrollTokens: the patch embedding's NCHW
// [B, C, H, W] plus the position embedding [1, H*W, C] (raster) -> tokens [B, H*W, C] with
// `levels` 2x2 strides outermost (timm's unroll). rerollTokens: tokens [B, N, C] with
// `levels` strides still outermost -> NCHW [B, C, height, width].
torch::Tensor unrollTokens(const torch::Tensor &grid, const torch::Tensor &pos, int levels);
torch::Tensor rerollTokens(const torch::Tensor &tokens, int levels, int64_t height, int64_t width);
// Hiera's q-pooling: rows [B, N, ld] seen as [B, stride, N / stride, ld] -> the maximum over
// the stride of their first `columns` columns, [B, N / stride, columns] (q is the first
// part of the fused qkv rows).
torch::Tensor maxPoolTokens(const torch::Tensor &rows, int64_t stride, int64_t columns);

class HieraImpl : public torch::nn::Module
{
public:
    explicit HieraImpl(const HieraConfig &config);
    std::vector<torch::Tensor> forwardStages(const torch::Tensor &x);
    const HieraConfig &config() const { return m_config; }
    void clearCaches() { m_posCache.clear(); }

private:
    HieraConfig m_config;
    torch::nn::Conv2d m_patchEmbed{nullptr};
    torch::Tensor m_posEmbed;
    torch::nn::ModuleList m_blocks;
    std::vector<int> m_stageEnds; // index of each stage's last block
    PosEmbedCache m_posCache;
};
TORCH_MODULE(Hiera);

class DinoV2Impl : public torch::nn::Module
{
public:
    explicit DinoV2Impl(const DinoV2Config &config);
    // All tokens after the final norm: [B, prefix + (H/14)*(W/14), D] (class token first,
    // then the register tokens, then the patches in raster order).
    torch::Tensor forwardTokens(const torch::Tensor &x);
    torch::Tensor forwardPatchGrid(const torch::Tensor &x);
    const DinoV2Config &config() const { return m_config; }
    void clearCaches() { m_posCache.clear(); }

private:
    DinoV2Config m_config;
    torch::nn::Conv2d m_patchEmbed{nullptr};
    torch::Tensor m_clsToken, m_regToken, m_posEmbed;
    torch::nn::ModuleList m_blocks;
    torch::nn::LayerNorm m_norm{nullptr};
    PosEmbedCache m_posCache;
};
TORCH_MODULE(DinoV2);

// A backbone ready for inference (eval mode, frozen) and where its weights came from.
template <typename Module> struct LoadedBackbone
{
    Module module{nullptr};
    WeightsSource source; // untrained == true for random:<variant>: flag results downstream
};
using LoadedHiera = LoadedBackbone<Hiera>;
using LoadedDinoV2 = LoadedBackbone<DinoV2>;

// Builds the backbone a weights spec names (see weights_spec.h): `random:<variant>[:seed]`,
// a registry name (file in `modelsDir`) or a .safetensors path. Every expected key and
// shape is checked before anything is copied; problems throw nexvitad::Error.
LoadedHiera loadHiera(const QString &spec, const QString &modelsDir,
                      const torch::Device &device = torch::kCPU);
LoadedDinoV2 loadDinoV2(const QString &spec, const QString &modelsDir,
                        const torch::Device &device = torch::kCPU);

// The pieces the loaders are made of (tests use them directly).
// Copies a checkpoint into `module`, whose parameter names must be `variant`'s expected
// keys; a file that does not fit is refused naming its missing / unexpected / mismatched
// keys.
void loadWeightsInto(torch::nn::Module &module, const QString &variant, const QString &path);
// Deterministic random initialisation (timm-like scales) from `seed`, independent of
// torch's global generator.
void initRandom(torch::nn::Module &module, uint64_t seed);

} // namespace nexvitad::backbones

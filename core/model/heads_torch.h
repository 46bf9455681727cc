#pragma once
// Decoder heads (method.md 2), private: torch types.

#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/pimpl.h>
#include <vector>

namespace nexvitad::model {

// Conv3x3 (padding 1, no bias: BatchNorm follows) + BatchNorm + ReLU.
class ConvBlockImpl : public torch::nn::Module
{
public:
    ConvBlockImpl(int64_t in, int64_t out);
    torch::Tensor forward(const torch::Tensor &x);

    torch::nn::Conv2d conv{nullptr};
    torch::nn::BatchNorm2d norm{nullptr};
};
TORCH_MODULE(ConvBlock);

// Hierarchical UNet-like segmentation head: x = F_4; for n = 3, 2, 1:
// x = ConvBlock(concat(Up(x), F_n)) with Up = ConvTranspose2d(k 2, s 2) keeping x's
// channels and the blocks' widths `widths` (default 256, 128, 64); then ConvBlock(last
// width) and a 1x1 conv to 2 logits at S/4, bilinearly upsampled to the output size.
class SegmentationHeadImpl : public torch::nn::Module
{
public:
    // featureChannels: channels of F_1..F_4 (2 d_n each).
    SegmentationHeadImpl(const std::vector<int64_t> &featureChannels,
                         const std::vector<int64_t> &widths = {256, 128, 64});
    // Logits [B, 2, outHeight, outWidth].
    torch::Tensor forward(const std::vector<torch::Tensor> &features, int64_t outHeight,
                          int64_t outWidth);

private:
    std::vector<torch::nn::ConvTranspose2d> m_ups; // for n = 3, 2, 1
    std::vector<ConvBlock> m_blocks;               // for n = 3, 2, 1
    ConvBlock m_final{nullptr};
    torch::nn::Conv2d m_logits{nullptr};
};
TORCH_MODULE(SegmentationHead);

// Pseudo-labelling head: 1x1 convs d_4 -> 64 -> 32 -> 2 (ReLU after the first two) on the
// adapted Hiera stage-4 features, logits upsampled bilinearly to the output size.
class PseudoLabelHeadImpl : public torch::nn::Module
{
public:
    PseudoLabelHeadImpl(int64_t stage4Channels, const std::vector<int64_t> &hidden = {64, 32});
    torch::Tensor forward(const torch::Tensor &adaptedStage4, int64_t outHeight, int64_t outWidth);

private:
    std::vector<torch::nn::Conv2d> m_convs;
};
TORCH_MODULE(PseudoLabelHead);

// Bilinear (align_corners = false) resize of logits to (height, width); a no-op when equal.
torch::Tensor upsampleLogits(const torch::Tensor &logits, int64_t height, int64_t width);

} // namespace nexvitad::model

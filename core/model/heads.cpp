#include "model/heads_torch.h"

#include <torch/nn/functional/upsampling.h>
#include <torch/torch.h>

namespace F = torch::nn::functional;

namespace nexvitad::model {

ConvBlockImpl::ConvBlockImpl(int64_t in, int64_t out)
{
    conv = register_module(
        "conv", torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 3).padding(1).bias(false)));
    norm = register_module("norm", torch::nn::BatchNorm2d(out));
}

torch::Tensor ConvBlockImpl::forward(const torch::Tensor &x)
{
    return torch::relu(norm->forward(conv->forward(x)));
}

torch::Tensor upsampleLogits(const torch::Tensor &logits, int64_t height, int64_t width)
{
    if (logits.size(2) == height && logits.size(3) == width)
        return logits;
    return F::interpolate(logits, F::InterpolateFuncOptions()
                                      .size(std::vector<int64_t>{height, width})
                                      .mode(torch::kBilinear)
                                      .align_corners(false));
}

SegmentationHeadImpl::SegmentationHeadImpl(const std::vector<int64_t> &featureChannels,
                                           const std::vector<int64_t> &widths)
{
    TORCH_CHECK(featureChannels.size() == 4, "segmentation head needs 4 feature levels");
    TORCH_CHECK(widths.size() == 3, "segmentation head needs 3 block widths");
    int64_t channels = featureChannels[3];
    for (int level = 2, i = 0; level >= 0; --level, ++i) {
        const std::string name = std::to_string(level + 1); // n = 3, 2, 1
        m_ups.push_back(register_module(
            "up" + name, torch::nn::ConvTranspose2d(
                             torch::nn::ConvTranspose2dOptions(channels, channels, 2).stride(2))));
        m_blocks.push_back(register_module(
            "block" + name, ConvBlock(channels + featureChannels[level], widths[i])));
        channels = widths[i];
    }
    m_final = register_module("final", ConvBlock(channels, channels));
    m_logits =
        register_module("logits", torch::nn::Conv2d(torch::nn::Conv2dOptions(channels, 2, 1)));
}

torch::Tensor SegmentationHeadImpl::forward(const std::vector<torch::Tensor> &features,
                                            int64_t outHeight, int64_t outWidth)
{
    TORCH_CHECK(features.size() == 4, "segmentation head needs F_1..F_4");
    torch::Tensor x = features[3];
    for (int level = 2, i = 0; level >= 0; --level, ++i)
        x = m_blocks[i]->forward(torch::cat({m_ups[i]->forward(x), features[level]}, 1));
    return upsampleLogits(m_logits->forward(m_final->forward(x)), outHeight, outWidth);
}

PseudoLabelHeadImpl::PseudoLabelHeadImpl(int64_t stage4Channels, const std::vector<int64_t> &hidden)
{
    int64_t in = stage4Channels;
    std::vector<int64_t> widths = hidden;
    widths.push_back(2);
    for (size_t i = 0; i < widths.size(); ++i) {
        m_convs.push_back(
            register_module("conv" + std::to_string(i + 1),
                            torch::nn::Conv2d(torch::nn::Conv2dOptions(in, widths[i], 1))));
        in = widths[i];
    }
}

torch::Tensor PseudoLabelHeadImpl::forward(const torch::Tensor &adaptedStage4, int64_t outHeight,
                                           int64_t outWidth)
{
    torch::Tensor x = adaptedStage4;
    for (size_t i = 0; i < m_convs.size(); ++i) {
        x = m_convs[i]->forward(x);
        if (i + 1 < m_convs.size())
            x = torch::relu(x);
    }
    return upsampleLogits(x, outHeight, outWidth);
}

} // namespace nexvitad::model

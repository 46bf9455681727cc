#include "train/augmentation_torch.h"

#include <ATen/CPUGeneratorImpl.h>
#include <cmath>
#include <torch/torch.h>

namespace nexvitad::train {
namespace {

// One axis of the rescale as gather indices plus a 0/1 mask of in-range positions.
struct AxisMap
{
    torch::Tensor index; // [S] int64, clamped into range
    torch::Tensor keep;  // [S] bool
};

AxisMap toAxisMap(const std::vector<int64_t> &src, const torch::Device &device)
{
    std::vector<int64_t> clamped(src.size());
    std::vector<uint8_t> keep(src.size());
    for (size_t j = 0; j < src.size(); ++j) {
        keep[j] = src[j] >= 0;
        clamped[j] = src[j] >= 0 ? src[j] : 0;
    }
    const auto n = int64_t(src.size());
    return {torch::tensor(clamped, torch::kLong).to(device),
            torch::from_blob(keep.data(), {n}, torch::kUInt8).to(torch::kBool).to(device)};
}

// Gathers along the last two dims and zeroes the positions outside.
torch::Tensor gather2d(const torch::Tensor &x, const AxisMap &axis)
{
    const int64_t h = x.dim() - 2, w = x.dim() - 1;
    torch::Tensor y = x.index_select(h, axis.index).index_select(w, axis.index);
    const torch::Tensor keep = axis.keep.unsqueeze(1) & axis.keep.unsqueeze(0);
    return y * keep.to(y.scalar_type());
}

// For every source pixel i, the first output pixel j whose source is i (-1: none).
std::vector<int64_t> inverseIndex(const std::vector<int64_t> &src)
{
    std::vector<int64_t> inv(src.size(), -1);
    for (size_t j = 0; j < src.size(); ++j)
        if (src[j] >= 0 && inv[src[j]] < 0)
            inv[src[j]] = int64_t(j);
    return inv;
}

void requireSquare(const torch::Tensor &x)
{
    TORCH_CHECK(x.dim() >= 2 && x.size(-1) == x.size(-2), "augmentation needs a square grid, got ",
                x.sizes());
}

} // namespace

std::vector<int64_t> rescaleSourceIndex(int64_t size, double scale)
{
    std::vector<int64_t> src(size);
    const double half = size / 2.0;
    for (int64_t j = 0; j < size; ++j) {
        const auto i = int64_t(std::floor((j + 0.5 - half) / scale + half));
        src[j] = (i >= 0 && i < size) ? i : -1;
    }
    return src;
}

torch::Tensor applyGeometric(const Augmentation &aug, const torch::Tensor &x)
{
    requireSquare(x);
    torch::Tensor y = x;
    if (aug.scaleLevel >= 0)
        y = gather2d(y, toAxisMap(rescaleSourceIndex(x.size(-1), aug.scale), x.device()));
    if (aug.rot90 != 0)
        y = torch::rot90(y, aug.rot90, {-2, -1});
    if (aug.flip)
        y = torch::flip(y, {-1});
    return y;
}

torch::Tensor invertGeometric(const Augmentation &aug, const torch::Tensor &y)
{
    requireSquare(y);
    torch::Tensor x = y;
    if (aug.flip)
        x = torch::flip(x, {-1});
    if (aug.rot90 != 0)
        x = torch::rot90(x, -aug.rot90, {-2, -1});
    if (aug.scaleLevel >= 0)
        x = gather2d(
            x, toAxisMap(inverseIndex(rescaleSourceIndex(y.size(-1), aug.scale)), y.device()));
    return x;
}

torch::Tensor validAfterInverse(const Augmentation &aug, int64_t size, const torch::Device &device)
{
    if (aug.scaleLevel < 0)
        return torch::ones({size, size}, torch::TensorOptions(torch::kBool).device(device));
    const AxisMap axis = toAxisMap(inverseIndex(rescaleSourceIndex(size, aug.scale)), device);
    return axis.keep.unsqueeze(1) & axis.keep.unsqueeze(0);
}

torch::Tensor applyToImage(const Augmentation &aug, const torch::Tensor &image, double noiseStd)
{
    torch::Tensor y = applyGeometric(aug, image);
    if (aug.noise && noiseStd > 0.0) {
        auto generator = at::make_generator<at::CPUGeneratorImpl>(aug.noiseSeed);
        const torch::Tensor noise =
            torch::randn(y.sizes(), generator, torch::TensorOptions(torch::kFloat32));
        y = y + (noise * noiseStd).to(y.device(), y.scalar_type());
    }
    return y;
}

} // namespace nexvitad::train

#include "train/input_resize_torch.h"

#include <algorithm>
#include <cmath>
#include <torch/nn/functional/upsampling.h>

namespace F = torch::nn::functional;

namespace nexvitad::train {

torch::Tensor resizeForPatches(const torch::Tensor &images, int64_t patchSize)
{
    auto nearest = [&](int64_t side) {
        return std::max<int64_t>(
            patchSize, int64_t(std::llround(double(side) / double(patchSize))) * patchSize);
    };
    const int64_t h = nearest(images.size(2)), w = nearest(images.size(3));
    if (h == images.size(2) && w == images.size(3))
        return images;
    return F::interpolate(images, F::InterpolateFuncOptions()
                                      .size(std::vector<int64_t>{h, w})
                                      .mode(torch::kBilinear)
                                      .align_corners(false));
}

} // namespace nexvitad::train

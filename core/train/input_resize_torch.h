#pragma once
// DINOv2 sees the S x S image resized to the nearest multiple of its patch size (method.md
// Notation): bilinear, align_corners = false, no antialiasing; a no-op when S already is a
// multiple (224 = 16 x 14). Training and inference must share this one definition.

#include <torch/types.h>

namespace nexvitad::train {

torch::Tensor resizeForPatches(const torch::Tensor &images, int64_t patchSize);

} // namespace nexvitad::train

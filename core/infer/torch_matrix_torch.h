#pragma once
// Conversions between the public FeatureMatrix and LibTorch tensors (private header).

#include "infer/feature_matrix.h"

#include <torch/torch.h>

namespace nexvitad::infer {

// A CPU float32 view of `m` (no copy). The view must not outlive `m` and is not written to.
inline torch::Tensor asTensor(const FeatureMatrix &m)
{
    return torch::from_blob(const_cast<float *>(m.values.data()), {m.rows, m.cols},
                            torch::TensorOptions().dtype(torch::kFloat32));
}

// Copies a 2-D tensor (any device, any floating dtype) into a FeatureMatrix.
inline FeatureMatrix toFeatureMatrix(const torch::Tensor &t)
{
    const torch::Tensor cpu = t.detach().to(torch::kCPU, torch::kFloat32).contiguous();
    FeatureMatrix m(cpu.size(0), cpu.size(1));
    std::copy_n(cpu.data_ptr<float>(), cpu.numel(), m.values.data());
    return m;
}

} // namespace nexvitad::infer

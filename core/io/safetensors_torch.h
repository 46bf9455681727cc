#pragma once
// LibTorch glue for io/safetensors.h (private: torch types). Every tensor comes back as a
// float32 CPU tensor that owns its memory (F16 / BF16 converted), so nothing points into a
// memory map that may be closed later.

#include "io/safetensors.h"

#include <torch/types.h>

#include <map>
#include <string>

namespace nexvitad::io {

// One validated tensor of `file` as an owning float32 CPU tensor of its shape.
torch::Tensor toFloat32Tensor(const SafeTensorsFile &file, const TensorInfo &info);

// Every tensor of a safetensors file, converted to float32 (throws nexvitad::Error naming
// the file when it is unreadable or malformed).
std::map<std::string, torch::Tensor> loadSafeTensors(const QString &path);

// Writes float tensors (any device / dtype / layout: stored as contiguous F32) and string
// metadata atomically. Throws nexvitad::Error naming the path.
void saveSafeTensors(const QString &path, const std::map<std::string, torch::Tensor> &tensors,
                     const QMap<QString, QString> &metadata = {});

} // namespace nexvitad::io

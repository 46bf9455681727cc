#pragma once
// The feature cache's file format (see feature_cache_torch.h for the layout).

#include "model/frozen_features_torch.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace nexvitad::train {

// Tensors must be CPU, contiguous float32.
QByteArray encodeFeatureFile(const QString &keyText, const model::FrozenFeatures &features);
// nullopt when the file is missing, malformed, truncated or made for another key.
std::optional<model::FrozenFeatures> decodeFeatureFile(const QString &path,
                                                       const QString &expectedKeyText);

} // namespace nexvitad::train

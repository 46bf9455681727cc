#pragma once
// The images one training run uses, decoded once and kept in memory as tensors
// (private: torch types). Source images: each source class's train/good and its labelled
// test/* images (masks; an image without mask is all normal). Target images: the target
// classes' train/good, or the images of the `target_pool` folder (one target class only).
// No target test image ever enters training; a pool that overlaps them is refused.

#include "data/manifest.h"

#include <QString>
#include <QStringList>
#include <torch/types.h>
#include <vector>

namespace nexvitad {
class Progress;
}

namespace nexvitad::train {

struct TrainingImage
{
    torch::Tensor image; // [3, S, S] float32, normalised, CPU
    torch::Tensor mask;  // [S, S] int64 0/1 (source); undefined for target images
    QString hash;        // content hash of `image` (feature-cache key)
    int classIndex = 0;  // into TrainingSet::sourceClasses or ::targetClasses
    QString path;        // for messages
};

struct TrainingSet
{
    QStringList sourceClasses;
    QStringList targetClasses;
    std::vector<TrainingImage> source;
    std::vector<TrainingImage> target;
};

// Validates the class names (unknown, duplicate, overlap: nexvitad::Error), refuses a
// target class without images, then decodes everything at `size`. Cancelable.
TrainingSet loadTrainingSet(const data::Manifest &manifest, const QStringList &sourceClasses,
                            const QStringList &targetClasses, const QString &targetPool, int size,
                            Progress &progress);

} // namespace nexvitad::train

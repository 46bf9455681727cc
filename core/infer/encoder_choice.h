#pragma once
// Which encoder a memory bank is built with (plain types, public): a training run's
// adapters and projections, or an untrained encoder (identity adapters, seeded
// projections) on the given backbones. Weights specs as in docs/weights.md.

#include <QString>
#include <QtGlobal>

namespace nexvitad::infer {

struct EncoderChoice
{
    QString runDir;             // empty: untrained encoder
    QString targetClass;        // run only: whose segmentation head; empty: the run's first
    QString hieraSpec = QStringLiteral("random:hiera_tiny_224"); // untrained only
    QString dinoSpec = QStringLiteral("random:vit_small_patch14_dinov2"); // untrained only
    int imageSize = 224;        // untrained only (a run uses its config's size)
    int adapterReduction = 4;   // untrained only
    quint64 projectionSeed = 0; // untrained only
    QString modelsDir;          // where registry weights live (settings)
    QString device = QStringLiteral("cpu");
};

} // namespace nexvitad::infer

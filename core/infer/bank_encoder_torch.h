#pragma once
// The encoder a memory bank is built and inspected with (method.md 1 and 4), private:
// torch types. Frozen Hiera + DINOv2 and the trainable part (adapters, projections), either
//   - trained: taken from a training run's checkpoint, with the target class's
//     segmentation head for `inference = decoder`;
//   - untrained: every adapter the identity (W_up = 0, b_up = 0) and the projections
//     initialised from a seed;
//   - restored from a bank file, whose extra tensors hold the trainable weights under the
//     names of docs/inference.md ("encoder.adapter1.down.weight", ...,
//     "target_head.<...>"), so a bank plus the two backbone files is all a line PC needs.

#include "infer/encoder_choice.h"
#include "infer/memory_bank.h"
#include "model/heads_torch.h"
#include "model/trainable_encoder_torch.h"
#include "train/frozen_backbones_torch.h"

#include <QJsonObject>
#include <memory>
#include <optional>
#include <vector>

namespace nexvitad::infer {

class BankEncoder
{
public:
    // Throws nexvitad::Error (naming the file) for bad specs, runs or classes.
    static BankEncoder create(const EncoderChoice &choice);
    // From a bank's metadata and extra tensors; the backbones come from `modelsDir`.
    static BankEncoder fromBank(const MemoryBank &bank, const QString &modelsDir,
                                const QString &device);

    int imageSize() const { return m_imageSize; }
    const torch::Device &device() const { return m_device; }
    bool hasDecoderHead() const { return bool(m_head); }
    bool untrainedBackbone() const { return m_description.value(QStringLiteral("untrained_backbone")).toBool(); }

    // images: [B, 3, S, S] normalised (any device). Returns F_n for the given stages
    // (1..4), [B, 2 d_n, h_n, w_n] on the encoder's device. No gradients.
    std::vector<torch::Tensor> encode(const torch::Tensor &images, const std::vector<int> &stages);
    // The target segmentation head's defect probability [B, S, S] (inference = decoder).
    // Throws nexvitad::Error when the encoder has no head (untrained, or an old bank).
    torch::Tensor decoderDefectProbability(const torch::Tensor &images);

    // The bank's "encoder" metadata: backbone specs and variants, image size, adapter
    // reduction, run, target class, untrained flags, head widths.
    const QJsonObject &description() const { return m_description; }
    // Identities of the weights: "backbones" (names + weight digests, as the feature
    // cache uses) and "trainable" (SHA-256 of the trainable tensors' bytes).
    QMap<QString, QString> hashes() const;
    // The trainable weights as named tensors for the bank file.
    std::vector<ExtraTensor> exportWeights() const;

private:
    BankEncoder() = default;

    std::shared_ptr<train::FrozenBackbones> m_backbones;
    model::TrainableEncoder m_encoder{nullptr};
    model::SegmentationHead m_head{nullptr};
    int m_imageSize = 224;
    torch::Device m_device{torch::kCPU};
    QJsonObject m_description;
};

} // namespace nexvitad::infer

#pragma once
// Everything that trains (method.md 3): the encoder's adapters and projections and the
// multi-task decoder. The frozen backbones are not part of it: it consumes their outputs
// (FrozenFeatures), which is what makes the feature cache possible.

#include "model/decoder_torch.h"
#include "model/trainable_encoder_torch.h"

namespace nexvitad::model {

class TrainableModelImpl : public torch::nn::Module
{
public:
    explicit TrainableModelImpl(const ModelSpec &spec);

    EncoderOutput encode(const FrozenFeatures &frozen);
    // Logits [B, 2, size, size] of the respective head.
    torch::Tensor sourceLogits(const EncoderOutput &enc, int sourceClass, int64_t size);
    torch::Tensor targetLogits(const EncoderOutput &enc, int targetClass, int64_t size);
    torch::Tensor pseudoLogits(const EncoderOutput &enc, int targetClass, int64_t size);

    const ModelSpec &spec() const { return m_spec; }
    TrainableEncoder &encoder() { return m_encoder; }
    MultiTaskDecoder &decoder() { return m_decoder; }

private:
    ModelSpec m_spec;
    TrainableEncoder m_encoder{nullptr};
    MultiTaskDecoder m_decoder{nullptr};
};
TORCH_MODULE(TrainableModel);

} // namespace nexvitad::model

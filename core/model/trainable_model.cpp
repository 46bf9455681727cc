#include "model/trainable_model_torch.h"

#include <torch/torch.h>

namespace nexvitad::model {

TrainableModelImpl::TrainableModelImpl(const ModelSpec &spec) : m_spec(spec)
{
    m_encoder = register_module(
        "encoder", TrainableEncoder(spec.hieraChannels, spec.dinoChannels, spec.adapterReduction));
    m_decoder = register_module("decoder", MultiTaskDecoder(spec));
}

EncoderOutput TrainableModelImpl::encode(const FrozenFeatures &frozen)
{
    return m_encoder->forward(frozen);
}

torch::Tensor TrainableModelImpl::sourceLogits(const EncoderOutput &enc, int sourceClass,
                                               int64_t size)
{
    return m_decoder->sourceHead(sourceClass)->forward(enc.features, size, size);
}

torch::Tensor TrainableModelImpl::targetLogits(const EncoderOutput &enc, int targetClass,
                                               int64_t size)
{
    return m_decoder->targetHead(targetClass)->forward(enc.features, size, size);
}

torch::Tensor TrainableModelImpl::pseudoLogits(const EncoderOutput &enc, int targetClass,
                                               int64_t size)
{
    return m_decoder->pseudoHead(targetClass)->forward(enc.adaptedStage4, size, size);
}

} // namespace nexvitad::model

#pragma once
// The multi-task decoder (method.md 2): a segmentation head per source class (or one
// shared head when mtl is off), and per target class a segmentation head plus, when
// pseudo-labels are on, a pseudo-labelling head.

#include "model/heads_torch.h"
#include "model/model_spec.h"

#include <vector>

namespace nexvitad::model {

class MultiTaskDecoderImpl : public torch::nn::Module
{
public:
    explicit MultiTaskDecoderImpl(const ModelSpec &spec);

    // The head serving source class `sourceClass` (the shared one when mtl is off).
    SegmentationHead &sourceHead(int sourceClass);
    SegmentationHead &targetHead(int targetClass);
    PseudoLabelHead &pseudoHead(int targetClass); // throws when pseudo-labels are off

    const ModelSpec &spec() const { return m_spec; }

private:
    ModelSpec m_spec;
    std::vector<SegmentationHead> m_source;
    std::vector<SegmentationHead> m_target;
    std::vector<PseudoLabelHead> m_pseudo;
};
TORCH_MODULE(MultiTaskDecoder);

} // namespace nexvitad::model

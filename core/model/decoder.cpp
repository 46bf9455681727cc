#include "model/decoder_torch.h"

#include <QStringList>
#include <torch/torch.h>

namespace nexvitad::model {

QString ModelSpec::describe() const
{
    auto list = [](const std::vector<int64_t> &v) {
        QStringList parts;
        for (int64_t x : v)
            parts << QString::number(x);
        return parts.join(QLatin1Char(','));
    };
    return QStringLiteral("hiera=%1 dino=%2 reduction=%3 widths=%4 pseudo_hidden=%5 "
                          "source=%6 target=%7 mtl=%8 pseudo_labels=%9")
        .arg(list(hieraChannels))
        .arg(dinoChannels)
        .arg(adapterReduction)
        .arg(list(decoderWidths), list(pseudoHidden))
        .arg(sourceClasses)
        .arg(targetClasses)
        .arg(mtl ? 1 : 0)
        .arg(pseudoLabels ? 1 : 0);
}

MultiTaskDecoderImpl::MultiTaskDecoderImpl(const ModelSpec &spec) : m_spec(spec)
{
    TORCH_CHECK(spec.hieraChannels.size() == 4, "decoder: 4 Hiera stages expected");
    TORCH_CHECK(spec.sourceClasses >= 1 && spec.targetClasses >= 1,
                "decoder: at least one source and one target class");
    std::vector<int64_t> featureChannels;
    for (int64_t d : spec.hieraChannels)
        featureChannels.push_back(2 * d); // interleaved Hiera + DINOv2
    for (int i = 0; i < spec.sourceHeadCount(); ++i)
        m_source.push_back(register_module("source_seg" + std::to_string(i),
                                           SegmentationHead(featureChannels, spec.decoderWidths)));
    for (int j = 0; j < spec.targetClasses; ++j) {
        m_target.push_back(register_module("target_seg" + std::to_string(j),
                                           SegmentationHead(featureChannels, spec.decoderWidths)));
        if (spec.pseudoLabels)
            m_pseudo.push_back(
                register_module("target_pseudo" + std::to_string(j),
                                PseudoLabelHead(spec.hieraChannels[3], spec.pseudoHidden)));
    }
}

SegmentationHead &MultiTaskDecoderImpl::sourceHead(int sourceClass)
{
    TORCH_CHECK(sourceClass >= 0 && sourceClass < m_spec.sourceClasses, "decoder: no source class ",
                sourceClass);
    return m_source.at(m_spec.mtl ? sourceClass : 0);
}

SegmentationHead &MultiTaskDecoderImpl::targetHead(int targetClass)
{
    return m_target.at(targetClass);
}

PseudoLabelHead &MultiTaskDecoderImpl::pseudoHead(int targetClass)
{
    TORCH_CHECK(m_spec.pseudoLabels, "decoder: pseudo-labelling heads are off");
    return m_pseudo.at(targetClass);
}

} // namespace nexvitad::model

#include "train/backbone_pair.h"

#include "backbones/backbones_torch.h"
#include "backbones/model_registry.h"
#include "backbones/weights_spec.h"
#include "common/error.h"
#include "io/chunked_read.h"
#include "train/frozen_backbones_torch.h"
#include "train/input_resize_torch.h"

#include <QCoreApplication>
#include <QFile>
#include <torch/torch.h>

namespace nexvitad::train {
namespace {

struct Pair
{
    Q_DECLARE_TR_FUNCTIONS(BackbonePair)
};

// A bare variant name stands for its first downloaded registry model.
QString resolveBareVariant(const QString &spec, backbones::Family family, const QString &modelsDir)
{
    const backbones::Variant *variant = backbones::findVariant(spec);
    if (!variant || variant->family != family)
        return spec;
    QStringList candidates;
    for (const backbones::KnownModel &m : backbones::knownModels())
        if (m.variant == spec) {
            if (QFile::exists(backbones::localWeightsPath(m, modelsDir)))
                return m.name;
            candidates << m.name;
        }
    throw Error(candidates.isEmpty()
                    ? Pair::tr("no pretrained weights are known for %1; use random:%1 or a "
                               ".safetensors file")
                          .arg(spec)
                    : Pair::tr("no weights of %1 are downloaded (nexvitad-cli weights download "
                               "%2), or use random:%1")
                          .arg(spec, candidates.first()),
                modelsDir);
}

// Hashes the weights file once; the digest serves the cache key and the records.
BackboneWeightsInfo weightsInfo(const backbones::WeightsSource &source)
{
    // The digest goes into cache keys that must change when the weights do.
    return {source.spec, source.variant, source.path,
            source.untrained ? QString() : io::sha256OfFile(source.path), source.untrained};
}

QString identityOf(const backbones::WeightsSource &source, const BackboneWeightsInfo &info)
{
    return source.untrained ? source.identity() : source.variant + QLatin1Char('@') + info.sha256;
}

class HieraDinoPair : public FrozenBackbones
{
public:
    HieraDinoPair(backbones::LoadedHiera hiera, backbones::LoadedDinoV2 dino)
        : m_hiera(std::move(hiera)), m_dino(std::move(dino))
    {
        m_info.hieraVariant = m_hiera.source.variant;
        m_info.dinoVariant = m_dino.source.variant;
        m_info.untrained = m_hiera.source.untrained || m_dino.source.untrained;
        m_info.hiera = weightsInfo(m_hiera.source);
        m_info.dino = weightsInfo(m_dino.source);
        m_info.identity = QStringLiteral("hiera=%1;dinov2=%2")
                              .arg(identityOf(m_hiera.source, m_info.hiera),
                                   identityOf(m_dino.source, m_info.dino));
    }

    model::FrozenFeatures extract(const torch::Tensor &images) override
    {
        torch::NoGradGuard noGrad;
        model::FrozenFeatures f;
        f.hiera = m_hiera.module->forwardStages(images);
        f.dino = m_dino.module->forwardPatchGrid(
            resizeForPatches(images, m_dino.module->config().patchSize));
        return f;
    }
    std::vector<int64_t> hieraChannels() const override
    {
        std::vector<int64_t> out;
        for (int n = 0; n < 4; ++n)
            out.push_back(m_hiera.module->config().stageDim(n));
        return out;
    }
    int64_t dinoChannels() const override { return m_dino.module->config().embedDim; }
    QString identity() const override { return m_info.identity; }
    const BackbonePairInfo &info() const { return m_info; }

private:
    backbones::LoadedHiera m_hiera;
    backbones::LoadedDinoV2 m_dino;
    BackbonePairInfo m_info;
};

} // namespace

std::shared_ptr<FrozenBackbones> loadBackbonePair(const QString &hieraSpec, const QString &dinoSpec,
                                                  const QString &modelsDir, const QString &device)
{
    const torch::Device dev(device.toStdString());
    auto hiera = backbones::loadHiera(
        resolveBareVariant(hieraSpec, backbones::Family::Hiera, modelsDir), modelsDir, dev);
    auto dino = backbones::loadDinoV2(
        resolveBareVariant(dinoSpec, backbones::Family::DinoV2, modelsDir), modelsDir, dev);
    return std::make_shared<HieraDinoPair>(std::move(hiera), std::move(dino));
}

namespace {
QJsonObject weightsJson(const BackboneWeightsInfo &w)
{
    return {{QStringLiteral("spec"), w.spec},
            {QStringLiteral("variant"), w.variant},
            {QStringLiteral("file"), w.file},
            {QStringLiteral("sha256"), w.sha256},
            {QStringLiteral("untrained"), w.untrained}};
}
} // namespace

QJsonObject backbonesJson(const BackbonePairInfo &backbones)
{
    return {{QStringLiteral("hiera"), weightsJson(backbones.hiera)},
            {QStringLiteral("dinov2"), weightsJson(backbones.dino)}};
}

BackbonePairInfo backbonePairInfo(const FrozenBackbones &backbones)
{
    if (const auto *pair = dynamic_cast<const HieraDinoPair *>(&backbones))
        return pair->info();
    BackbonePairInfo info;
    info.identity = backbones.identity();
    return info;
}

} // namespace nexvitad::train

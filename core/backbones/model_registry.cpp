#include "backbones/model_registry.h"

#include "backbones/weights_check.h"
#include "common/error.h"

#include <QDir>
#include <QFileInfo>

namespace nexvitad::backbones {

namespace {

KnownModel entry(const char *name, const char *variant, Family family)
{
    KnownModel m;
    m.name = QString::fromLatin1(name);
    m.variant = QString::fromLatin1(variant);
    m.family = family;
    m.url = huggingFaceUrl(m.name);
    // expectedBytes and sha256 stay unknown: nothing recorded for certain yet. Fill them in
    // from a verified download (`nexvitad-cli weights download` prints both), never from
    // memory; see docs/weights.md.
    return m;
}

} // namespace

QString familyName(Family family)
{
    return family == Family::Hiera ? QStringLiteral("hiera") : QStringLiteral("dinov2");
}

QString KnownModel::fileName() const
{
    return name + QStringLiteral(".safetensors");
}

QString huggingFaceUrl(const QString &name)
{
    return QStringLiteral("https://huggingface.co/timm/%1/resolve/main/model.safetensors").arg(name);
}

const std::vector<KnownModel> &knownModels()
{
    using F = Family;
    // Hiera: MAE pre-training on ImageNet-1k, then supervised fine-tuning (the checkpoints
    // carry a 1000-class head, which the loaders ignore). DINOv2: self-supervised on LVD-142M.
    static const std::vector<KnownModel> models = {
        entry("hiera_tiny_224.mae_in1k_ft_in1k", "hiera_tiny_224", F::Hiera),
        entry("hiera_small_224.mae_in1k_ft_in1k", "hiera_small_224", F::Hiera),
        entry("hiera_base_224.mae_in1k_ft_in1k", "hiera_base_224", F::Hiera),
        entry("hiera_base_plus_224.mae_in1k_ft_in1k", "hiera_base_plus_224", F::Hiera),
        entry("hiera_large_224.mae_in1k_ft_in1k", "hiera_large_224", F::Hiera),
        entry("hiera_huge_224.mae_in1k_ft_in1k", "hiera_huge_224", F::Hiera),
        entry("vit_small_patch14_dinov2.lvd142m", "vit_small_patch14_dinov2", F::DinoV2),
        entry("vit_small_patch14_reg4_dinov2.lvd142m", "vit_small_patch14_reg4_dinov2", F::DinoV2),
        entry("vit_base_patch14_dinov2.lvd142m", "vit_base_patch14_dinov2", F::DinoV2),
        entry("vit_base_patch14_reg4_dinov2.lvd142m", "vit_base_patch14_reg4_dinov2", F::DinoV2),
        entry("vit_large_patch14_dinov2.lvd142m", "vit_large_patch14_dinov2", F::DinoV2),
        entry("vit_large_patch14_reg4_dinov2.lvd142m", "vit_large_patch14_reg4_dinov2", F::DinoV2),
    };
    return models;
}

const KnownModel *findKnownModel(const QString &name)
{
    for (const KnownModel &m : knownModels()) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

QString localWeightsPath(const KnownModel &model, const QString &modelsDir)
{
    return QDir(modelsDir).filePath(model.fileName());
}

QString partialWeightsPath(const KnownModel &model, const QString &modelsDir)
{
    return localWeightsPath(model, modelsDir) + QStringLiteral(".part");
}

qint64 backboneParameterCount(const QString &variant)
{
    qint64 total = 0;
    const auto parameters = expectedParameters(variant);
    for (const std::vector<qint64> &shape : parameters) {
        qint64 n = 1;
        for (qint64 d : shape)
            n *= d;
        total += n;
    }
    return total;
}

WeightsStatus weightsStatus(const KnownModel &model, const QString &modelsDir)
{
    WeightsStatus s;
    s.path = localWeightsPath(model, modelsDir);
    const QFileInfo partial(partialWeightsPath(model, modelsDir));
    if (partial.isFile())
        s.partialBytes = partial.size();
    const QFileInfo info(s.path);
    s.exists = info.exists();
    if (!s.exists)
        return s;
    s.bytes = info.size();
    try {
        validateWeightsFile(s.path, model.variant);
        s.valid = true;
    } catch (const Error &e) {
        s.problem = e.message();
    }
    return s;
}

bool weightsPresent(const KnownModel &model, const QString &modelsDir)
{
    return weightsStatus(model, modelsDir).valid;
}

} // namespace nexvitad::backbones

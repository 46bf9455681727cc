// From a weights spec to a frozen backbone module: resolve the spec, build the variant's
// module, fill it (checkpoint or seeded random values), freeze it.
#include "backbones/backbones_torch.h"

#include "backbones/weights_check.h"
#include "common/error.h"
#include "io/safetensors_torch.h"

#include <QCoreApplication>
#include <QSet>

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

namespace nexvitad::backbones {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::backbones::Loader)
};

// The module's parameters must be exactly the keys weights_check expects for the variant:
// that is what lets validateWeightsFile speak for the loaders.
void checkModuleMatchesVariant(const torch::nn::Module &module, const QString &variant)
{
    const auto expected = expectedParameters(variant);
    const auto params = module.named_parameters(true);
    bool same = params.size() == size_t(expected.size());
    for (const auto &item : params) {
        const auto it = expected.constFind(QString::fromStdString(item.key()));
        same = same && it != expected.constEnd() &&
               std::equal(it->begin(), it->end(), item.value().sizes().begin(),
                          item.value().sizes().end());
    }
    if (!same)
        throw Error(Tr::tr("Internal error: the %1 module does not have the parameters its "
                           "checkpoints have.")
                        .arg(variant));
}

template <typename Module>
LoadedBackbone<Module> load(const QString &spec, Family family, const QString &modelsDir,
                            const torch::Device &device)
{
    LoadedBackbone<Module> loaded;
    loaded.source = resolveWeightsSpec(spec, family, modelsDir);
    const Variant &variant = requireVariant(loaded.source.variant, family);
    if constexpr (std::is_same_v<Module, Hiera>)
        loaded.module = Hiera(variant.hiera);
    else
        loaded.module = DinoV2(variant.dino);
    if (loaded.source.untrained)
        initRandom(*loaded.module, loaded.source.seed);
    else
        loadWeightsInto(*loaded.module, variant.name, loaded.source.path);
    loaded.module->clearCaches();
    for (auto &p : loaded.module->parameters())
        p.set_requires_grad(false);
    loaded.module->eval();
    loaded.module->to(device);
    return loaded;
}

} // namespace

void loadWeightsInto(torch::nn::Module &module, const QString &variant, const QString &path)
{
    checkModuleMatchesVariant(module, variant);
    const io::SafeTensorsFile file = io::SafeTensorsFile::open(path);
    throwIfBad(compareKeys(file.header(), variant), variant, path);
    torch::NoGradGuard noGrad;
    for (auto &item : module.named_parameters(true)) {
        const io::TensorInfo *info = file.find(QString::fromStdString(item.key()));
        item.value().copy_(io::toFloat32Tensor(file, *info)); // present: checked above
    }
}

void initRandom(torch::nn::Module &module, uint64_t seed)
{
    // Scales as timm initialises these models (trunc-normal 0.02 linears, unit norms,
    // LayerScale 1e-5, near-zero class/register tokens); drawn from our own generator so
    // that the same seed gives the same backbone whatever else used torch's RNG.
    at::Generator gen = at::make_generator<at::CPUGeneratorImpl>(seed);
    torch::NoGradGuard noGrad;
    auto draw = [&](torch::Tensor &p, double std) {
        p.copy_(at::normal(0.0, std, p.sizes(), gen, torch::TensorOptions(torch::kFloat32))
                    .clamp(-2.0 * std, 2.0 * std));
    };
    for (auto &item : module.named_parameters(true)) {
        const QString name = QString::fromStdString(item.key());
        torch::Tensor &p = item.value();
        const bool isNorm = name.contains(QLatin1String("norm"));
        if (name.endsWith(QLatin1String(".gamma")))
            p.fill_(1e-5);
        else if (name.endsWith(QLatin1String(".bias")))
            p.zero_();
        else if (isNorm)
            p.fill_(1.0);
        else if (name == QLatin1String("cls_token") || name == QLatin1String("reg_token"))
            draw(p, 1e-6);
        else if (name == QLatin1String("patch_embed.proj.weight"))
            draw(p, 1.0 / std::sqrt(double(p.numel() / p.size(0)))); // unit-variance output
        else
            draw(p, 0.02);
    }
}

LoadedHiera loadHiera(const QString &spec, const QString &modelsDir, const torch::Device &device)
{
    return load<Hiera>(spec, Family::Hiera, modelsDir, device);
}

LoadedDinoV2 loadDinoV2(const QString &spec, const QString &modelsDir,
                        const torch::Device &device)
{
    return load<DinoV2>(spec, Family::DinoV2, modelsDir, device);
}

} // namespace nexvitad::backbones

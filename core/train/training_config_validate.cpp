// Range checks of the training configuration: every check names the JSON key, so the
// message helps whether the value came from config.json or from --set.

#include "common/error.h"
#include "train/training_config.h"

namespace nexvitad::train {
namespace {

struct CfgCheck
{
    Q_DECLARE_TR_FUNCTIONS(TrainingConfig)
};

void require(bool ok, const char *key, const QString &what)
{
    if (!ok)
        throw Error(CfgCheck::tr("training setting \"%1\": %2").arg(QLatin1String(key), what));
}

void requireProbability(double p, const char *key)
{
    require(p >= 0.0 && p <= 1.0, key, CfgCheck::tr("must be a probability between 0 and 1"));
}

void requirePositiveList(const std::vector<int> &v, size_t size, const char *key)
{
    bool ok = size == 0 ? !v.empty() : v.size() == size;
    for (int x : v)
        ok = ok && x > 0;
    require(ok, key,
            size == 0 ? CfgCheck::tr("must be a non-empty list of positive integers")
                      : CfgCheck::tr("must be a list of %1 positive integers").arg(size));
}

} // namespace

void TrainingConfig::validate() const
{
    require(!hiera.trimmed().isEmpty(), "hiera", CfgCheck::tr("must name a Hiera variant"));
    require(!dinov2.trimmed().isEmpty(), "dinov2", CfgCheck::tr("must name a DINOv2 variant"));
    require(imageSize >= 32 && imageSize <= 2048 && imageSize % 32 == 0, "image_size",
            CfgCheck::tr("must be a multiple of 32 between 32 and 2048"));
    require(epochs >= 1 && epochs <= 100000, "epochs", CfgCheck::tr("must be at least 1"));
    require(batchSize >= 1 && batchSize <= 4096, "batch_size", CfgCheck::tr("must be at least 1"));
    require(seed >= 0, "seed", CfgCheck::tr("must not be negative"));
    require(lr > 0.0 && lr < 10.0, "lr", CfgCheck::tr("must be positive"));
    require(adamBeta1 >= 0.0 && adamBeta1 < 1.0, "adam_beta1", CfgCheck::tr("must be in [0, 1)"));
    require(adamBeta2 >= 0.0 && adamBeta2 < 1.0, "adam_beta2", CfgCheck::tr("must be in [0, 1)"));
    require(adamEps > 0.0, "adam_eps", CfgCheck::tr("must be positive"));
    require(weightDecay >= 0.0, "weight_decay", CfgCheck::tr("must not be negative"));
    require(lrWarmupFraction >= 0.0 && lrWarmupFraction < 1.0, "lr_warmup_fraction",
            CfgCheck::tr("must be in [0, 1)"));
    require(phase1Fraction >= 0.0 && phase1Fraction <= 1.0, "phase1_fraction",
            CfgCheck::tr("must be in [0, 1]"));
    require(lambda1 >= 0.0, "lambda1", CfgCheck::tr("must not be negative"));
    require(lambda2 >= 0.0, "lambda2", CfgCheck::tr("must not be negative"));
    require(theta >= 0.5 && theta < 1.0, "theta", CfgCheck::tr("must be in [0.5, 1)"));
    require(adapterReduction >= 1, "adapter_reduction", CfgCheck::tr("must be at least 1"));
    requirePositiveList(decoderWidths, 3, "decoder_widths");
    requirePositiveList(pseudoHidden, 0, "pseudo_hidden");
    requireProbability(augHflip, "aug_hflip");
    requireProbability(augVflip, "aug_vflip");
    requireProbability(augRot90, "aug_rot90");
    requireProbability(augScale, "aug_scale");
    requireProbability(augNoise, "aug_noise");
    require(augScaleMin > 0.0 && augScaleMin <= 1.0, "aug_scale_min", CfgCheck::tr("must be in (0, 1]"));
    require(augScaleMax >= 1.0 && augScaleMax <= 4.0, "aug_scale_max",
            CfgCheck::tr("must be in [1, 4]"));
    require(augScaleLevels >= 1 && augScaleLevels <= 64, "aug_scale_levels",
            CfgCheck::tr("must be between 1 and 64"));
    require(augNoiseStd >= 0.0, "aug_noise_std", CfgCheck::tr("must not be negative"));
    require(augVariants >= 0, "aug_variants", CfgCheck::tr("must not be negative"));
    require(cacheMemoryMb >= 0, "cache_memory_mb", CfgCheck::tr("must not be negative"));
}

} // namespace nexvitad::train

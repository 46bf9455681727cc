#pragma once
// The training configuration (method.md 3): every number of the method is a field with
// its method.md default. Saved as a JSON document with every run (config.json) and inside
// every checkpoint, so a resume can refuse a checkpoint of another configuration.
// Public header: plain types only.

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace nexvitad::train {

struct TrainingConfig
{
    QString preset = QStringLiteral("paper");

    // Backbones and input.
    QString hiera = QStringLiteral("hiera_huge_224");
    QString dinov2 = QStringLiteral("vit_small_patch14_dinov2");
    int imageSize = 224; // S, a multiple of 32

    // Optimisation.
    int epochs = 50;
    int batchSize = 8;
    qint64 seed = 0;
    double lr = 1e-4;
    double adamBeta1 = 0.9;
    double adamBeta2 = 0.999;
    double adamEps = 1e-8;
    double weightDecay = 0.0;
    double lrWarmupFraction = 0.05; // linear warm-up over this share of all steps
    double phase1Fraction = 0.2;    // source-only epochs: round(phase1Fraction * epochs)

    // Losses.
    double lambda1 = 1.0; // target cross-entropy
    double lambda2 = 1.0; // augmentation-consistency MSE
    double theta = 0.7;   // pseudo-label confidence threshold

    // Model.
    bool mtl = true;
    bool pseudoLabels = true;
    int adapterReduction = 4;
    std::vector<int> decoderWidths{256, 128, 64};
    std::vector<int> pseudoHidden{64, 32};

    // Augmentation (each with its own probability).
    double augHflip = 0.5;
    double augVflip = 0.5;
    double augRot90 = 0.5;
    double augScale = 0.5;
    double augScaleMin = 0.9;
    double augScaleMax = 1.1;
    // A scale is one of this many evenly spaced levels in [min, max] (linspace), not a
    // continuous value, so that an augmented image's frozen features can be cached.
    int augScaleLevels = 5;
    double augNoise = 0.5;
    double augNoiseStd = 0.02;
    // 0: a fresh augmentation per image and epoch. N > 0: each image draws from a fixed,
    // seeded set of N augmentations, so the feature cache covers all of them.
    int augVariants = 0;

    // Data and cache.
    QString targetPool; // empty: the target classes' train/good images
    int cacheMemoryMb = 4096;
    bool cacheOnDisk = true;

    // Derived values.
    int phase1Epochs() const;

    // JSON document (every field, plus "format" and "version").
    QJsonObject toJson() const;
    // Fields absent from `json` keep their defaults; unknown keys and bad values throw
    // nexvitad::Error naming `pathForErrors`. The result is validated.
    static TrainingConfig fromJson(const QJsonObject &json, const QString &pathForErrors = {});

    // Applies "key=value" (JSON key names). Throws nexvitad::Error for an unknown key, a
    // value of the wrong type or out of range (the config is validated afterwards).
    void applyOverride(const QString &assignment);

    // Throws nexvitad::Error describing the first invalid field.
    void validate() const;

    // Presets: "paper" (50 epochs, Hiera-huge + ViT-S/14) and "cpu" (Hiera-tiny + ViT-S/14,
    // sized so the demo trains in minutes on 2 cores with the feature cache).
    static TrainingConfig fromPreset(const QString &name);
    static QStringList presetNames();
    static QStringList keys();

    bool operator==(const TrainingConfig &) const = default;
};

// Loads / saves config.json (atomically). Errors name the file.
TrainingConfig loadTrainingConfig(const QString &path);
void saveTrainingConfig(const TrainingConfig &config, const QString &path);

} // namespace nexvitad::train

#pragma once
// How anomaly maps and image scores are made from nearest-prototype distances
// (method.md 4). Plain settings: part of the inference config and saved with a bank.

#include <QString>
#include <QtGlobal>

namespace nexvitad::infer {

enum class ImageScoreMode
{
    Max,            // the map's maximum (default, method.md)
    TopPercentMean, // the mean of the highest `topFraction` of the map's pixels
};

struct ScoringOptions
{
    int imageSize = 224; // S: maps are S x S
    double sigma = 2.0;  // Gaussian smoothing in S x S pixels; 0 disables it
    ImageScoreMode imageScore = ImageScoreMode::Max;
    double topFraction = 0.01;
    // Distance blocks (queries x prototypes) hold at most this many floats (64 MiB), which
    // bounds the memory of the exact all_patches search whatever the bank size.
    qint64 chunkElements = qint64(1) << 24;
};

// The Gaussian's radius in pixels: int(4 sigma + 0.5), as scipy.ndimage.gaussian_filter's
// default truncate = 4; the kernel has 2 * radius + 1 taps (17 for sigma = 2).
int gaussianRadius(double sigma);

QString imageScoreModeName(ImageScoreMode mode); // "max" | "top_percent_mean"
// Throws nexvitad::Error for an unknown name.
ImageScoreMode imageScoreModeFromName(const QString &name);

} // namespace nexvitad::infer

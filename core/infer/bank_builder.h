#pragma once
// Building and growing memory banks from image files (method.md 4), public: plain types.
// Images are decoded, resized to the encoder's S x S and encoded in batches; the bank
// keeps every image's patches, so growing it encodes only the new images.

#include "common/progress.h"
#include "data/manifest.h"
#include "infer/encoder_choice.h"
#include "infer/memory_bank.h"

#include <QStringList>
#include <vector>

namespace nexvitad::infer {

struct BankBuildRequest
{
    EncoderChoice encoder;
    QStringList images;           // good images of the target class (files)
    std::vector<int> layers{1, 2, 3, 4};
    PrototypeMode prototypes = PrototypeMode::SinkhornKMeans;
    SinkhornKMeansOptions clustering; // k, seed, ...
    ScoringOptions scoring;           // imageSize is set from the encoder
    int batchSize = 10;               // images encoded together
};

// Encodes, clusters and returns the bank (not yet saved). Throws nexvitad::Error naming the
// file for unreadable images, nexvitad::Canceled when canceled.
MemoryBank buildBank(const BankBuildRequest &request, Progress &progress = Progress::none());

// Encodes `images` with the bank's own encoder (its file's weights and the backbones in
// `modelsDir`), adds them and re-clusters. Images already in the bank are an error.
void addImagesToBank(MemoryBank &bank, const QStringList &images, const QString &modelsDir,
                     const QString &device, Progress &progress = Progress::none());

// `count` good images of a class: its train/good images, chosen at random from `seed`
// (all when there are fewer). Sorted by path. Throws nexvitad::Error for an unknown class.
QStringList chooseGoodImages(const data::Manifest &manifest, const QString &className, int count,
                             quint64 seed);

} // namespace nexvitad::infer

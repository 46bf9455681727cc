#pragma once
// The memory bank (method.md 4): for each chosen encoder layer, the patch features of M good
// images of the target class and the K prototypes clustered from them (or, with
// prototypes = all_patches, the patches themselves).
//
// The bank keeps every image's patch features, not only the prototypes, so that adding or
// removing a good image re-clusters without re-encoding the others. The cost is size
// (Hiera-tiny + ViT-S/14 at 224: about 4.5 MB per image for the four layers), which is
// small next to what re-encoding needs (the backbones and the images themselves).
//
// One file holds everything (docs/inference.md): a safetensors file with
//   patches.layer<n>     (M * h_n * w_n) x C_n, images in bank order
//   prototypes.layer<n>  K x C_n (sinkhorn_kmeans only; all_patches uses the patches)
//   explain.images       M x S x S x 3 U8: the images as the encoder saw them, for
//                        explanations by retrieval (bank_views.h); absent in older files
//   any extra tensors    kept verbatim (the encoder's trainable weights, added by the
//                        encoder integration under the names documented there)
// and the JSON description (run id, encoder hashes, layers, images and their SHA-256,
// clustering and scoring settings, thresholds) in the metadata entry "nexvitad.bank".
//
// The bank knows nothing about the encoder: it takes already-encoded features (the seam
// the encoder integration plugs into) and stores the encoder's identity as metadata.

#include "common/progress.h"
#include "infer/feature_matrix.h"
#include "infer/good_score_reference.h"
#include "infer/scoring_options.h"
#include "infer/sinkhorn_kmeans.h"
#include "infer/thresholds.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <opencv2/core/mat.hpp>
#include <vector>

namespace nexvitad::infer {

enum class PrototypeMode
{
    SinkhornKMeans,
    AllPatches
};

QString prototypeModeName(PrototypeMode mode); // "sinkhorn_kmeans" | "all_patches"

struct BankLayer
{
    int stage = 1; // encoder layer n (1..4)
    int gridHeight = 0;
    int gridWidth = 0;
    int channels = 0; // 2 d_n

    qint64 patchesPerImage() const { return qint64(gridHeight) * gridWidth; }
    bool operator==(const BankLayer &) const = default;
};

struct BankImage
{
    QString sha256; // of the image file: the image's identity in the bank
    QString name;   // for people (file name); not used to identify
    // One matrix per bank layer: (gridHeight * gridWidth) x channels, row = y * w + x.
    std::vector<FeatureMatrix> patches;
    // S x S CV_8UC3 RGB as the encoder saw it: what an explanation shows of the image.
    // Empty for banks saved before explanations existed.
    cv::Mat view;
};

// A named float tensor stored alongside (encoder weights); the bank does not interpret it.
struct ExtraTensor
{
    QString name;
    std::vector<qint64> shape;
    std::vector<float> values;

    bool operator==(const ExtraTensor &) const = default;
};

struct MemoryBankInfo
{
    QString runId;                        // empty: untrained encoder
    QMap<QString, QString> encoderHashes; // weights file -> SHA-256
    QJsonObject encoder;                  // encoder configuration, set by the integration
    std::vector<BankLayer> layers;
    PrototypeMode prototypes = PrototypeMode::SinkhornKMeans;
    SinkhornKMeansOptions clustering;
    ScoringOptions scoring;
};

class MemoryBank
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::infer::MemoryBank)
public:
    explicit MemoryBank(MemoryBankInfo info);

    const MemoryBankInfo &info() const { return m_info; }
    const std::vector<BankImage> &images() const { return m_images; }
    int imageCount() const { return int(m_images.size()); }
    bool contains(const QString &sha256) const;

    // Checks the features' shapes against the layers, the view (when there is one) against
    // S x S x 3 and the hash against the images already in the bank (nexvitad::Error
    // otherwise). Prototypes become stale.
    void addImage(BankImage image);
    // Returns false when no image has this hash. Prototypes become stale.
    bool removeImage(const QString &sha256);

    // Recomputes every layer's prototypes from the kept patches: Sinkhorn K-means per layer
    // (the same seed for each layer), or nothing to do for all_patches. Progress covers the
    // layers in order; cancel leaves the old prototypes (still stale).
    void recluster(Progress &progress = Progress::none());
    // What the last recluster() did per layer (iterations, seconds; empty with all_patches
    // or before the first recluster): for benchmarks and the bank builder's log.
    const std::vector<SinkhornKMeansStats> &clusteringStats() const { return m_clusteringStats; }
    // Another mode, K or seed for the next recluster(); the prototypes become stale.
    void setPrototypes(PrototypeMode mode, const SinkhornKMeansOptions &clustering);
    bool prototypesStale() const { return m_prototypesStale; }

    // Per layer, K x C (sinkhorn_kmeans) or all patches (all_patches). Throws
    // nexvitad::Error while stale.
    const std::vector<FeatureMatrix> &prototypes() const;
    // One layer's patches of all images, M * h * w rows, in bank order.
    FeatureMatrix layerPatches(size_t layer) const;

    // Explanations by retrieval (patch_retrieval.h) show the bank images' views: possible
    // when every image has one (banks built before explanations existed have none).
    bool canExplain() const;
    // Why explanations are off for this bank (translated); empty when canExplain().
    QString explainUnavailableReason() const;
    // That reason for any bank file without images (also for bank_views.h).
    static QString imagesMissingText();

    // Thresholds calibrated on the bank's scores; a calibrated (not manual) threshold
    // becomes stale when the images change, since the scores it was chosen on do.
    const ThresholdSet &thresholds() const { return m_thresholds; }
    bool thresholdsStale() const { return m_thresholdsStale; }
    void setThresholds(ThresholdSet thresholds);

    // The evaluated good images' scores (good_score_reference.h), the drift monitor's
    // reference; absent in banks never evaluated with --save-thresholds. Dropped when the
    // images change: the scores it holds are no longer this bank's.
    const std::optional<GoodScoreReference> &goodScoreReference() const { return m_goodScores; }
    void setGoodScoreReference(std::optional<GoodScoreReference> reference)
    {
        m_goodScores = std::move(reference);
    }

    std::vector<ExtraTensor> &extraTensors() { return m_extraTensors; }
    const std::vector<ExtraTensor> &extraTensors() const { return m_extraTensors; }

    // Writes the bank atomically. Throws nexvitad::Error when the prototypes are stale or
    // the file cannot be written.
    void save(const QString &path) const;
    // Throws nexvitad::Error naming the path for anything malformed or inconsistent.
    static MemoryBank load(const QString &path);
    // The file load() read (for messages); empty for a bank built in memory.
    const QString &sourcePath() const { return m_sourcePath; }

private:
    void markImagesChanged();

    MemoryBankInfo m_info;
    std::vector<BankImage> m_images;
    std::vector<FeatureMatrix> m_prototypes;
    bool m_prototypesStale = true;
    std::vector<SinkhornKMeansStats> m_clusteringStats;
    ThresholdSet m_thresholds;
    bool m_thresholdsStale = false;
    std::optional<GoodScoreReference> m_goodScores;
    std::vector<ExtraTensor> m_extraTensors;
    QString m_sourcePath;
};

// What judging a bank's scores over time needs (the drift monitor, reports), read from the
// bank file's description without its tensors. Throws nexvitad::Error like load().
struct BankScoreBaseline
{
    ThresholdSet thresholds;
    std::optional<GoodScoreReference> goodScores;
};
BankScoreBaseline readBankScoreBaseline(const QString &path);

// Builds a bank from already-encoded images and clusters it.
MemoryBank buildMemoryBank(MemoryBankInfo info, std::vector<BankImage> images,
                           Progress &progress = Progress::none());

} // namespace nexvitad::infer

#pragma once
// The inspection service (issue 6): keeps an encoder and a memory bank loaded and turns
// images into anomaly maps, image scores and verdicts, for the GUI, batch runs and
// evaluation. Public: plain types (OpenCV matrices), the torch side is private.
//
// Not thread-safe: one Inspector per worker thread. Loading costs the backbones' weights
// (seconds); inspecting an image costs one encoder pass plus the nearest-prototype search.

#include "common/progress.h"
#include "infer/memory_bank.h"
#include "infer/patch_retrieval.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <opencv2/core/mat.hpp>
#include <optional>
#include <vector>

namespace nexvitad::infer {

enum class InferenceMode
{
    MemoryBank, // nearest-prototype distances (method.md 4)
    Decoder,    // the trained target segmentation head (the paper's ablation)
};

QString inferenceModeName(InferenceMode mode); // "memory_bank" | "decoder"
// Throws nexvitad::Error for an unknown name.
InferenceMode inferenceModeFromName(const QString &name);

struct InspectorOptions
{
    QString modelsDir;                      // where registry backbone weights live
    QString device = QStringLiteral("cpu"); // "cpu", "cuda", "cuda:1"
    InferenceMode inference = InferenceMode::MemoryBank;
    int batchSize = 8; // images encoded together by inspectFiles()
    // Fill Inspection::explanation for every image whose verdict is not Pass (or that has
    // none: without a threshold a person decides), at the map's maximum, from the batch's
    // own features (no second encoder pass; memory_bank inference and banks that
    // canExplain() only).
    bool explainFlagged = false;
    int explainNeighbours = 3; // nearest patches from distinct bank images, per layer
};

struct Inspection
{
    QString path;                  // the file (empty for an in-memory image)
    cv::Mat map;                   // S x S CV_32FC1 anomaly map (distances, or probabilities)
    cv::Size originalSize;         // of the image, for resizeForDisplay()
    float score = 0.0f;            // image score
    std::optional<Verdict> verdict; // from the bank's thresholds; none when it has none
    // With InspectorOptions::explainFlagged: the nearest normal patches of the map's maximum.
    std::optional<Explanation> explanation;
};

// Seconds spent per stage since the last reset (the bench's split of an image's cost).
struct InspectionTiming
{
    double featureSeconds = 0;  // decoding + both backbones + adapters/projections
    double scoringSeconds = 0;  // nearest-prototype distances
    double postSeconds = 0;     // upsampling, layer mean, Gaussian, image score
    qint64 images = 0;
};

class Inspector
{
public:
    // Loads the bank file and its encoder. Throws nexvitad::Error naming the file.
    Inspector(const QString &bankPath, const InspectorOptions &options);
    Inspector(MemoryBank bank, const InspectorOptions &options);
    ~Inspector();
    Inspector(const Inspector &) = delete;
    Inspector &operator=(const Inspector &) = delete;

    const MemoryBank &bank() const;
    // Thresholds used for verdicts; starts as the bank's.
    void setThresholds(const ThresholdSet &thresholds);
    const ThresholdSet &thresholds() const;
    int imageSize() const;
    InferenceMode inference() const;
    // Any backbone has random weights: every result must say so.
    bool untrainedBackbone() const;

    // CV_8UC3 RGB images of any size, inspected as one batch.
    std::vector<Inspection> inspect(const std::vector<cv::Mat> &rgbImages);
    // Files in batches of options.batchSize. With `onResult`, each result goes there as soon
    // as its batch is done and the returned vector stays empty (bounded memory for any
    // number of files); without it, all results are returned.
    // Throws nexvitad::Error naming an unreadable file, nexvitad::Canceled when canceled.
    std::vector<Inspection> inspectFiles(const QStringList &files, Progress &progress,
                                         const std::function<void(Inspection &&)> &onResult = {});

    // Explanation by retrieval (patch_retrieval.h) of `region` (S x S map coordinates, see
    // toMapRegion()) of one image, encoded again: its nearest stored normal patches per
    // layer, `k` from distinct bank images. Throws nexvitad::Error with the bank's reason
    // when it cannot explain (an old bank file without images).
    Explanation explain(const cv::Mat &rgb, const QRect &region, int k = 3);
    // The same for an image file (nexvitad::Error naming an unreadable file).
    Explanation explainFile(const QString &path, const QRect &region, int k = 3);

    const InspectionTiming &timing() const;
    void resetTiming();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace nexvitad::infer

#pragma once
// The synthetic demo dataset: MVTec-layout classes drawn from scratch (textures and objects
// with natural variation, defects with exact masks), so the application can be demonstrated
// and tested without downloading anything. See docs/synthetic-data.md.
//
// Deterministic: the same options give the same bytes (seeded Rng, OpenCV drawing, PNG
// encoding; one sub-stream per image so counts do not shift other images).

#include <QString>
#include <QStringList>

#include <opencv2/core.hpp>

#include <cstdint>
#include <vector>

namespace nexvitad {
class Progress;
}

namespace nexvitad::data {

struct SyntheticOptions
{
    int classes = 4;       // 1..15: carpet, wood, disc, screw, tile, then variants of each
    int size = 128;        // image side in pixels, 32..1024
    int trainGood = 10;    // per class
    int testGood = 4;      // per class
    int testDefects = 4;   // per class and defect type
    std::uint64_t seed = 0;
};

struct SyntheticClass
{
    QString name;            // e.g. "carpet_syn", "wood_b_syn"
    QStringList defectTypes; // e.g. "hole", "stain", "scratch"
    bool texture = false;    // texture (fills the image) or object (a part on a background)
};

constexpr int kMaxSyntheticClasses = 15;

// The first `count` classes of the catalogue. Throws nexvitad::Error outside 1..15.
std::vector<SyntheticClass> syntheticClasses(int count);

struct SyntheticSample
{
    cv::Mat clean; // the image before the defect, CV_8UC3 BGR
    cv::Mat image; // with the defect (equal to clean for "good"), CV_8UC3 BGR
    cv::Mat mask;  // CV_8UC1, 255 exactly where image differs from clean, 0 elsewhere
};

// One image of class number `classIndex` (0-based catalogue index): a good one when
// defectType is "good", otherwise with one defect of that type.
SyntheticSample renderSyntheticSample(int classIndex, const QString &defectType,
                                      std::uint64_t imageSeed, int size);

// The per-image seed the writer uses: split 0 train/good, 1 test/good, 2 + d for the d-th
// defect type.
std::uint64_t syntheticImageSeed(std::uint64_t seed, int classIndex, int split, int index);

// One row per class: the first good test image and the first image of each defect type
// (as written to the dataset) with the mask outlined in red; CV_8UC3 BGR.
cv::Mat syntheticSampleSheet(const SyntheticOptions &options);

struct SyntheticResult
{
    int images = 0;
    int masks = 0;
    bool alreadyPresent = false; // the folder already held this exact dataset
};

// Writes the dataset into `dir` (created when missing). A non-empty folder is refused with
// nexvitad::Error unless it already holds exactly this dataset (then nothing is written,
// alreadyPresent) or `force` is set (files of the same names are overwritten, others left).
SyntheticResult writeSyntheticDataset(const QString &dir, const SyntheticOptions &options,
                                      bool force, Progress &progress);

} // namespace nexvitad::data

#pragma once
// What `nexvitad-cli inspect` (and batch inspection in the GUI) writes per image, public:
//   <stem>.map.safetensors  the raw S x S anomaly map ("map", float32) with metadata
//                           "image" (path), "score", "original_width/height": exact scores
//                           for any later threshold;
//   <stem>.overlay.png      the map coloured (Turbo) over the original image at its size,
//                           with the defect outlines at the pixel threshold when there is one.
// Both written atomically.

#include "infer/inspector.h"

#include <QString>

namespace nexvitad::infer {

struct InspectionFiles
{
    QString map;
    QString overlay;
};

// The colour scale of overlays: [low, high]. With a pixel threshold T: [T/2, 3T/2], so the
// colours mean the same on every image and the threshold sits in the middle; without one:
// the map's own range.
std::pair<float, float> overlayRange(const Inspection &inspection,
                                     const std::optional<Threshold> &pixelThreshold);

// Throws nexvitad::Error naming the file when reading the image or writing fails. Without
// `withOverlay` only the map is written (the overlay re-reads the image at its full size:
// the hot-folder watcher skips it for images that pass) and `overlay` stays empty.
InspectionFiles writeInspectionFiles(const Inspection &inspection, const QString &outDir,
                                     const QString &stem,
                                     const std::optional<Threshold> &pixelThreshold,
                                     bool withOverlay = true);

// The map as a 16-bit grayscale PNG whose full range stands for 0 .. the map's maximum,
// stored in the PNG text chunk "map_max" (how a project stores heat maps; the report and
// the GUI read them back to within max / 65535).
QByteArray heatMapPng16(const cv::Mat &map);

// Reads a map written above (S x S CV_32FC1). Throws nexvitad::Error naming the file.
cv::Mat readInspectionMap(const QString &path);

} // namespace nexvitad::infer

#pragma once
// Decoding image files for training, inference and display (OpenCV).
//
// Every image becomes 8-bit RGB:
//   - gray (1 channel) is replicated into R, G and B;
//   - an alpha channel (gray+alpha, RGBA) is dropped, not composited: industrial images
//     with alpha are rare and compositing onto an arbitrary colour would invent pixels;
//   - 16-bit channels are scaled to 8 bits as round(v / 257) (65535 -> 255);
//   - OpenCV's BGR order is turned into RGB.
// A mask is binary: any non-zero value in any channel marks a defective pixel.
// Paths are byte strings (see Manifest::absolutePath), so non-UTF-8 names load too.

#include "data/manifest.h"

#include <opencv2/core.hpp>

#include <string>

namespace nexvitad::data {

// CV_8UC3 RGB. Throws nexvitad::Error naming the file when it cannot be decoded.
cv::Mat readImageRgb8(const std::string &path);
// CV_8UC1 with values 0 and 1. Throws nexvitad::Error naming the file.
cv::Mat readMaskBinary(const std::string &path);
// The conversion rules above, for an already decoded (IMREAD_UNCHANGED) matrix.
cv::Mat toRgb8(const cv::Mat &decoded);
cv::Mat toBinaryMask(const cv::Mat &decoded);

// Square resizes: area interpolation for images (no aliasing when shrinking), nearest for
// masks (stays binary).
cv::Mat resizeImage(const cv::Mat &image, int size);
cv::Mat resizeMask(const cv::Mat &mask, int size);

// One image to load, with its mask (empty maskPath: an all-normal mask).
struct ImageSample
{
    std::string imagePath;
    std::string maskPath;
};
ImageSample sampleOf(const Manifest &manifest, const ImageEntry &entry);

} // namespace nexvitad::data

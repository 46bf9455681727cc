#pragma once
// An S x S anomaly map brought back to the original image's size for display (bilinear,
// half-pixel centres: the same sampling as the S x S upsampling in scoring).

#include <opencv2/core/mat.hpp>

namespace nexvitad::infer {

// `map`: CV_32FC1. Returns CV_32FC1 of `originalSize`.
cv::Mat resizeForDisplay(const cv::Mat &map, cv::Size originalSize);

} // namespace nexvitad::infer

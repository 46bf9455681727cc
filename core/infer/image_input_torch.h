#pragma once
// Image files as encoder input (private: torch types): decoded to 8-bit RGB by the data
// layer's rules, resized to S x S (area interpolation, as training) and normalised with the
// ImageNet statistics. The same path for bank images, inspected images and evaluation.

#include <QString>
#include <opencv2/core/mat.hpp>
#include <torch/types.h>

namespace nexvitad::infer {

struct InputImage
{
    torch::Tensor tensor; // [3, S, S] float32, normalised, CPU
    cv::Size originalSize;
    cv::Mat rgb; // S x S CV_8UC3: what the encoder saw (kept for explanations)
};

// Throws nexvitad::Error naming the file when it cannot be decoded.
InputImage loadInputImage(const QString &path, int size);
// The same for an already decoded CV_8UC3 RGB image.
InputImage inputFromRgb(const cv::Mat &rgb8, int size);

} // namespace nexvitad::infer

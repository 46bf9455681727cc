#include "infer/display_map.h"

#include <opencv2/imgproc.hpp>

namespace nexvitad::infer {

cv::Mat resizeForDisplay(const cv::Mat &map, cv::Size originalSize)
{
    if (map.size() == originalSize)
        return map.clone();
    cv::Mat out;
    // INTER_LINEAR maps pixel centres as (x + 0.5) * scale - 0.5, like torch's bilinear
    // with align_corners = false.
    cv::resize(map, out, originalSize, 0.0, 0.0, cv::INTER_LINEAR);
    return out;
}

} // namespace nexvitad::infer

#include "eval/pixel_metrics.h"

#include "common/error.h"

#include <opencv2/imgproc.hpp>

namespace nexvitad::eval {

PixelMetricsAccumulator::PixelMetricsAccumulator(std::vector<float> iouThresholds,
                                                 qint64 exactBudget)
    : m_pixels(exactBudget), m_iouThresholds(std::move(iouThresholds)),
      m_iouSums(m_iouThresholds.size(), 0.0)
{
}

void PixelMetricsAccumulator::update(const cv::Mat &scores, const cv::Mat &mask)
{
    if (scores.type() != CV_32FC1 || mask.type() != CV_8UC1)
        throw Error(tr("An anomaly map must be one float channel and its mask one 8-bit "
                       "channel."));
    if (scores.size() != mask.size())
        throw Error(tr("The anomaly map (%1 x %2) and the mask (%3 x %4) differ in size.")
                        .arg(scores.cols)
                        .arg(scores.rows)
                        .arg(mask.cols)
                        .arg(mask.rows));

    cv::Mat binary = mask != 0;
    cv::Mat labels;
    cv::Mat stats;
    cv::Mat centroids;
    const int labelCount =
        cv::connectedComponentsWithStats(binary, labels, stats, centroids, 8, CV_32S);
    const int regions = labelCount - 1; // label 0 is the background
    std::vector<float> regionWeight(size_t(labelCount), 0.0f);
    for (int r = 1; r < labelCount; ++r)
        regionWeight[size_t(r)] = 1.0f / float(stats.at<int>(r, cv::CC_STAT_AREA));

    // Per threshold: |pred & gt| and |pred | gt| for this image.
    std::vector<qint64> intersections(m_iouThresholds.size(), 0);
    std::vector<qint64> unions(m_iouThresholds.size(), 0);
    for (int y = 0; y < scores.rows; ++y) {
        const float *s = scores.ptr<float>(y);
        const int *l = labels.ptr<int>(y);
        for (int x = 0; x < scores.cols; ++x) {
            const bool defect = l[x] != 0;
            if (defect)
                m_pixels.addPositive(s[x], regionWeight[size_t(l[x])]);
            else
                m_pixels.addNegative(s[x]);
            for (size_t t = 0; t < m_iouThresholds.size(); ++t) {
                const bool predicted = s[x] >= m_iouThresholds[t];
                intersections[t] += predicted && defect;
                unions[t] += predicted || defect;
            }
        }
    }

    ++m_images;
    m_regions += regions;
    if (regions > 0) {
        ++m_defectiveImages;
        for (size_t t = 0; t < m_iouThresholds.size(); ++t)
            m_iouSums[t] += double(intersections[t]) / double(unions[t]);
    }
}

PixelMetrics PixelMetricsAccumulator::compute(double proFprLimit)
{
    PixelMetrics result;
    SummaryOptions options;
    options.regionCount = m_regions;
    options.proFprLimit = proFprLimit;
    result.ranking = summarize(m_pixels, options);
    result.images = m_images;
    result.regions = m_regions;
    for (size_t t = 0; t < m_iouThresholds.size(); ++t) {
        MeanIou m;
        m.threshold = m_iouThresholds[t];
        m.images = m_defectiveImages;
        if (m_defectiveImages > 0)
            m.value = m_iouSums[t] / m_defectiveImages;
        result.meanIou.push_back(m);
    }
    return result;
}

} // namespace nexvitad::eval

#include "render/defect_contours.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace nexvitad::render {

namespace {
QPolygonF toPolygon(const std::vector<cv::Point> &contour)
{
    QPolygonF polygon;
    polygon.reserve(int(contour.size()) + 1);
    for (const cv::Point &p : contour)
        polygon << QPointF(p.x + 0.5, p.y + 0.5);
    if (!polygon.isEmpty())
        polygon << polygon.first();
    return polygon;
}
} // namespace

QVector<DefectRegion> defectRegions(const float *values, int width, int height, float threshold,
                                    double minArea)
{
    QVector<DefectRegion> regions;
    if (width <= 0 || height <= 0)
        return regions;
    const cv::Mat map(height, width, CV_32F, const_cast<float *>(values));
    cv::Mat binary = map >= threshold; // CV_8U, 255 where defective
    cv::Mat labels, stats, centroids;
    const int count = cv::connectedComponentsWithStats(binary, labels, stats, centroids, 8, CV_32S);
    for (int label = 1; label < count; ++label) {
        const int area = stats.at<int>(label, cv::CC_STAT_AREA);
        if (area < minArea)
            continue;
        const cv::Rect box(stats.at<int>(label, cv::CC_STAT_LEFT),
                           stats.at<int>(label, cv::CC_STAT_TOP),
                           stats.at<int>(label, cv::CC_STAT_WIDTH),
                           stats.at<int>(label, cv::CC_STAT_HEIGHT));
        const cv::Mat component = labels(box) == label;
        std::vector<std::vector<cv::Point>> contours;
        cv::findContours(component, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE,
                         box.tl());
        if (contours.empty())
            continue;
        double peak = 0.0;
        cv::minMaxLoc(map(box), nullptr, &peak, nullptr, nullptr, component);
        DefectRegion region;
        // One component has one outer contour (8-connectivity matches findContours').
        region.outline = toPolygon(*std::max_element(
            contours.begin(), contours.end(),
            [](const auto &a, const auto &b) { return a.size() < b.size(); }));
        region.area = area;
        region.peak = float(peak);
        regions << region;
    }
    std::sort(regions.begin(), regions.end(),
              [](const DefectRegion &a, const DefectRegion &b) { return a.area > b.area; });
    return regions;
}

QVector<QPolygonF> maskOutlines(const unsigned char *mask, int width, int height)
{
    QVector<QPolygonF> outlines;
    if (width <= 0 || height <= 0)
        return outlines;
    cv::Mat binary = cv::Mat(height, width, CV_8U, const_cast<unsigned char *>(mask)) != 0;
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(binary, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    for (const auto &c : contours)
        outlines << toPolygon(c);
    return outlines;
}

} // namespace nexvitad::render

// Defects: scratches, cracks, holes, stains and missing pieces, of varied size and contrast.
// Each is drawn as a region first (OpenCV drawing into a mask, no anti-aliasing), then the
// region's pixels are changed, every one of them by at least a few grey levels. So the mask
// is exact: it is the set of pixels the defect changed, no more, no less.

#include "data/synthetic_internal.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace nexvitad::data::synth {

namespace {
constexpr double kPi = 3.14159265358979323846;
constexpr int kMinChange = 12; // grey levels a defect pixel moves at least

cv::Point pointInPart(const Scene &scene, Rng &rng)
{
    const int size = scene.partMask.rows;
    const int margin = size / 10;
    for (int i = 0; i < 500; ++i) {
        const cv::Point p(rng.range(margin, size - 1 - margin), rng.range(margin, size - 1 - margin));
        if (scene.partMask.at<uchar>(p))
            return p;
    }
    return {size / 2, size / 2};
}

cv::Mat emptyRegion(const Scene &scene)
{
    return cv::Mat::zeros(scene.partMask.size(), CV_8UC1);
}

// A gently curved line.
cv::Mat scratchRegion(const Scene &scene, Rng &rng)
{
    const int size = scene.partMask.rows;
    cv::Mat r = emptyRegion(scene);
    cv::Point2d p = pointInPart(scene, rng);
    double heading = rng.uniform(0, 2 * kPi);
    const double bend = rng.uniform(-0.25, 0.25);
    const double step = size * rng.uniform(0.04, 0.09);
    std::vector<cv::Point> pts{cv::Point(p)};
    for (int i = 0; i < 5; ++i) {
        heading += bend;
        p += cv::Point2d(step * std::cos(heading), step * std::sin(heading));
        pts.emplace_back(p);
    }
    cv::polylines(r, pts, false, cv::Scalar(255), rng.chance(0.6) ? 1 : 2, cv::LINE_8);
    return r;
}

// A jagged random walk with an occasional branch.
cv::Mat crackRegion(const Scene &scene, Rng &rng)
{
    const int size = scene.partMask.rows;
    cv::Mat r = emptyRegion(scene);
    const int thickness = rng.chance(0.5) ? 1 : 2;
    cv::Point2d start = pointInPart(scene, rng);
    double heading = rng.uniform(0, 2 * kPi);
    const int steps = rng.range(10, 22);
    for (int branch = 0; branch < 2; ++branch) {
        cv::Point2d p = start;
        for (int i = 0; i < steps; ++i) {
            heading += rng.uniform(-0.6, 0.6);
            const cv::Point2d q = p + cv::Point2d(std::cos(heading), std::sin(heading)) * (size / 40.0);
            cv::line(r, cv::Point(p), cv::Point(q), cv::Scalar(255), thickness, cv::LINE_8);
            if (branch == 0 && i == steps / 2)
                start = q;
            p = q;
        }
        if (!rng.chance(0.5))
            break;
        heading += rng.uniform(0.6, 1.2) * (rng.chance(0.5) ? 1 : -1);
    }
    return r;
}

cv::Mat holeRegion(const Scene &scene, Rng &rng)
{
    const int size = scene.partMask.rows;
    cv::Mat r = emptyRegion(scene);
    const double radius = size * rng.uniform(0.025, 0.07);
    cv::ellipse(r, pointInPart(scene, rng),
                cv::Size(static_cast<int>(radius), static_cast<int>(radius * rng.uniform(0.7, 1.0))),
                rng.uniform(0, 180), 0, 360, cv::Scalar(255), cv::FILLED, cv::LINE_8);
    return r;
}

// Overlapping blobs around a centre.
cv::Mat stainRegion(const Scene &scene, Rng &rng)
{
    const int size = scene.partMask.rows;
    cv::Mat r = emptyRegion(scene);
    const cv::Point c = pointInPart(scene, rng);
    const int blobs = rng.range(2, 5);
    for (int i = 0; i < blobs; ++i) {
        const double radius = size * rng.uniform(0.03, 0.09);
        const cv::Point offset(rng.range(-size / 20, size / 20), rng.range(-size / 20, size / 20));
        cv::ellipse(r, c + offset,
                    cv::Size(static_cast<int>(radius), static_cast<int>(radius * rng.uniform(0.5, 1.0))),
                    rng.uniform(0, 180), 0, 360, cv::Scalar(255), cv::FILLED, cv::LINE_8);
    }
    return r;
}

// A bite out of the part's edge (or a chip out of a tile): a disc centred where a ray from
// a point of the part leaves the part.
cv::Mat missingRegion(const Scene &scene, Rng &rng)
{
    const int size = scene.partMask.rows;
    cv::Mat r = emptyRegion(scene);
    cv::Point2d p = pointInPart(scene, rng);
    const double heading = rng.uniform(0, 2 * kPi);
    const cv::Point2d dir(std::cos(heading), std::sin(heading));
    for (int i = 0; i < size; ++i) {
        const cv::Point q(p + dir);
        if (q.x < 0 || q.y < 0 || q.x >= size || q.y >= size || !scene.partMask.at<uchar>(q))
            break;
        p += dir;
    }
    cv::circle(r, cv::Point(p), static_cast<int>(size * rng.uniform(0.05, 0.11)), cv::Scalar(255),
               cv::FILLED, cv::LINE_8);
    return r;
}

cv::Mat regionFor(const QString &type, const Scene &scene, Rng &rng)
{
    if (type == QLatin1String("scratch"))
        return scratchRegion(scene, rng);
    if (type == QLatin1String("crack"))
        return crackRegion(scene, rng);
    if (type == QLatin1String("hole"))
        return holeRegion(scene, rng);
    if (type == QLatin1String("stain"))
        return stainRegion(scene, rng);
    return missingRegion(scene, rng);
}

cv::Vec3b toPixel(const cv::Vec3f &v)
{
    return {cv::saturate_cast<uchar>(v[0]), cv::saturate_cast<uchar>(v[1]),
            cv::saturate_cast<uchar>(v[2])};
}
} // namespace

cv::Mat applyDefect(cv::Mat &image, const Scene &scene, const QString &type, Rng &rng)
{
    cv::Mat region;
    for (int attempt = 0; attempt < 20; ++attempt) {
        region = regionFor(type, scene, rng) & scene.partMask;
        if (cv::countNonZero(region) >= 4)
            break;
    }
    if (cv::countNonZero(region) == 0) // never an empty defect: a small pit inside the part
        cv::circle(region, pointInPart(scene, rng), 2, cv::Scalar(255), cv::FILLED, cv::LINE_8);
    region &= scene.partMask;
    // Contrast and colour of this instance.
    const float delta = static_cast<float>(rng.uniform(25, 90)) * (rng.chance(0.5) ? 1.f : -1.f);
    const float darken = static_cast<float>(rng.uniform(0.2, 0.5));
    const float alpha = static_cast<float>(rng.uniform(0.3, 0.7));
    const cv::Vec3f tint = rng.chance(0.5) ? cv::Vec3f(40, 70, 110) : cv::Vec3f(35, 45, 30);

    for (int y = 0; y < image.rows; ++y)
        for (int x = 0; x < image.cols; ++x) {
            if (!region.at<uchar>(y, x))
                continue;
            const cv::Vec3b before = image.at<cv::Vec3b>(y, x);
            const cv::Vec3f b(before[0], before[1], before[2]);
            cv::Vec3f after;
            if (type == QLatin1String("scratch"))
                after = b + cv::Vec3f(delta, delta, delta);
            else if (type == QLatin1String("crack"))
                after = b * darken;
            else if (type == QLatin1String("stain"))
                after = b * (1.f - alpha) + tint * alpha;
            else if (type == QLatin1String("hole"))
                after = scene.background.at<cv::Vec3f>(y, x) * 0.45f;
            else // missing: the background shows where the piece was
                after = scene.background.at<cv::Vec3f>(y, x) * 0.8f;
            cv::Vec3b px = toPixel(after);
            const int change = std::max({std::abs(px[0] - before[0]), std::abs(px[1] - before[1]),
                                         std::abs(px[2] - before[2])});
            if (change < kMinChange) { // too faint to be a defect anyone could see: push it
                const int sign = (before[0] + before[1] + before[2]) > 3 * 128 ? -1 : 1;
                px = toPixel(b + cv::Vec3f(1, 1, 1) * static_cast<float>(sign * kMinChange));
            }
            image.at<cv::Vec3b>(y, x) = px;
        }
    return region;
}

} // namespace nexvitad::data::synth

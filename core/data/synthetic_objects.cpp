// Objects on a background: a round machined part (disc with a bore) and a screw. Each draw
// moves, rotates and slightly scales the part, as parts on a conveyor do.

#include "data/synthetic_internal.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace nexvitad::data::synth {

namespace {
constexpr double kPi = 3.14159265358979323846;

// Fixed-point shift for sub-pixel drawing (OpenCV's `shift` argument).
constexpr int kShift = 4;
cv::Point fixedPoint(double x, double y)
{
    return {static_cast<int>(std::lround(x * (1 << kShift))),
            static_cast<int>(std::lround(y * (1 << kShift)))};
}

cv::Mat backgroundOf(const ClassParams &p, Rng &rng, int size)
{
    const cv::Mat t = valueNoise(rng, size, 3);
    return mixColors(t, p.background * 0.85f, p.background * 1.15f);
}

// Points of a rectangle of `length` x `width` centred on (cx, cy), rotated by `angle`.
std::vector<cv::Point> rotatedRect(double cx, double cy, double length, double width,
                                   double angle)
{
    const double c = std::cos(angle), s = std::sin(angle);
    std::vector<cv::Point> pts;
    for (const auto &[a, b] : {std::pair{-0.5, -0.5}, {0.5, -0.5}, {0.5, 0.5}, {-0.5, 0.5}}) {
        const double x = a * length, y = b * width;
        pts.push_back(fixedPoint(cx + x * c - y * s, cy + x * s + y * c));
    }
    return pts;
}
} // namespace

// A turned disc: radial shading (brushed metal), turning grooves, a bore, and an index notch
// whose angle is the part's rotation.
Scene renderDisc(const ClassParams &p, Rng &rng, int size)
{
    Scene scene;
    scene.background = backgroundOf(p, rng, size);
    const double radius = size * 0.32 * p.scale * rng.uniform(0.94, 1.06);
    const double cx = size / 2.0 + rng.uniform(-0.06, 0.06) * size;
    const double cy = size / 2.0 + rng.uniform(-0.06, 0.06) * size;
    const double bore = radius * rng.uniform(0.28, 0.34);
    const double notch = rng.uniform(0, 2 * kPi);
    const double light = rng.uniform(0, 2 * kPi); // direction the highlight comes from
    scene.partMask = cv::Mat::zeros(size, size, CV_8UC1);
    cv::circle(scene.partMask, fixedPoint(cx, cy), static_cast<int>(radius * (1 << kShift)),
               cv::Scalar(255), cv::FILLED, cv::LINE_8, kShift);
    cv::circle(scene.partMask, fixedPoint(cx, cy), static_cast<int>(bore * (1 << kShift)),
               cv::Scalar(0), cv::FILLED, cv::LINE_8, kShift);
    const cv::Point2d n(cx + radius * 0.8 * std::cos(notch), cy + radius * 0.8 * std::sin(notch));
    cv::circle(scene.partMask, fixedPoint(n.x, n.y), static_cast<int>(radius * 0.07 * (1 << kShift)),
               cv::Scalar(0), cv::FILLED, cv::LINE_8, kShift);

    scene.image = scene.background.clone();
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x) {
            if (!scene.partMask.at<uchar>(y, x))
                continue;
            const double r = std::hypot(x - cx, y - cy) / radius;
            const double a = std::atan2(y - cy, x - cx);
            const double groove = 0.5 + 0.5 * std::cos(2 * kPi * r * 9.0);
            const double sheen = 0.5 + 0.5 * std::cos(a - light);
            const float t = static_cast<float>(0.25 + 0.45 * sheen + 0.15 * groove - 0.2 * r);
            scene.image.at<cv::Vec3f>(y, x) = p.colorA * (1.0f - t) + p.colorB * t;
        }
    return scene;
}

// A screw lying on the background: a round head with a slot, a threaded shaft and a
// pointed tip, at any angle.
Scene renderScrew(const ClassParams &p, Rng &rng, int size)
{
    Scene scene;
    scene.background = backgroundOf(p, rng, size);
    const double angle = rng.uniform(0, 2 * kPi);
    const double length = size * 0.62 * p.scale * rng.uniform(0.95, 1.05);
    const double width = length * 0.16;
    const double cx = size / 2.0 + rng.uniform(-0.05, 0.05) * size;
    const double cy = size / 2.0 + rng.uniform(-0.05, 0.05) * size;
    const double c = std::cos(angle), s = std::sin(angle);
    auto along = [&](double t) { return cv::Point2d(cx + t * length * c, cy + t * length * s); };

    scene.partMask = cv::Mat::zeros(size, size, CV_8UC1);
    const cv::Point2d shaftCentre = along(0.05);
    std::vector<std::vector<cv::Point>> shaft{
        rotatedRect(shaftCentre.x, shaftCentre.y, length * 0.8, width, angle)};
    cv::fillPoly(scene.partMask, shaft, cv::Scalar(255), cv::LINE_8, kShift);
    const cv::Point2d tipBase = along(0.45), tip = along(0.56);
    const cv::Point2d side(-s * width / 2, c * width / 2);
    std::vector<std::vector<cv::Point>> tipPoly{{fixedPoint(tipBase.x + side.x, tipBase.y + side.y),
                                                 fixedPoint(tip.x, tip.y),
                                                 fixedPoint(tipBase.x - side.x, tipBase.y - side.y)}};
    cv::fillPoly(scene.partMask, tipPoly, cv::Scalar(255), cv::LINE_8, kShift);
    const cv::Point2d head = along(-0.42);
    cv::circle(scene.partMask, fixedPoint(head.x, head.y), static_cast<int>(width * 1.25 * (1 << kShift)),
               cv::Scalar(255), cv::FILLED, cv::LINE_8, kShift);

    scene.image = scene.background.clone();
    const double pitch = width * 0.45;
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x) {
            if (!scene.partMask.at<uchar>(y, x))
                continue;
            const double dx = x - cx, dy = y - cy;
            const double u = dx * c + dy * s;  // along the axis
            const double v = -dx * s + dy * c; // across
            const double acrossShade = 1.0 - std::min(1.0, std::abs(v) / (width * 1.3));
            double t = 0.2 + 0.6 * acrossShade;
            if (u > -0.35 * length) // threads on the shaft: slanted ridges
                t *= 0.75 + 0.25 * std::cos(2 * kPi * (u + 0.3 * v) / pitch);
            else if (std::abs(v) < width * 0.15) // the head's slot
                t *= 0.35;
            scene.image.at<cv::Vec3f>(y, x) = p.colorA * (1.0f - static_cast<float>(t))
                                              + p.colorB * static_cast<float>(t);
        }
    return scene;
}

} // namespace nexvitad::data::synth

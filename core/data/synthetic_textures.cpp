// Textures that fill the whole image: woven carpet, wood grain, tiles. Each draw varies the
// phase, period, orientation and colour slightly, as real product photos do.

#include "data/synthetic_internal.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace nexvitad::data::synth {

namespace {
constexpr double kPi = 3.14159265358979323846;

Scene textureScene(cv::Mat image, const ClassParams &p)
{
    const int size = image.rows;
    return {std::move(image), cv::Mat(size, size, CV_32FC3, cv::Scalar(p.background)),
            cv::Mat(size, size, CV_8UC1, cv::Scalar(255))};
}

cv::Vec3f jitterColor(const cv::Vec3f &c, Rng &rng, double amount)
{
    const float k = static_cast<float>(rng.uniform(1.0 - amount, 1.0 + amount));
    return c * k;
}
} // namespace

cv::Mat valueNoise(Rng &rng, int size, int cells)
{
    cv::Mat grid(cells + 1, cells + 1, CV_32F);
    for (int y = 0; y < grid.rows; ++y)
        for (int x = 0; x < grid.cols; ++x)
            grid.at<float>(y, x) = static_cast<float>(rng.unit());
    cv::Mat big;
    cv::resize(grid, big, cv::Size(size + size / cells, size + size / cells), 0, 0,
               cv::INTER_CUBIC);
    cv::Mat out = big(cv::Rect(0, 0, size, size)).clone();
    cv::min(cv::max(out, 0.0), 1.0, out);
    return out;
}

cv::Mat mixColors(const cv::Mat &t, const cv::Vec3f &a, const cv::Vec3f &b)
{
    cv::Mat out(t.size(), CV_32FC3);
    for (int y = 0; y < t.rows; ++y)
        for (int x = 0; x < t.cols; ++x) {
            const float v = t.at<float>(y, x);
            out.at<cv::Vec3f>(y, x) = a * (1.0f - v) + b * v;
        }
    return out;
}

// Over-under weave: in checkerboard cells the warp (vertical) or the weft (horizontal)
// thread is on top; each thread is shaded like a cylinder, with fibre noise on top.
Scene renderCarpet(const ClassParams &p, Rng &rng, int size)
{
    const double period = size / 16.0 * p.scale * rng.uniform(0.92, 1.08);
    const double ox = rng.uniform(0, period * 2), oy = rng.uniform(0, period * 2);
    const cv::Mat fibres = valueNoise(rng, size, std::max(4, size / 4));
    const cv::Mat blotches = valueNoise(rng, size, 4);
    cv::Mat t(size, size, CV_32F);
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x) {
            const double u = (x + ox) / period, v = (y + oy) / period;
            const bool warpOnTop = (static_cast<int>(std::floor(u)) + static_cast<int>(std::floor(v))) % 2 == 0;
            const double across = warpOnTop ? u - std::floor(u) : v - std::floor(v);
            const double shade = 0.5 + 0.5 * std::sin(kPi * across);
            t.at<float>(y, x) = static_cast<float>(0.15 + 0.55 * shade + 0.2 * fibres.at<float>(y, x)
                                                   + 0.1 * blotches.at<float>(y, x));
        }
    return textureScene(mixColors(t, jitterColor(p.colorA, rng, 0.06), p.colorB), p);
}

// Growth rings around a centre far outside the image, warped by smooth noise: long,
// slightly wavy grain lines.
Scene renderWood(const ClassParams &p, Rng &rng, int size)
{
    const double angle = rng.uniform(0, 2 * kPi);
    const double far = size * rng.uniform(1.5, 3.0);
    const double cx = size / 2.0 + far * std::cos(angle), cy = size / 2.0 + far * std::sin(angle);
    const double period = size / 10.0 * p.scale * rng.uniform(0.85, 1.15);
    const cv::Mat warp = valueNoise(rng, size, 3);
    const cv::Mat grain = valueNoise(rng, size, std::max(8, size / 3));
    cv::Mat t(size, size, CV_32F);
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x) {
            const double r = std::hypot(x - cx, y - cy) + 0.6 * period * warp.at<float>(y, x);
            const double ring = 0.5 + 0.5 * std::sin(2 * kPi * r / period);
            t.at<float>(y, x) = static_cast<float>(0.7 * std::pow(ring, 3.0) + 0.3 * grain.at<float>(y, x));
        }
    return textureScene(mixColors(t, p.colorA, jitterColor(p.colorB, rng, 0.08)), p);
}

// Square tiles with grout lines, each tile slightly different in tone, speckled glaze.
Scene renderTile(const ClassParams &p, Rng &rng, int size)
{
    const double cell = size / 3.2 * p.scale * rng.uniform(0.9, 1.1);
    const int grout = std::max(2, static_cast<int>(cell / 12));
    const double ox = rng.uniform(0, cell), oy = rng.uniform(0, cell);
    const cv::Mat speckle = valueNoise(rng, size, std::max(8, size / 2));
    std::vector<float> tone(64);
    for (float &v : tone)
        v = static_cast<float>(rng.uniform(0.0, 0.35));
    cv::Mat image(size, size, CV_32FC3);
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x) {
            const double u = (x + ox) / cell, v = (y + oy) / cell;
            const int iu = static_cast<int>(u), iv = static_cast<int>(v);
            const bool inGrout = (x + ox) - iu * cell < grout || (y + oy) - iv * cell < grout;
            const float s = speckle.at<float>(y, x);
            image.at<cv::Vec3f>(y, x) =
                inGrout ? p.background * (0.9f + 0.2f * s)
                        : p.colorA * (1.0f - tone[static_cast<std::size_t>((iu * 7 + iv) % 64)])
                              + p.colorB * (0.15f * s);
        }
    return textureScene(std::move(image), p);
}

} // namespace nexvitad::data::synth

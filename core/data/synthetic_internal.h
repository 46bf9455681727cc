#pragma once
// Private to the synthetic generator: class parameters and the drawing steps, one file each
// (textures, objects, defects, scene assembly, writer).

#include "data/random.h"
#include "data/synthetic.h"

#include <opencv2/core.hpp>

namespace nexvitad::data::synth {

enum class Kind { Carpet, Wood, Disc, Screw, Tile };

struct ClassParams
{
    Kind kind = Kind::Carpet;
    int variant = 0;     // 0, 1, 2: colour and scale variations of the same kind
    cv::Vec3f colorA;    // BGR, 0..255
    cv::Vec3f colorB;
    cv::Vec3f background; // behind objects; the backing showing through holes in textures
    double scale = 1.0;  // pattern period / part size factor
};

ClassParams classParams(int classIndex);

// A rendered good scene before lighting and noise: the image (CV_32FC3, 0..255), the
// background alone (what a missing piece reveals) and where the part is (CV_8UC1 0/255;
// all 255 for textures).
struct Scene
{
    cv::Mat image;
    cv::Mat background;
    cv::Mat partMask;
};

// Smooth random field in [0, 1]: a `cells` x `cells` grid of uniform values, cubic upsampling.
cv::Mat valueNoise(Rng &rng, int size, int cells);
// Per-pixel mix of two colours by t (CV_32F, 0..1) -> CV_32FC3.
cv::Mat mixColors(const cv::Mat &t, const cv::Vec3f &a, const cv::Vec3f &b);

Scene renderCarpet(const ClassParams &p, Rng &rng, int size);
Scene renderWood(const ClassParams &p, Rng &rng, int size);
Scene renderTile(const ClassParams &p, Rng &rng, int size);
Scene renderDisc(const ClassParams &p, Rng &rng, int size);
Scene renderScrew(const ClassParams &p, Rng &rng, int size);

// Lighting gradient and sensor noise, then 8-bit.
cv::Mat finishImage(const cv::Mat &image32, Rng &rng);

// Draws a defect of `type` on `image` (CV_8UC3) inside the scene's part. Returns the mask:
// exactly the pixels changed (every pixel of the defect's region is changed by at least a
// few grey levels, so mask == (image != before)).
cv::Mat applyDefect(cv::Mat &image, const Scene &scene, const QString &type, Rng &rng);

} // namespace nexvitad::data::synth

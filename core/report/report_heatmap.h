#pragma once
// Heat maps as the report reads them: an 8- or 16-bit grayscale PNG whose full range
// stands for scores 0..map_max. map_max comes from the PNG's "map_max" text chunk; without
// it the values are taken as 0..1. Other files (e.g. safetensors maps) are not read: the
// report then shows the image without an overlay.

#include <QString>
#include <vector>

namespace nexvitad::report {

struct HeatMap
{
    int width = 0, height = 0;
    std::vector<float> values; // row-major scores
    float maxValue = 1.0f;     // the score that the brightest pixel stands for

    bool isEmpty() const { return values.empty(); }
};

// Loads the map scaled (smoothly) so that its longer side is at most `maxSide` pixels.
// Returns an empty map when the file is missing or unreadable.
HeatMap loadHeatMap(const QString &path, int maxSide);

} // namespace nexvitad::report

#pragma once
// Defect regions of an anomaly map at a threshold: the outlines drawn in the review viewer
// and the reports, and the region count the threshold slider shows.

#include <QPolygonF>
#include <QVector>

namespace nexvitad::render {

struct DefectRegion
{
    QPolygonF outline;  // outer boundary in map pixel coordinates (pixel centres + 0.5)
    double area = 0.0;  // pixels above the threshold in this region
    float peak = 0.0f;  // highest score inside
};

// 8-connected regions of `values >= threshold` (row-major, width x height), largest first.
// Regions smaller than `minArea` pixels are dropped (speckle).
QVector<DefectRegion> defectRegions(const float *values, int width, int height, float threshold,
                                    double minArea = 1.0);

// Outlines of a binary mask (non-zero = defect), e.g. a ground-truth mask.
QVector<QPolygonF> maskOutlines(const unsigned char *mask, int width, int height);

} // namespace nexvitad::render

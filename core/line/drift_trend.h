#pragma once
// A drift monitor's course over a sequence of good scores, point by point: what a batch
// report charts (docs/reports.md, "Drift trend"). The monitor is replayed, so the chart
// shows exactly what the live monitor computes from the same scores.

#include "line/drift_monitor.h"

#include <optional>
#include <span>
#include <vector>

namespace nexvitad::line {

struct DriftTrendPoint
{
    float score = 0;
    DriftState state = DriftState::InsufficientData;
    std::optional<double> rollingMedian, rollingUpper;
};

struct DriftTrend
{
    DriftState startState = DriftState::InsufficientData; // before the first point
    std::vector<DriftTrendPoint> points;
    DriftStatus last;      // after the last point (or the start, with no points)
    int calibratedAt = -1; // the point whose score completed a self-calibration, or -1

    // Indices of the points where a warning began (the state turned Warning) or ended.
    std::vector<int> warningStarts() const;
    std::vector<int> warningEnds() const;
};

// Replays `scores` (good images, in order) through `monitor`, already seeded with what came
// before them.
DriftTrend replayDrift(DriftMonitor monitor, std::span<const float> scores);

} // namespace nexvitad::line

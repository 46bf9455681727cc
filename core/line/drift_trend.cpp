#include "line/drift_trend.h"

namespace nexvitad::line {

namespace {

std::vector<int> changes(const DriftTrend &trend, bool toWarning)
{
    std::vector<int> at;
    bool before = trend.startState == DriftState::Warning;
    for (size_t i = 0; i < trend.points.size(); ++i) {
        const bool now = trend.points[i].state == DriftState::Warning;
        if (now != before && now == toWarning)
            at.push_back(int(i));
        before = now;
    }
    return at;
}

} // namespace

std::vector<int> DriftTrend::warningStarts() const
{
    return changes(*this, true);
}

std::vector<int> DriftTrend::warningEnds() const
{
    return changes(*this, false);
}

DriftTrend replayDrift(DriftMonitor monitor, std::span<const float> scores)
{
    DriftTrend trend;
    trend.startState = monitor.status().state;
    trend.points.reserve(scores.size());
    for (float score : scores) {
        const bool calibrating = monitor.status().reference.source == ReferenceSource::Calibrating;
        monitor.observePass(score);
        const DriftStatus &s = monitor.status();
        if (calibrating && s.reference.source != ReferenceSource::Calibrating)
            trend.calibratedAt = int(trend.points.size());
        trend.points.push_back(DriftTrendPoint{score, s.state, s.rollingMedian, s.rollingUpper});
    }
    trend.last = monitor.status();
    return trend;
}

} // namespace nexvitad::line

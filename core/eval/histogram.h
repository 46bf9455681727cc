#pragma once
// Histogram binning shared by the report's score chart and the dashboard's: the same score
// falls into the same bin in both.

#include <vector>

namespace nexvitad::eval {

// How many of `values` fall into each of `bins` equal-width bins over [low, high]
// (high > low). A value outside the range, and `high` itself, counts in the nearest end bin.
std::vector<int> histogramCounts(const std::vector<double> &values, double low, double high,
                                 int bins);

} // namespace nexvitad::eval

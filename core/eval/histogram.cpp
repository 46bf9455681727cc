#include "eval/histogram.h"

#include <algorithm>

namespace nexvitad::eval {

std::vector<int> histogramCounts(const std::vector<double> &values, double low, double high,
                                 int bins)
{
    std::vector<int> counts(size_t(std::max(bins, 0)), 0);
    if (bins <= 0)
        return counts;
    for (double v : values)
        ++counts[size_t(std::clamp(int((v - low) / (high - low) * bins), 0, bins - 1))];
    return counts;
}

} // namespace nexvitad::eval

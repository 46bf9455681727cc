#include "common/resource_trend.h"

#include <algorithm>
#include <cmath>

namespace nexvitad::runtime {

namespace {

qint64 medianResident(std::vector<ResourceSample>::const_iterator first,
                      std::vector<ResourceSample>::const_iterator last)
{
    std::vector<qint64> values;
    for (auto it = first; it != last; ++it)
        values.push_back(it->residentKiB);
    std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
    return values[values.size() / 2];
}

int mostDescriptors(std::vector<ResourceSample>::const_iterator first,
                    std::vector<ResourceSample>::const_iterator last)
{
    int most = 0;
    for (auto it = first; it != last; ++it)
        most = std::max(most, it->fileDescriptors);
    return most;
}

// Least-squares slope of resident memory over time, KiB per hour.
double slopePerHour(std::vector<ResourceSample>::const_iterator first,
                    std::vector<ResourceSample>::const_iterator last)
{
    const double n = double(last - first);
    double st = 0.0, sr = 0.0;
    for (auto it = first; it != last; ++it) {
        st += it->seconds;
        sr += double(it->residentKiB);
    }
    const double mt = st / n, mr = sr / n;
    double cov = 0.0, var = 0.0;
    for (auto it = first; it != last; ++it) {
        cov += (it->seconds - mt) * (double(it->residentKiB) - mr);
        var += (it->seconds - mt) * (it->seconds - mt);
    }
    return var > 0.0 ? cov / var * 3600.0 : 0.0;
}

} // namespace

ResourceTrend analyseResourceTrend(const std::vector<ResourceSample> &samples,
                                   const ResourceTrendOptions &options)
{
    ResourceTrend t;
    t.samples = int(samples.size());
    t.warmupSamples = std::min(t.samples, int(std::ceil(options.warmupFraction * t.samples)));
    const int judged = t.samples - t.warmupSamples;
    if (judged < std::max(options.minimumSamples, 4))
        return t;
    t.enough = true;
    const auto begin = samples.begin() + t.warmupSamples;
    const auto end = samples.end();
    const int quarter = judged / 4;
    t.rssStartKiB = medianResident(begin, begin + quarter);
    t.rssEndKiB = medianResident(end - quarter, end);
    t.rssSlopeKiBPerHour = slopePerHour(begin, end);
    t.fdStart = mostDescriptors(begin, begin + quarter);
    t.fdEnd = mostDescriptors(end - quarter, end);
    const qint64 slack = std::max<qint64>(
        options.rssSlackKiB, qint64(options.rssSlackFraction * double(t.rssStartKiB)));
    t.rssGrows = t.rssEndKiB - t.rssStartKiB > slack;
    t.fdsGrow = t.fdEnd > t.fdStart;
    return t;
}

} // namespace nexvitad::runtime

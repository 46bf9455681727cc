#pragma once
// Does a long-running process keep growing? `bench soak` samples its resident memory and
// open file descriptors after every round of work; this decides from those samples whether
// either grows once the process is warm.
//
// Why medians of quarters rather than the first and last sample: the allocator, SQLite's
// page cache and LibTorch's tensor cache move resident memory by a few MiB from round to
// round; a leak shows as a level that keeps rising, not as one high sample.

#include <QtGlobal>

#include <vector>

namespace nexvitad::runtime {

struct ResourceSample
{
    double seconds = 0.0;   // since the run started
    qint64 residentKiB = 0; // process_resources.h
    int fileDescriptors = 0;
};

struct ResourceTrendOptions
{
    double warmupFraction = 0.2; // the first share of the samples is warm-up, not judged
    int minimumSamples = 8;      // judged samples needed for a verdict
    // Resident growth tolerated between the first and the last quarter after warm-up: the
    // larger of these (allocator and cache noise; measured on the soak: +-3 MiB).
    qint64 rssSlackKiB = 16 * 1024;
    double rssSlackFraction = 0.02;
};

struct ResourceTrend
{
    int samples = 0;
    int warmupSamples = 0;
    bool enough = false; // false: too few samples after warm-up for a verdict

    qint64 rssStartKiB = 0;     // median of the first quarter after warm-up
    qint64 rssEndKiB = 0;       // median of the last quarter
    double rssSlopeKiBPerHour = 0.0; // least squares over the samples after warm-up
    int fdStart = 0;            // most descriptors in the first quarter after warm-up
    int fdEnd = 0;              // most in the last quarter
    bool rssGrows = false;
    bool fdsGrow = false;

    bool grows() const { return rssGrows || fdsGrow; }
};

ResourceTrend analyseResourceTrend(const std::vector<ResourceSample> &samples,
                                   const ResourceTrendOptions &options = {});

} // namespace nexvitad::runtime

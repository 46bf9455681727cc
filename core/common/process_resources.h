#pragma once
// What this process holds right now, read from /proc/self (Linux): resident memory, its
// peak, and open file descriptors. The benches print them; `bench soak` watches them for
// growth (common/resource_trend.h). 0 / -1 where /proc is unavailable.

#include <QtGlobal>

namespace nexvitad::runtime {

// Resident set size now (VmRSS), KiB; 0 when unknown.
qint64 residentKiB();
// Peak resident set size since the process started (VmHWM), KiB; 0 when unknown.
qint64 peakResidentKiB();
// Open file descriptors (entries of /proc/self/fd, the one used to list them excluded);
// -1 when unknown.
int openFileDescriptors();

} // namespace nexvitad::runtime

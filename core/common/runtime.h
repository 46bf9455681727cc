#pragma once
// Process-wide compute set-up and the facts `nexvitad-cli doctor` prints: LibTorch's
// intra-op threads (Debian's LibTorch starts at 1), the BLAS in use and its measured
// speed (Debian's reference BLAS is ~40x slower than OpenBLAS), devices, versions.

#include "common/settings.h"

#include <QString>
#include <QStringList>

namespace nexvitad::runtime {

// Sets LibTorch's intra-op threads: `requested` > 0 as given, else all cores.
// Returns the count in effect.
int configureThreads(int requested);
int threadCount();

// Installs the tensor memory pool (tensor_memory_pool.h) keeping up to `mib` MiB of freed
// tensor memory for reuse; 0 switches it off.
void configureTensorCache(int mib);
int coreCount();

struct BlasCheck
{
    double gflops = 0.0;     // best of a few square sgemm runs
    int matrixSize = 0;
    QString library;         // the BLAS shared object mapped into the process
    bool looksReference = false; // true: slow reference BLAS, install libopenblas0-openmp
    QString warning;         // translated, empty when fine
};

// Measures single-precision matrix-product speed with LibTorch (a few hundred ms at most).
BlasCheck checkBlas(int matrixSize = 1024);

// Below this a machine is running the reference BLAS (measured: 4 GFLOP/s reference,
// ~150 GFLOP/s OpenBLAS on 2 cores).
constexpr double kReferenceBlasGflops = 20.0;

bool cudaAvailable();
int cudaDeviceCount();
// "cpu" or "cuda": the device a DeviceChoice resolves to here. Throws Error when CUDA is
// requested but absent.
QString resolveDevice(DeviceChoice choice);

QString torchVersion();
QString opencvVersion();
QString qtVersion();

// Applies the settings (threads, tensor cache) at start-up of the GUI and the CLI; logs a warning when
// the BLAS looks like the reference one. Cheap (one small sgemm).
BlasCheck startUp(const Settings &settings);

} // namespace nexvitad::runtime

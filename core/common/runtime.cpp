#include "common/runtime.h"

#include "common/error.h"
#include "common/logging.h"
#include "common/tensor_memory_pool.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>

#include <opencv2/core/version.hpp>
#include <torch/torch.h>

#include <chrono>
#include <thread>

namespace nexvitad::runtime {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::runtime)
};

// The BLAS that the dynamic loader picked (Debian switches libblas.so.3 by alternatives).
QString mappedBlasLibrary()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = maps.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const int slash = line.indexOf('/');
        if (slash < 0)
            continue;
        const QByteArray path = line.mid(slash);
        if (path.contains("openblas") || path.contains("libblas") || path.contains("mkl")
            || path.contains("blis"))
            return QString::fromLocal8Bit(path);
    }
    return {};
}
} // namespace

int coreCount()
{
    return std::max(1, int(std::thread::hardware_concurrency()));
}

int configureThreads(int requested)
{
    const int n = requested > 0 ? requested : coreCount();
    torch::set_num_threads(n);
    return torch::get_num_threads();
}

void configureTensorCache(int mib)
{
    installTensorMemoryPool(int64_t(std::max(0, mib)) << 20);
}

int threadCount()
{
    return torch::get_num_threads();
}

BlasCheck checkBlas(int matrixSize)
{
    torch::NoGradGuard noGrad;
    BlasCheck check;
    check.matrixSize = matrixSize;
    torch::manual_seed(0);
    const auto a = torch::randn({matrixSize, matrixSize});
    const auto b = torch::randn({matrixSize, matrixSize});
    auto c = torch::mm(a, b); // warm-up: thread pool start, page faults
    const double flop = 2.0 * double(matrixSize) * matrixSize * matrixSize;
    double best = 0.0;
    for (int i = 0; i < 3; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        c = torch::mm(a, b);
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
                             .count();
        best = std::max(best, flop / std::max(s, 1e-9) / 1e9);
    }
    check.gflops = best;
    check.library = mappedBlasLibrary();
    check.looksReference = best < kReferenceBlasGflops;
    if (check.looksReference) {
        check.warning = Tr::tr("Matrix products run at %1 GFLOP/s (BLAS: %2). This is the slow "
                               "reference BLAS; install the package libopenblas0-openmp for "
                               "a 10-40x faster engine.")
                            .arg(best, 0, 'f', 1)
                            .arg(check.library.isEmpty() ? Tr::tr("unknown") : check.library);
    }
    return check;
}

bool cudaAvailable()
{
    return torch::cuda::is_available();
}

int cudaDeviceCount()
{
    return int(torch::cuda::device_count());
}

QString resolveDevice(DeviceChoice choice)
{
    switch (choice) {
    case DeviceChoice::Cpu:
        return QStringLiteral("cpu");
    case DeviceChoice::Cuda:
        if (!cudaAvailable())
            throw Error(Tr::tr("CUDA was requested but this LibTorch build has no usable CUDA "
                               "device. Choose the CPU or Auto in the settings."));
        return QStringLiteral("cuda");
    case DeviceChoice::Auto:
        break;
    }
    return cudaAvailable() ? QStringLiteral("cuda") : QStringLiteral("cpu");
}

QString torchVersion()
{
    return QStringLiteral("%1.%2.%3").arg(TORCH_VERSION_MAJOR).arg(TORCH_VERSION_MINOR).arg(
        TORCH_VERSION_PATCH);
}

QString opencvVersion()
{
    return QStringLiteral(CV_VERSION);
}

QString qtVersion()
{
    return QString::fromLatin1(qVersion());
}

BlasCheck startUp(const Settings &settings)
{
    const int threads = configureThreads(settings.threads());
    configureTensorCache(settings.tensorCacheMiB());
    try {
        configurePrecision(settings.precision());
    } catch (const Error &e) {
        // A setting this machine cannot run (copied from another machine): fp32, loudly.
        qCWarning(lcCore).noquote() << e.userText();
        configurePrecision(Precision::Float32);
    }
    BlasCheck check = checkBlas(256);
    qCInfo(lcCore) << "LibTorch" << torchVersion() << "threads" << threads << "sgemm"
                   << check.gflops << "GFLOP/s";
    if (check.looksReference)
        qCWarning(lcCore).noquote() << check.warning;
    return check;
}

} // namespace nexvitad::runtime

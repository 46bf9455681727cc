#include "common/precision.h"

#include "common/error.h"

#include <ATen/Context.h>
#include <torch/cuda.h>

#include <atomic>

namespace nexvitad {

QString precisionName(Precision precision)
{
    return precision == Precision::BFloat16 ? QStringLiteral("bf16") : QStringLiteral("fp32");
}

bool parsePrecision(const QString &text, Precision *out)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("fp32") || t == QLatin1String("float32")) {
        *out = Precision::Float32;
        return true;
    }
    if (t == QLatin1String("bf16") || t == QLatin1String("bfloat16")) {
        *out = Precision::BFloat16;
        return true;
    }
    return false;
}

namespace runtime {

namespace {
std::atomic<Precision> g_precision{Precision::Float32};
}

bool cpuHasBf16()
{
    return cpuBf16Problem().isEmpty();
}

QString cpuBf16Problem()
{
#if defined(__x86_64__) || defined(__i386__)
    // __builtin_cpu_supports also checks that the OS saves the AVX-512 registers.
    const bool cpu = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
                     __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512bf16");
#else
    const bool cpu = false;
#endif
    if (!cpu)
        return PrecisionText::tr("This CPU has no bfloat16 instructions (AVX512_BF16); use "
                                 "fp32.");
    if (!at::hasMKLDNN())
        return PrecisionText::tr("This LibTorch was built without oneDNN, which runs bfloat16 "
                                 "products on the CPU; use fp32.");
    return {};
}

void configurePrecision(Precision precision)
{
    if (precision == Precision::BFloat16 && !cpuHasBf16() && !torch::cuda::is_available())
        throw Error(PrecisionText::tr("bf16 was asked for, but it cannot run here. %1")
                        .arg(cpuBf16Problem()));
    g_precision.store(precision);
}

Precision precision()
{
    return g_precision.load();
}

void requirePrecisionOn(const QString &deviceType)
{
    if (precision() != Precision::BFloat16 || deviceType.startsWith(QLatin1String("cuda")))
        return;
    const QString problem = cpuBf16Problem();
    if (!problem.isEmpty())
        throw Error(PrecisionText::tr("bf16 was asked for on the CPU, but it cannot run there. "
                                      "%1")
                        .arg(problem));
}

} // namespace runtime
} // namespace nexvitad

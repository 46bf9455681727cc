#pragma once
// The number format of the heavy matrix products: float32 everywhere (the default), or
// bfloat16 products with float32 accumulation where the hardware has them (issue 22,
// docs/performance.md "bf16"). Process-wide, like the thread count: the CLI sets it from
// the setting or --precision, the GUI from its setting.
//
// What bf16 changes (and nothing else):
// - the frozen backbones' linear layers (qkv, projections, MLPs: most of their work): inputs
//   and weights rounded to bfloat16, products accumulated in float32, outputs bfloat16,
//   then float32 again for everything that follows (norms, softmax, attention, residuals);
// - the training step's decoder and heads: LibTorch's autocast (convolutions and matrix
//   products in bfloat16, losses and optimiser in float32).
// Banks, features on disk, metrics and reports stay float32.

#include <QCoreApplication>
#include <QString>

namespace nexvitad {

enum class Precision { Float32, BFloat16 };

class PrecisionText
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::PrecisionText)
};

// "fp32" / "bf16".
QString precisionName(Precision precision);
// Accepts "fp32", "float32", "bf16", "bfloat16" (case-insensitive); false otherwise.
bool parsePrecision(const QString &text, Precision *out);

namespace runtime {

// Whether this CPU runs bfloat16 products natively: AVX512_BF16 (vdpbf16ps), with the
// AVX-512 foundation, BW and VL it needs, and LibTorch built with oneDNN, which issues them.
bool cpuHasBf16();
// Why bf16 is unavailable on this CPU, translated; empty when it is available.
QString cpuBf16Problem();

// Makes `precision` the process's. bf16 is refused (nexvitad::Error, with the reason) when
// neither this CPU (cpuHasBf16) nor a CUDA device can run it.
void configurePrecision(Precision precision);
Precision precision();

// Throws nexvitad::Error when bf16 is in effect and `deviceType` ("cpu" or "cuda") cannot run
// it: the check before work starts on a device that configurePrecision did not know of.
void requirePrecisionOn(const QString &deviceType);

} // namespace runtime
} // namespace nexvitad

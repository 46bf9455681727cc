// safetensors (weights and bank files): the whole file's bytes through parseSafeTensors, the
// in-memory parser SafeTensorsFile::open runs on the mapped file; then what a loader does
// with a header it accepted: every floating-point tensor converted to float32 and the keys
// compared with a backbone variant's (weights_check.h).
#include "backbones/weights_check.h"
#include "fuzz_support.h"
#include "io/safetensors.h"

#include <vector>

using namespace nexvitad;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    io::SafeTensorsHeader header;
    if (!fuzz::refusedOrParsed([&] { header = io::parseSafeTensors(bytes, QStringLiteral("fuzz")); }))
        return 0;

    const qint64 dataSize = bytes.size() - header.dataOffset;
    for (const io::TensorInfo &t : header.tensors) {
        // What parseSafeTensors promises: each tensor's bytes lie inside the data section
        // and match its dtype and shape.
        fuzz::require(t.begin >= 0 && t.begin <= t.end && t.end <= dataSize,
                      "tensor bytes inside the data section");
        fuzz::require(t.byteCount() == t.elementCount() * io::dtypeSize(t.dtype),
                      "byte count = elements x dtype size");
        if (!io::isFloatDtype(t.dtype))
            continue;
        std::vector<float> values(size_t(t.elementCount()));
        io::convertToFloat32(t, QByteArrayView(bytes).sliced(header.dataOffset + t.begin,
                                                             t.byteCount()),
                             values.data());
    }
    // Two small variants of both families (the fixtures' own) and a real one.
    for (const char *variant : {"hiera_mini", "dinov2_mini_reg4", "vit_small_patch14_dinov2"}) {
        const backbones::KeyReport report = backbones::compareKeys(header, QLatin1String(variant));
        fuzz::refusedOrParsed([&] { backbones::throwIfBad(report, QLatin1String(variant),
                                                          QStringLiteral("fuzz")); });
    }
    return 0;
}

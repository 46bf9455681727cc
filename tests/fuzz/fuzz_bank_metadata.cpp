// A memory bank's description (the JSON in the safetensors metadata entry "nexvitad.bank",
// infer/memory_bank.h). The input is the description itself; the harness wraps it into a
// bank file whose tensors have the shapes the description asks for (when they are small),
// so that mutations reach the layers, images, views, thresholds and score reference instead
// of stopping at the first missing tensor. Then MemoryBank::load and readBankScoreBaseline.
#include "fuzz_support.h"
#include "infer/bank_views.h"
#include "infer/memory_bank.h"
#include "io/safetensors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <vector>

using namespace nexvitad;

namespace {

constexpr qint64 kMaxElements = 1 << 16; // keeps one run fast

struct Tensors
{
    std::vector<std::vector<float>> storage;
    std::vector<io::Float32Tensor> floats;
    std::vector<quint8> viewBytes;
    std::vector<io::UInt8Tensor> bytes;
    QSet<QString> names;

    void addFloat(const QString &name, qint64 rows, qint64 cols)
    {
        if (rows < 0 || cols < 0 || rows * cols > kMaxElements || names.contains(name))
            return;
        names.insert(name);
        storage.emplace_back(size_t(rows * cols), 0.5f);
        floats.push_back({name, {rows, cols}, storage.back().data()});
    }
};

qint64 integer(const QJsonObject &o, const char *key)
{
    const double d = o.value(QLatin1String(key)).toDouble(-1);
    return d >= 0 && d <= kMaxElements ? qint64(d) : -1;
}

// The tensors the description names, in the shapes MemoryBank::load checks.
void addTensorsFor(const QJsonObject &description, Tensors &t)
{
    const qint64 images = description.value(QStringLiteral("images")).toArray().size();
    const QJsonObject clustering = description.value(QStringLiteral("clustering")).toObject();
    const bool sinkhorn =
        description.value(QStringLiteral("prototypes")).toString() == QLatin1String("sinkhorn_kmeans");
    for (const QJsonValue &v : description.value(QStringLiteral("layers")).toArray()) {
        const QJsonObject l = v.toObject();
        const qint64 stage = integer(l, "stage"), h = integer(l, "grid_height"),
                     w = integer(l, "grid_width"), c = integer(l, "channels");
        if (stage < 0 || h < 0 || w < 0 || c < 0 || h * w > kMaxElements)
            continue;
        t.addFloat(QStringLiteral("patches.layer%1").arg(stage), images * h * w, c);
        if (sinkhorn)
            t.addFloat(QStringLiteral("prototypes.layer%1").arg(stage), integer(clustering, "k"), c);
    }
    const qint64 s = integer(description.value(QStringLiteral("scoring")).toObject(), "image_size");
    if (s > 0 && images * s * s * 3 <= kMaxElements) {
        t.viewBytes.assign(size_t(images * s * s * 3), 128);
        t.bytes.push_back({QLatin1String(infer::kBankViewsTensor), {images, s, s, 3}, t.viewBytes.data()});
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray description = fuzz::bytesOf(data, size);
    Tensors tensors;
    const QJsonDocument doc = QJsonDocument::fromJson(description);
    if (doc.isObject())
        addTensorsFor(doc.object(), tensors);
    const QByteArray file = io::serializeSafeTensors(
        tensors.floats, {{QStringLiteral("nexvitad.bank"), QString::fromUtf8(description)}},
        tensors.bytes);
    const QString path = fuzz::writeInputFile(reinterpret_cast<const uint8_t *>(file.constData()),
                                              size_t(file.size()), QStringLiteral("input.bank"));
    fuzz::refusedOrParsed([&] {
        const infer::MemoryBank bank = infer::MemoryBank::load(path);
        fuzz::require(bank.imageCount() > 0, "a loaded bank has images");
        (void)bank.canExplain();
    });
    fuzz::refusedOrParsed([&] { (void)infer::readBankScoreBaseline(path); });
    return 0;
}

#include "train/feature_file_torch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <cstring>
#include <torch/torch.h>

namespace nexvitad::train {
namespace {

constexpr char kMagic[] = "NXFC0001";
constexpr qsizetype kMagicSize = 8;
static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "the cache stores native little-endian floats");

QJsonObject describe(const QString &name, const torch::Tensor &t)
{
    QJsonArray shape;
    for (int64_t s : t.sizes())
        shape.append(qint64(s));
    return {{QStringLiteral("name"), name}, {QStringLiteral("shape"), shape}};
}

} // namespace

QByteArray encodeFeatureFile(const QString &keyText, const model::FrozenFeatures &features)
{
    std::vector<std::pair<QString, torch::Tensor>> tensors;
    for (size_t n = 0; n < features.hiera.size(); ++n)
        tensors.emplace_back(QStringLiteral("hiera%1").arg(n + 1), features.hiera[n]);
    tensors.emplace_back(QStringLiteral("dino"), features.dino);

    QJsonArray list;
    for (const auto &[name, t] : tensors) {
        TORCH_CHECK(t.device().is_cpu() && t.is_contiguous() && t.scalar_type() == torch::kFloat32,
                    "feature file: CPU contiguous float32 tensors only");
        list.append(describe(name, t));
    }
    const QByteArray header = QJsonDocument(QJsonObject{{QStringLiteral("key"), keyText},
                                                        {QStringLiteral("tensors"), list}})
                                  .toJson(QJsonDocument::Compact);
    QByteArray out(kMagic, kMagicSize);
    char length[4];
    qToLittleEndian<quint32>(quint32(header.size()), length);
    out.append(length, 4);
    out.append(header);
    for (const auto &entry : tensors)
        out.append(static_cast<const char *>(entry.second.data_ptr()),
                   qsizetype(entry.second.nbytes()));
    return out;
}

std::optional<model::FrozenFeatures> decodeFeatureFile(const QString &path,
                                                       const QString &expectedKeyText)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    if (bytes.size() < kMagicSize + 4 || !bytes.startsWith(QByteArrayView(kMagic, kMagicSize)))
        return std::nullopt;
    const qint64 headerLength = qFromLittleEndian<quint32>(bytes.constData() + kMagicSize);
    qint64 offset = kMagicSize + 4 + headerLength;
    if (offset > bytes.size())
        return std::nullopt;
    const QJsonObject header =
        QJsonDocument::fromJson(bytes.mid(kMagicSize + 4, headerLength)).object();
    if (header.value(QStringLiteral("key")).toString() != expectedKeyText)
        return std::nullopt;

    model::FrozenFeatures out;
    for (const QJsonValue &v : header.value(QStringLiteral("tensors")).toArray()) {
        std::vector<int64_t> shape;
        qint64 count = 1;
        for (const QJsonValue &s : v.toObject().value(QStringLiteral("shape")).toArray()) {
            const qint64 dim = s.toInteger(-1);
            if (dim < 0 || dim > (qint64(1) << 31))
                return std::nullopt;
            shape.push_back(dim);
            count *= dim;
            if (count > bytes.size()) // also keeps the product from overflowing
                return std::nullopt;
        }
        const qint64 nbytes = count * qint64(sizeof(float));
        if (shape.empty() || offset + nbytes > bytes.size())
            return std::nullopt;
        torch::Tensor t = torch::empty(shape, torch::kFloat32);
        std::memcpy(t.data_ptr(), bytes.constData() + offset, size_t(nbytes));
        offset += nbytes;
        if (v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("dino"))
            out.dino = t;
        else
            out.hiera.push_back(t);
    }
    if (offset != bytes.size() || !out.dino.defined() || out.hiera.empty())
        return std::nullopt;
    return out;
}

} // namespace nexvitad::train

#include "io/safetensors.h"

#include "common/error.h"
#include "io/atomic_file.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtCore/qfloat16.h>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>

// The format stores little-endian data; we hand out views of the mapped bytes as-is.
static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "safetensors views assume a little-endian host");

namespace nexvitad::io {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::io::SafeTensors)
};

constexpr qint64 kMaxExactInteger = qint64(1) << 53; // JSON numbers are doubles
constexpr const char *kMetadataKey = "__metadata__";

QString shapeText(const std::vector<qint64> &shape)
{
    QStringList parts;
    for (qint64 d : shape)
        parts << QString::number(d);
    return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
}

// A JSON number that is a non-negative integer small enough to be exact, or -1.
qint64 nonNegativeInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return -1;
    const double d = value.toDouble();
    if (!(d >= 0.0) || d > double(kMaxExactInteger) || std::floor(d) != d)
        return -1;
    return static_cast<qint64>(d);
}

TensorInfo parseEntry(const QString &name, const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        throw Error(Tr::tr("Invalid safetensors header: entry \"%1\" is not an object.").arg(name),
                    path);
    const QJsonObject entry = value.toObject();
    TensorInfo info;
    info.name = name;

    const QJsonValue dtype = entry.value(QLatin1String("dtype"));
    if (!dtype.isString())
        throw Error(Tr::tr("Invalid safetensors header: tensor \"%1\" has no dtype.").arg(name),
                    path);
    info.dtype = dtype.toString();
    if (dtypeSize(info.dtype) == 0) {
        static const QSet<QString> kKnownOther = {
            QStringLiteral("F64"), QStringLiteral("I64"), QStringLiteral("I32"),
            QStringLiteral("I16"), QStringLiteral("I8"),  QStringLiteral("U64"),
            QStringLiteral("U32"), QStringLiteral("U16"), QStringLiteral("BOOL"),
            QStringLiteral("F8_E4M3"), QStringLiteral("F8_E5M2")};
        if (kKnownOther.contains(info.dtype))
            throw Error(Tr::tr("Tensor \"%1\" has dtype %2; only F32, F16 and BF16 weights (and "
                               "U8 bytes) are supported.")
                            .arg(name, info.dtype),
                        path);
        throw Error(Tr::tr("Invalid safetensors header: tensor \"%1\" has an unknown dtype "
                           "\"%2\".")
                        .arg(name, info.dtype.left(40)),
                    path);
    }

    const QJsonValue shape = entry.value(QLatin1String("shape"));
    if (!shape.isArray())
        throw Error(Tr::tr("Invalid safetensors header: tensor \"%1\" has no shape.").arg(name),
                    path);
    const QJsonArray dims = shape.toArray();
    if (dims.size() > 16)
        throw Error(Tr::tr("Invalid safetensors header: tensor \"%1\" has %2 dimensions.")
                        .arg(name)
                        .arg(dims.size()),
                    path);
    qint64 count = 1;
    for (const QJsonValue &d : dims) {
        const qint64 dim = nonNegativeInteger(d);
        if (dim < 0)
            throw Error(Tr::tr("Invalid safetensors header: tensor \"%1\" has a shape that is "
                               "not a list of non-negative integers.")
                            .arg(name),
                        path);
        if (dim != 0 && count > kMaxExactInteger / dim)
            throw Error(Tr::tr("Invalid safetensors header: tensor \"%1\" is impossibly large.")
                            .arg(name),
                        path);
        count *= dim;
        info.shape.push_back(dim);
    }

    const QJsonValue offsets = entry.value(QLatin1String("data_offsets"));
    const QJsonArray pair = offsets.toArray();
    const qint64 begin = pair.size() == 2 ? nonNegativeInteger(pair.at(0)) : -1;
    const qint64 end = pair.size() == 2 ? nonNegativeInteger(pair.at(1)) : -1;
    if (!offsets.isArray() || begin < 0 || end < 0 || end < begin)
        throw Error(Tr::tr("Invalid safetensors header: tensor \"%1\" has invalid data_offsets.")
                        .arg(name),
                    path);
    info.begin = begin;
    info.end = end;
    if (count * dtypeSize(info.dtype) != end - begin)
        throw Error(Tr::tr("Invalid safetensors header: tensor \"%1\" (%2 %3) needs %4 bytes but "
                           "its data_offsets span %5.")
                        .arg(name, info.dtype, shapeText(info.shape))
                        .arg(count * dtypeSize(info.dtype))
                        .arg(end - begin),
                    path);
    return info;
}

QMap<QString, QString> parseMetadata(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        throw Error(Tr::tr("Invalid safetensors header: \"__metadata__\" is not an object."), path);
    QMap<QString, QString> metadata;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            throw Error(Tr::tr("Invalid safetensors header: metadata \"%1\" is not a string.")
                            .arg(it.key()),
                        path);
        metadata.insert(it.key(), it.value().toString());
    }
    return metadata;
}

} // namespace

qint64 TensorInfo::elementCount() const
{
    qint64 count = 1;
    for (qint64 d : shape)
        count *= d;
    return count;
}

const TensorInfo *SafeTensorsHeader::find(const QString &name) const
{
    for (const TensorInfo &t : tensors)
        if (t.name == name)
            return &t;
    return nullptr;
}

int dtypeSize(const QString &dtype)
{
    if (dtype == QLatin1String(kDtypeF32))
        return 4;
    if (dtype == QLatin1String(kDtypeF16) || dtype == QLatin1String(kDtypeBF16))
        return 2;
    if (dtype == QLatin1String(kDtypeU8))
        return 1;
    return 0;
}

bool isFloatDtype(const QString &dtype)
{
    return dtype == QLatin1String(kDtypeF32) || dtype == QLatin1String(kDtypeF16) ||
           dtype == QLatin1String(kDtypeBF16);
}

SafeTensorsHeader parseSafeTensors(QByteArrayView fileBytes, const QString &path)
{
    const qint64 size = fileBytes.size();
    if (size < 8)
        throw Error(Tr::tr("Not a safetensors file: only %1 bytes long.").arg(size), path);
    const quint64 headerLength = qFromLittleEndian<quint64>(fileBytes.data());
    if (headerLength > quint64(kMaxHeaderBytes) || headerLength > quint64(size - 8))
        throw Error(Tr::tr("Not a safetensors file, or truncated: the header claims %1 bytes but "
                           "the file has %2.")
                        .arg(headerLength)
                        .arg(size),
                    path);
    if (headerLength < 2)
        throw Error(Tr::tr("Invalid safetensors header: too short."), path);

    SafeTensorsHeader header;
    header.dataOffset = 8 + qint64(headerLength);
    const qint64 dataSize = size - header.dataOffset;

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(
        fileBytes.sliced(8, qint64(headerLength)).toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw Error(Tr::tr("Invalid safetensors header: malformed JSON at byte %1 (%2).")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()),
                    path);
    if (!doc.isObject())
        throw Error(Tr::tr("Invalid safetensors header: the JSON is not an object."), path);

    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() == QLatin1String(kMetadataKey)) {
            header.metadata = parseMetadata(it.value(), path);
            continue;
        }
        if (it.key().isEmpty())
            throw Error(Tr::tr("Invalid safetensors header: a tensor has an empty name."), path);
        TensorInfo info = parseEntry(it.key(), it.value(), path);
        if (info.end > dataSize)
            throw Error(Tr::tr("Invalid safetensors file: tensor \"%1\" lies outside the file "
                               "(bytes %2 to %3 of a %4-byte data section); the file may be "
                               "truncated.")
                            .arg(info.name)
                            .arg(info.begin)
                            .arg(info.end)
                            .arg(dataSize),
                        path);
        header.tensors.push_back(std::move(info));
    }

    std::sort(header.tensors.begin(), header.tensors.end(),
              [](const TensorInfo &a, const TensorInfo &b) {
                  return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
              });
    for (size_t i = 1; i < header.tensors.size(); ++i) {
        const TensorInfo &previous = header.tensors[i - 1];
        const TensorInfo &current = header.tensors[i];
        // Empty tensors occupy no bytes and cannot overlap anything.
        if (current.begin < previous.end && current.byteCount() > 0)
            throw Error(Tr::tr("Invalid safetensors file: tensors \"%1\" and \"%2\" overlap.")
                            .arg(previous.name, current.name),
                        path);
    }
    return header;
}

void convertToFloat32(const TensorInfo &info, QByteArrayView raw, float *out)
{
    const qint64 count = info.elementCount();
    // An empty tensor's buffers may be null, and memcpy with a null pointer is undefined
    // even for zero bytes (found by fuzzing, docs/reliability.md).
    if (count == 0)
        return;
    const char *src = raw.data();
    if (info.dtype == QLatin1String(kDtypeF32)) {
        std::memcpy(out, src, size_t(count) * sizeof(float));
    } else if (info.dtype == QLatin1String(kDtypeF16)) {
        // Qt's conversion (F16C where the CPU has it), through an aligned buffer in the
        // host's byte order.
        constexpr qint64 kBlock = 4096;
        qfloat16 halves[kBlock];
        for (qint64 first = 0; first < count; first += kBlock) {
            const qint64 n = std::min(kBlock, count - first);
            qFromLittleEndian<quint16>(src + 2 * first, n, halves);
            qFloatFromFloat16(out + first, halves, n);
        }
    } else if (info.dtype == QLatin1String(kDtypeBF16)) {
        for (qint64 i = 0; i < count; ++i) {
            const quint32 bits = quint32(qFromLittleEndian<quint16>(src + 2 * i)) << 16;
            std::memcpy(out + i, &bits, sizeof(float));
        }
    }
}

// ---------------------------------------------------------------------------------------

SafeTensorsFile SafeTensorsFile::open(const QString &path)
{
    SafeTensorsFile result;
    result.m_path = path;
    result.m_file = std::make_unique<QFile>(path);
    if (!result.m_file->exists())
        throw Error(Tr::tr("The weights file does not exist."), path);
    if (!result.m_file->open(QIODevice::ReadOnly))
        throw Error(Tr::tr("Cannot open the weights file: %1").arg(result.m_file->errorString()),
                    path);
    const qint64 size = result.m_file->size();
    uchar *mapped = size > 0 ? result.m_file->map(0, size) : nullptr;
    if (mapped) {
        result.m_bytes = QByteArrayView(reinterpret_cast<const char *>(mapped), size);
    } else {
        result.m_fallback = result.m_file->readAll();
        result.m_bytes = QByteArrayView(result.m_fallback);
    }
    result.m_header = parseSafeTensors(result.m_bytes, path);
    return result;
}

SafeTensorsFile::SafeTensorsFile(SafeTensorsFile &&) noexcept = default;
SafeTensorsFile &SafeTensorsFile::operator=(SafeTensorsFile &&) noexcept = default;
SafeTensorsFile::~SafeTensorsFile() = default;

QByteArrayView SafeTensorsFile::tensorBytes(const TensorInfo &info) const
{
    return m_bytes.sliced(m_header.dataOffset + info.begin, info.byteCount());
}

std::vector<float> SafeTensorsFile::readFloat32(const QString &name) const
{
    const TensorInfo *info = find(name);
    if (!info)
        throw Error(Tr::tr("The file has no tensor \"%1\".").arg(name), m_path);
    if (!isFloatDtype(info->dtype))
        throw Error(Tr::tr("Tensor \"%1\" has dtype %2, not floating-point numbers.")
                        .arg(name, info->dtype),
                    m_path);
    std::vector<float> values(size_t(info->elementCount()));
    convertToFloat32(*info, tensorBytes(*info), values.data());
    return values;
}

QByteArray SafeTensorsFile::readUInt8(const QString &name) const
{
    const TensorInfo *info = find(name);
    if (!info)
        throw Error(Tr::tr("The file has no tensor \"%1\".").arg(name), m_path);
    if (info->dtype != QLatin1String(kDtypeU8))
        throw Error(Tr::tr("Tensor \"%1\" has dtype %2, not U8.").arg(name, info->dtype), m_path);
    return tensorBytes(*info).toByteArray();
}

// ---------------------------------------------------------------------------------------

namespace {

// A tensor to write, whatever its element type.
struct RawTensor
{
    QString name;
    std::vector<qint64> shape;
    const char *data = nullptr;
    const char *dtype = kDtypeF32;
    qint64 elementSize = 4;

    qint64 byteCount() const
    {
        qint64 count = 1;
        for (qint64 d : shape)
            count *= d;
        return count * elementSize;
    }
};

std::vector<RawTensor> rawTensors(const std::vector<Float32Tensor> &floats,
                                  const std::vector<UInt8Tensor> &bytes)
{
    std::vector<RawTensor> all;
    for (const Float32Tensor &t : floats)
        all.push_back({t.name, t.shape, reinterpret_cast<const char *>(t.data), kDtypeF32, 4});
    for (const UInt8Tensor &t : bytes)
        all.push_back({t.name, t.shape, reinterpret_cast<const char *>(t.data), kDtypeU8, 1});
    return all;
}

// The header bytes (length prefix + padded JSON) for tensors laid out in the given order.
QByteArray headerBytes(const std::vector<RawTensor> &tensors,
                       const QMap<QString, QString> &metadata, const QString &path)
{
    QJsonObject root;
    if (!metadata.isEmpty()) {
        QJsonObject meta;
        for (auto it = metadata.begin(); it != metadata.end(); ++it)
            meta.insert(it.key(), it.value());
        root.insert(QLatin1String(kMetadataKey), meta);
    }
    qint64 offset = 0;
    for (const RawTensor &t : tensors) {
        if (t.name.isEmpty() || t.name == QLatin1String(kMetadataKey))
            throw Error(Tr::tr("Cannot write a tensor named \"%1\".").arg(t.name), path);
        if (root.contains(t.name))
            throw Error(Tr::tr("Cannot write two tensors named \"%1\".").arg(t.name), path);
        QJsonArray shape;
        for (qint64 d : t.shape) {
            if (d < 0)
                throw Error(Tr::tr("Tensor \"%1\" has a negative dimension.").arg(t.name), path);
            shape.append(d);
        }
        const qint64 bytes = t.byteCount();
        if (bytes > 0 && !t.data)
            throw Error(Tr::tr("Tensor \"%1\" has no data.").arg(t.name), path);
        QJsonObject entry;
        entry.insert(QLatin1String("dtype"), QLatin1String(t.dtype));
        entry.insert(QLatin1String("shape"), shape);
        entry.insert(QLatin1String("data_offsets"), QJsonArray{offset, offset + bytes});
        root.insert(t.name, entry);
        offset += bytes;
    }
    QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Compact);
    // Pad so that the data section starts 8-byte aligned (as the reference writer does).
    while ((8 + json.size()) % 8 != 0)
        json.append(' ');
    QByteArray out(8, '\0');
    qToLittleEndian<quint64>(quint64(json.size()), out.data());
    return out + json;
}

} // namespace

QByteArray serializeSafeTensors(const std::vector<Float32Tensor> &tensors,
                                const QMap<QString, QString> &metadata,
                                const std::vector<UInt8Tensor> &byteTensors)
{
    const std::vector<RawTensor> all = rawTensors(tensors, byteTensors);
    QByteArray out = headerBytes(all, metadata, QString());
    for (const RawTensor &t : all)
        out.append(t.data, t.byteCount());
    return out;
}

void writeSafeTensors(const QString &path, const std::vector<Float32Tensor> &tensors,
                      const QMap<QString, QString> &metadata,
                      const std::vector<UInt8Tensor> &byteTensors)
{
    const std::vector<RawTensor> all = rawTensors(tensors, byteTensors);
    const QByteArray header = headerBytes(all, metadata, path);
    writeFileAtomically(path, [&](QIODevice &device) {
        if (device.write(header) != header.size())
            return false;
        for (const RawTensor &t : all) {
            const qint64 bytes = t.byteCount();
            if (bytes > 0 && device.write(t.data, bytes) != bytes)
                return false;
        }
        return true;
    });
}

} // namespace nexvitad::io

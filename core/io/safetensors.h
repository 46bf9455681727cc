#pragma once
// Our own reader and writer for the safetensors format (8-byte little-endian header
// length, a JSON header, raw little-endian tensor data). Weights come from the internet
// and from users, so the parser is a pure function of the file's bytes that validates
// everything before any tensor is touched; malformed input is a nexvitad::Error naming the
// file and the problem, never a crash (it is fuzzed). No LibTorch here: the torch glue is
// io/safetensors_torch.h.

#include <QByteArray>
#include <QByteArrayView>
#include <QMap>
#include <QString>

#include <memory>
#include <vector>

class QFile;

namespace nexvitad::io {

// Element types we read. Anything else in a header (F64, I64, ...) is rejected by name.
inline constexpr const char *kDtypeF32 = "F32";
inline constexpr const char *kDtypeF16 = "F16";
inline constexpr const char *kDtypeBF16 = "BF16";
// Bytes (a memory bank's display images, docs/inference.md); never read as weights.
inline constexpr const char *kDtypeU8 = "U8";

struct TensorInfo
{
    QString name;
    QString dtype;              // "F32", "F16", "BF16" or "U8" (validated)
    std::vector<qint64> shape;  // empty = scalar (one element)
    qint64 begin = 0;           // byte offsets relative to the data section, [begin, end)
    qint64 end = 0;

    qint64 elementCount() const;
    qint64 byteCount() const { return end - begin; }
};

struct SafeTensorsHeader
{
    std::vector<TensorInfo> tensors; // in file order (ascending `begin`)
    QMap<QString, QString> metadata; // the optional "__metadata__" string map
    qint64 dataOffset = 0;           // absolute offset of the data section: 8 + header length

    const TensorInfo *find(const QString &name) const; // nullptr when absent
};

// The largest JSON header we accept (the reference implementation's limit).
inline constexpr qint64 kMaxHeaderBytes = 100'000'000;

// Parses and validates a whole safetensors file given as bytes: header length within the
// file and kMaxHeaderBytes, well-formed JSON object, every entry with a supported dtype,
// a shape of non-negative integers whose byte count equals its data_offsets span, offsets
// inside the file, no two tensors overlapping, metadata values strings. Throws
// nexvitad::Error(message, pathForErrors) on the first problem. Pure: no I/O.
SafeTensorsHeader parseSafeTensors(QByteArrayView fileBytes, const QString &pathForErrors);

// Size in bytes of one element of a validated dtype (4, 2, 2 or 1); 0 for any other.
int dtypeSize(const QString &dtype);
// F32, F16 or BF16: what readFloat32 / toFloat32Tensor accept (U8 is not a weight).
bool isFloatDtype(const QString &dtype);

// Converts one validated floating-point tensor's raw little-endian bytes (F32, F16 or
// BF16) to float32. `out` must hold info.elementCount() floats.
void convertToFloat32(const TensorInfo &info, QByteArrayView raw, float *out);

// A safetensors file on disk, memory-mapped read-only (read into memory when mapping is
// impossible) and validated on open. Move-only; views stay valid while it lives.
class SafeTensorsFile
{
public:
    // Throws nexvitad::Error naming the path when the file is unreadable or malformed.
    static SafeTensorsFile open(const QString &path);

    SafeTensorsFile(SafeTensorsFile &&) noexcept;
    SafeTensorsFile &operator=(SafeTensorsFile &&) noexcept;
    ~SafeTensorsFile();

    const QString &path() const { return m_path; }
    const SafeTensorsHeader &header() const { return m_header; }
    const TensorInfo *find(const QString &name) const { return m_header.find(name); }

    // The raw bytes of one tensor of this file's header (little-endian, its own dtype).
    QByteArrayView tensorBytes(const TensorInfo &info) const;
    // The tensor converted to float32; throws Error when `name` is absent or not a
    // floating-point tensor.
    std::vector<float> readFloat32(const QString &name) const;
    // A U8 tensor's bytes (a copy); throws Error when `name` is absent or not U8.
    QByteArray readUInt8(const QString &name) const;

private:
    SafeTensorsFile() = default;

    QString m_path;
    std::unique_ptr<QFile> m_file;
    QByteArray m_fallback; // file contents when mmap was not possible
    QByteArrayView m_bytes;
    SafeTensorsHeader m_header;
};

// One float32 tensor to write. `data` holds the product of `shape` floats.
struct Float32Tensor
{
    QString name;
    std::vector<qint64> shape;
    const float *data = nullptr;
};

// One U8 tensor to write. `data` holds the product of `shape` bytes.
struct UInt8Tensor
{
    QString name;
    std::vector<qint64> shape;
    const quint8 *data = nullptr;
};

// The complete file bytes of a safetensors file with F32 tensors, then U8 tensors, and
// string metadata (header padded with spaces to a multiple of 8 bytes, tensors in the given
// order). Throws Error on an empty or duplicate name.
QByteArray serializeSafeTensors(const std::vector<Float32Tensor> &tensors,
                                const QMap<QString, QString> &metadata = {},
                                const std::vector<UInt8Tensor> &byteTensors = {});

// Writes the same bytes to `path` atomically (temp file, fsync, rename), streaming the
// tensor data. Throws nexvitad::Error naming the path on failure.
void writeSafeTensors(const QString &path, const std::vector<Float32Tensor> &tensors,
                      const QMap<QString, QString> &metadata = {},
                      const std::vector<UInt8Tensor> &byteTensors = {});

} // namespace nexvitad::io

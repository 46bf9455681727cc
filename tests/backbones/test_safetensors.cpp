// The safetensors reader / writer and the weights check, on real fixture files and on
// hand-made malformed bytes. No LibTorch.
#include "backbones/weights_check.h"
#include "common/error.h"
#include "io/safetensors.h"
#include "test_support.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <cstring>

using namespace nexvitad;

namespace {

QString fixture(const QString &name)
{
    return testsupport::dataPath(QStringLiteral("fixtures/") + name);
}

// A safetensors file from a JSON header text and raw data bytes.
QByteArray makeFile(const QByteArray &json, const QByteArray &data)
{
    QByteArray out(8, '\0');
    qToLittleEndian<quint64>(quint64(json.size()), out.data());
    return out + json + data;
}

QByteArray lengthPrefix(quint64 length)
{
    QByteArray out(8, '\0');
    qToLittleEndian<quint64>(length, out.data());
    return out;
}

// The error message of parsing `bytes`, or "" when it parses.
QString parseError(const QByteArray &bytes, const QString &path = QStringLiteral("x.safetensors"))
{
    try {
        io::parseSafeTensors(bytes, path);
    } catch (const Error &e) {
        return e.path() + QLatin1String(": ") + e.message();
    }
    return QString();
}

// All tensors of a fixture checkpoint, as floats kept alive in `storage`.
std::vector<io::Float32Tensor> tensorsOf(const io::SafeTensorsFile &file,
                                         std::vector<std::vector<float>> &storage)
{
    std::vector<io::Float32Tensor> tensors;
    storage.reserve(file.header().tensors.size() + 4);
    for (const io::TensorInfo &info : file.header().tensors) {
        storage.push_back(file.readFloat32(info.name));
        tensors.push_back({info.name, info.shape, storage.back().data()});
    }
    return tensors;
}

QString validationError(const QString &path, const QString &variant)
{
    try {
        backbones::validateWeightsFile(path, variant);
    } catch (const Error &e) {
        return e.path() + QLatin1String(": ") + e.message();
    }
    return QString();
}

} // namespace

class TestSafeTensors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsFixtures()
    {
        const io::SafeTensorsFile file = io::SafeTensorsFile::open(fixture("hiera_mini.io.safetensors"));
        const io::TensorInfo *input = file.find(QStringLiteral("input"));
        QVERIFY(input);
        QCOMPARE(input->dtype, QStringLiteral("F32"));
        QCOMPARE(input->shape, (std::vector<qint64>{1, 3, 224, 224}));
        const std::vector<float> values = file.readFloat32(QStringLiteral("stage4"));
        QCOMPARE(qint64(values.size()), qint64(128 * 7 * 7));
        QVERIFY(std::isfinite(values.front()) && std::isfinite(values.back()));
        QVERIFY_THROWS_EXCEPTION(Error, file.readFloat32(QStringLiteral("nope")));
    }

    void writerRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/out.safetensors"));
        const std::vector<float> a{1.f, -2.5f, 3.25f, 1e-30f, 7.f, 8.f};
        const std::vector<float> b{42.f};
        io::writeSafeTensors(path, {{QStringLiteral("a"), {2, 3}, a.data()},
                                    {QStringLiteral("scalar"), {}, b.data()},
                                    {QStringLiteral("empty"), {0, 4}, nullptr}},
                             {{QStringLiteral("format"), QStringLiteral("pt")},
                              {QStringLiteral("note"), QStringLiteral("ümlaut \"quoted\"")}});
        const io::SafeTensorsFile file = io::SafeTensorsFile::open(path);
        QCOMPARE(file.header().dataOffset % 8, qint64(0));
        QCOMPARE(file.readFloat32(QStringLiteral("a")), a);
        QCOMPARE(file.readFloat32(QStringLiteral("scalar")), b);
        QCOMPARE(file.find(QStringLiteral("empty"))->elementCount(), qint64(0));
        QCOMPARE(file.header().metadata.value(QStringLiteral("note")),
                 QStringLiteral("ümlaut \"quoted\""));
        // The in-memory serialisation is the same file.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(),
                 io::serializeSafeTensors({{QStringLiteral("a"), {2, 3}, a.data()},
                                           {QStringLiteral("scalar"), {}, b.data()},
                                           {QStringLiteral("empty"), {0, 4}, nullptr}},
                                          {{QStringLiteral("format"), QStringLiteral("pt")},
                                           {QStringLiteral("note"),
                                            QStringLiteral("ümlaut \"quoted\"")}}));
        QVERIFY_THROWS_EXCEPTION(Error, io::serializeSafeTensors({{QStringLiteral("a"), {1}, a.data()},
                                                                  {QStringLiteral("a"), {1}, a.data()}}));
    }

    void convertsHalfAndBfloat16()
    {
        // F16: 1, -2, 65504 (max), 2^-24 (smallest subnormal), 0.5, -0, +inf
        const quint16 half[] = {0x3C00, 0xC000, 0x7BFF, 0x0001, 0x3800, 0x8000, 0x7C00};
        // BF16: 1, -2.5, 3.140625, 1e-40-ish subnormal 0x0001
        const quint16 bf16[] = {0x3F80, 0xC020, 0x4049, 0x0001};
        QByteArray data(reinterpret_cast<const char *>(half), sizeof half);
        data.append(reinterpret_cast<const char *>(bf16), sizeof bf16);
        const QByteArray json = QByteArrayLiteral(
            R"({"h":{"dtype":"F16","shape":[7],"data_offsets":[0,14]},)"
            R"("b":{"dtype":"BF16","shape":[2,2],"data_offsets":[14,22]}})");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("half.safetensors"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(makeFile(json, data));
        f.close();
        const io::SafeTensorsFile file = io::SafeTensorsFile::open(path);
        const std::vector<float> h = file.readFloat32(QStringLiteral("h"));
        QCOMPARE(h[0], 1.0f);
        QCOMPARE(h[1], -2.0f);
        QCOMPARE(h[2], 65504.0f);
        QCOMPARE(h[3], std::ldexp(1.0f, -24));
        QCOMPARE(h[4], 0.5f);
        QVERIFY(h[5] == 0.0f && std::signbit(h[5]));
        QVERIFY(std::isinf(h[6]) && h[6] > 0);
        const std::vector<float> b = file.readFloat32(QStringLiteral("b"));
        QCOMPARE(b[0], 1.0f);
        QCOMPARE(b[1], -2.5f);
        QCOMPARE(b[2], 3.140625f);
        quint32 bits;
        std::memcpy(&bits, &b[3], 4);
        QCOMPARE(bits, quint32(0x00010000));
    }

    void byteTensorsRoundTripAndAreNotWeights()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bytes.safetensors"));
        const std::vector<float> a{1.5f, -2.f, 3.f};
        const quint8 pixels[] = {0, 1, 127, 128, 254, 255, 7}; // odd count: unaligned after it
        io::writeSafeTensors(path, {{QStringLiteral("a"), {3}, a.data()}}, {},
                             {{QStringLiteral("pixels"), {7}, pixels},
                              {QStringLiteral("more"), {1, 1}, pixels + 6}});
        const io::SafeTensorsFile file = io::SafeTensorsFile::open(path);
        QCOMPARE(file.find(QStringLiteral("pixels"))->dtype, QStringLiteral("U8"));
        QCOMPARE(file.readUInt8(QStringLiteral("pixels")),
                 QByteArray(reinterpret_cast<const char *>(pixels), 7));
        QCOMPARE(file.readUInt8(QStringLiteral("more")), QByteArray(1, char(7)));
        QCOMPARE(file.readFloat32(QStringLiteral("a")), a);
        // Bytes are never taken for weights, and floats are not bytes.
        QVERIFY_THROWS_EXCEPTION(Error, file.readFloat32(QStringLiteral("pixels")));
        QVERIFY_THROWS_EXCEPTION(Error, file.readUInt8(QStringLiteral("a")));
        QVERIFY(!io::isFloatDtype(QStringLiteral("U8")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), io::serializeSafeTensors({{QStringLiteral("a"), {3}, a.data()}}, {},
                                                       {{QStringLiteral("pixels"), {7}, pixels},
                                                        {QStringLiteral("more"), {1, 1}, pixels + 6}}));
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QByteArray okEntry = R"({"t":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})";
        const QByteArray data8(8, '\0');
        QTest::newRow("empty file") << QByteArray() << "only 0 bytes";
        QTest::newRow("shorter than the length") << QByteArray(5, 'x') << "only 5 bytes";
        QTest::newRow("header length overflow")
            << lengthPrefix(~quint64(0)) + okEntry + data8 << "the header claims";
        QTest::newRow("header longer than file")
            << lengthPrefix(quint64(okEntry.size() + 100)) + okEntry + data8
            << "the header claims";
        QTest::newRow("bad JSON") << makeFile(R"({"t":{"dtype":"F32",)", data8) << "malformed JSON";
        QTest::newRow("JSON not an object") << makeFile("[1, 2]", data8) << "not an object";
        QTest::newRow("entry not an object") << makeFile(R"({"t":3})", data8) << "\"t\" is not an object";
        QTest::newRow("unknown dtype")
            << makeFile(R"({"t":{"dtype":"Q7","shape":[2],"data_offsets":[0,8]}})", data8)
            << "unknown dtype \"Q7\"";
        QTest::newRow("unsupported dtype")
            << makeFile(R"({"t":{"dtype":"I64","shape":[1],"data_offsets":[0,8]}})", data8)
            << "has dtype I64";
        QTest::newRow("no dtype")
            << makeFile(R"({"t":{"shape":[2],"data_offsets":[0,8]}})", data8) << "has no dtype";
        QTest::newRow("negative dim")
            << makeFile(R"({"t":{"dtype":"F32","shape":[-2],"data_offsets":[0,8]}})", data8)
            << "non-negative integers";
        QTest::newRow("fractional dim")
            << makeFile(R"({"t":{"dtype":"F32","shape":[1.5],"data_offsets":[0,8]}})", data8)
            << "non-negative integers";
        QTest::newRow("huge shape")
            << makeFile(R"({"t":{"dtype":"F32","shape":[4294967296,4294967296],"data_offsets":[0,8]}})",
                        data8)
            << "impossibly large";
        QTest::newRow("bytes do not match shape")
            << makeFile(R"({"t":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}})", data8)
            << "needs 12 bytes";
        QTest::newRow("offsets reversed")
            << makeFile(R"({"t":{"dtype":"F32","shape":[0],"data_offsets":[8,0]}})", data8)
            << "invalid data_offsets";
        QTest::newRow("offsets missing")
            << makeFile(R"({"t":{"dtype":"F32","shape":[2]}})", data8) << "invalid data_offsets";
        QTest::newRow("offsets outside the file")
            << makeFile(R"({"t":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}})", data8)
            << "lies outside the file";
        QTest::newRow("overlapping tensors")
            << makeFile(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                        R"("b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})",
                        data8)
            << "overlap";
        QTest::newRow("metadata not strings")
            << makeFile(R"({"__metadata__":{"k":1},"t":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})",
                        data8)
            << "metadata \"k\" is not a string";
        QTest::newRow("empty name")
            << makeFile(R"({"":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})", data8)
            << "empty name";
    }

    void rejectsMalformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString message = parseError(bytes);
        QVERIFY2(message.startsWith(QLatin1String("x.safetensors: ")), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void acceptsPaddedHeaderAndEmptyTensors()
    {
        const QByteArray json = R"({"a":{"dtype":"F32","shape":[0],"data_offsets":[0,0]},)"
                                R"("b":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}    )";
        QCOMPARE(parseError(makeFile(json, QByteArray(4, '\0'))), QString());
    }

    // Reading an empty tensor copies nothing: the empty vector's buffer is null, and
    // memcpy(null, ..., 0) is undefined behaviour that the sanitizer build reports (found
    // by fuzzing, docs/reliability.md).
    void emptyTensorsReadAsEmpty()
    {
        const QByteArray json = R"({"f":{"dtype":"F32","shape":[0,3],"data_offsets":[0,0]},)"
                                R"("h":{"dtype":"F16","shape":[0],"data_offsets":[0,0]}})";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.safetensors"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(makeFile(json, {}));
        f.close();
        const io::SafeTensorsFile file = io::SafeTensorsFile::open(path);
        QVERIFY(file.readFloat32(QStringLiteral("f")).empty());
        QVERIFY(file.readFloat32(QStringLiteral("h")).empty());
    }

    void truncatedFixtureIsRejected()
    {
        QFile f(fixture("hiera_mini.safetensors"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        QCOMPARE(parseError(bytes), QString());
        bytes.chop(100);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("truncated.safetensors"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        const QString message = validationError(path, QStringLiteral("hiera_mini"));
        QVERIFY2(message.startsWith(path) && message.contains(QLatin1String("truncated")),
                 qPrintable(message));
        QVERIFY(validationError(dir.filePath(QStringLiteral("missing.safetensors")),
                                QStringLiteral("hiera_mini"))
                    .contains(QLatin1String("does not exist")));
    }

    // Random corruption of a small valid file: every outcome is a parse or an Error.
    void survivesCorruption()
    {
        const std::vector<float> a{1.f, 2.f, 3.f, 4.f};
        const QByteArray valid = io::serializeSafeTensors(
            {{QStringLiteral("x"), {2, 2}, a.data()}, {QStringLiteral("y"), {1}, a.data()}},
            {{QStringLiteral("m"), QStringLiteral("v")}});
        QRandomGenerator rng(1234);
        int rejected = 0;
        for (int i = 0; i < 3000; ++i) {
            QByteArray bytes = valid;
            const int edits = 1 + int(rng.bounded(4));
            for (int e = 0; e < edits; ++e)
                bytes[int(rng.bounded(bytes.size()))] = char(rng.bounded(256));
            if (rng.bounded(4) == 0)
                bytes.truncate(int(rng.bounded(bytes.size())));
            try {
                const io::SafeTensorsHeader h = io::parseSafeTensors(bytes, QStringLiteral("f"));
                for (const io::TensorInfo &t : h.tensors)
                    QVERIFY(h.dataOffset + t.end <= bytes.size());
            } catch (const Error &) {
                ++rejected;
            }
        }
        QVERIFY(rejected > 0);
    }

    void weightsCheckNamesKeys()
    {
        const io::SafeTensorsFile file = io::SafeTensorsFile::open(fixture("hiera_mini.safetensors"));
        QCOMPARE(validationError(file.path(), QStringLiteral("hiera_mini")), QString());
        QVERIFY(backbones::knownVariants().contains(QStringLiteral("hiera_huge_224")));
        QVERIFY(backbones::knownVariants().contains(QStringLiteral("dinov2_mini_reg4")));

        std::vector<std::vector<float>> storage;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("edited.safetensors"));

        // Missing key.
        std::vector<io::Float32Tensor> tensors = tensorsOf(file, storage);
        tensors.erase(std::remove_if(tensors.begin(), tensors.end(), [](const io::Float32Tensor &t) {
                          return t.name == QLatin1String("blocks.3.attn.qkv.weight");
                      }),
                      tensors.end());
        io::writeSafeTensors(path, tensors);
        QString message = validationError(path, QStringLiteral("hiera_mini"));
        QVERIFY2(message.startsWith(path) &&
                     message.contains(QLatin1String("missing keys: blocks.3.attn.qkv.weight")),
                 qPrintable(message));

        // Wrong shape and an unexpected key; a classifier head is ignored.
        tensors = tensorsOf(file, storage);
        for (io::Float32Tensor &t : tensors)
            if (t.name == QLatin1String("pos_embed"))
                t.shape = {1, 16, 3136};
        const std::vector<float> extra(10, 0.f);
        tensors.push_back({QStringLiteral("blocks.9.attn.qkv.weight"), {10}, extra.data()});
        tensors.push_back({QStringLiteral("head.fc.weight"), {10}, extra.data()});
        io::writeSafeTensors(path, tensors);
        message = validationError(path, QStringLiteral("hiera_mini"));
        QVERIFY2(message.contains(QLatin1String("pos_embed: file [1, 16, 3136], expected [1, 3136, 16]")),
                 qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("unexpected keys: blocks.9.attn.qkv.weight")),
                 qPrintable(message));
        QVERIFY(!message.contains(QLatin1String("head.fc")));

        // The wrong architecture, and an unknown variant.
        QVERIFY(validationError(fixture("dinov2_mini.safetensors"), QStringLiteral("dinov2_mini_reg4"))
                    .contains(QLatin1String("missing keys: reg_token")));
        QVERIFY(validationError(file.path(), QStringLiteral("hiera_gigantic"))
                    .contains(QLatin1String("Unknown backbone variant")));
    }
};

QTEST_GUILESS_MAIN(TestSafeTensors)
#include "test_safetensors.moc"

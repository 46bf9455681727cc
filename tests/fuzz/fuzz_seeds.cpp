// Writes the seed corpora of the harnesses into <out>/<harness>/: real files made by our
// own writers (bank, safetensors, tar, manifest, configuration, records), the test
// fixtures' checkpoint headers, and small images in every format and channel layout the
// loader handles. Generated at build/run time so that no binary seeds are committed
// (tests/fuzz/corpus/ holds only the few inputs that once crashed a parser).
//
// Usage: fuzz_seeds OUT_DIR
#include "data/manifest.h"
#include "fuzz_support.h"
#include "infer/bank_views.h"
#include "infer/good_score_reference.h"
#include "infer/memory_bank.h"
#include "infer/patch_retrieval.h"
#include "infer/thresholds.h"
#include "io/safetensors.h"
#include "store/tar_archive.h"
#include "train/training_config.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtEndian>

#include <opencv2/imgcodecs.hpp>

#include <cstdio>
#include <vector>

using namespace nexvitad;

namespace {

QString g_out;

void put(const QString &harness, const QString &name, const QByteArray &bytes)
{
    const QString dir = g_out + QLatin1Char('/') + harness;
    QDir().mkpath(dir);
    QFile file(dir + QLatin1Char('/') + name);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        throw Error(QStringLiteral("cannot write the seed"), file.fileName());
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void safetensorsSeeds()
{
    const std::vector<float> values{1.0f, -2.0f, 0.5f, 3.25f, 0.0f, 1e-3f};
    const std::vector<quint8> bytes{1, 2, 3, 4};
    put(QStringLiteral("safetensors"), QStringLiteral("f32.safetensors"),
        io::serializeSafeTensors({{QStringLiteral("weight"), {2, 3}, values.data()},
                                  {QStringLiteral("bias"), {3}, values.data()},
                                  {QStringLiteral("scalar"), {}, values.data()},
                                  {QStringLiteral("empty"), {0, 4}, nullptr}},
                                 {{QStringLiteral("format"), QStringLiteral("pt")}},
                                 {{QStringLiteral("u8"), {2, 2}, bytes.data()}}));
    // F16 and BF16 (our writer makes F32 only): a header written by hand.
    const QByteArray header = R"({"h":{"dtype":"F16","shape":[2],"data_offsets":[0,4]},)"
                              R"("b":{"dtype":"BF16","shape":[2],"data_offsets":[4,8]}})";
    QByteArray half(8, '\0');
    qToLittleEndian<quint64>(quint64(header.size()), half.data());
    half += header + QByteArray("\x00\x3c\x01\x80\x80\x3f\x00\xc0", 8);
    put(QStringLiteral("safetensors"), QStringLiteral("f16-bf16.safetensors"), half);

    // The fixtures' checkpoints with their real names, dtypes and metadata, each tensor
    // shrunk to one element (the originals are MBs: slow seeds for a fuzzer).
    for (const QString &fixture : {QStringLiteral("hiera_mini"), QStringLiteral("dinov2_mini_reg4")}) {
        const io::SafeTensorsFile file = io::SafeTensorsFile::open(
            QStringLiteral(NEXVITAD_FIXTURES_DIR "/%1.safetensors").arg(fixture));
        std::vector<io::Float32Tensor> tensors;
        for (const io::TensorInfo &t : file.header().tensors)
            tensors.push_back({t.name, t.elementCount() <= 4 ? t.shape : std::vector<qint64>{1},
                               values.data()});
        put(QStringLiteral("safetensors"), fixture + QStringLiteral("-shrunk.safetensors"),
            io::serializeSafeTensors(tensors, file.header().metadata));
    }
}

infer::ThresholdSet thresholds()
{
    infer::ThresholdSet set;
    set.pixel = infer::manualThreshold(0.5f);
    set.image = infer::goodPercentileThreshold({0.1f, 0.2f, 0.3f, 0.9f}, 99.0, 0.05);
    set.imageReview = infer::makeReviewBand(0.25f, 0.75f);
    return set;
}

// A tiny bank: two layers, three images with views, thresholds and a score reference.
QByteArray bankFile(bool withExtras, const QString &scratch)
{
    infer::MemoryBankInfo info;
    info.runId = QStringLiteral("run-1");
    info.encoderHashes.insert(QStringLiteral("hiera.safetensors"), QStringLiteral("ab12"));
    info.encoder = QJsonObject{{QStringLiteral("hiera"), QStringLiteral("random:hiera_mini")}};
    info.layers = {{1, 2, 2, 4}, {3, 1, 1, 8}};
    info.prototypes = infer::PrototypeMode::AllPatches;
    info.scoring.imageSize = 4;
    infer::MemoryBank bank(info);
    for (int i = 0; i < 3; ++i) {
        infer::BankImage image{QStringLiteral("sha%1").arg(i), QStringLiteral("good_%1.png").arg(i),
                               {}, cv::Mat(4, 4, CV_8UC3, cv::Scalar(10 * i, 20, 30))};
        for (const infer::BankLayer &l : info.layers) {
            infer::FeatureMatrix m(l.patchesPerImage(), l.channels);
            for (size_t v = 0; v < m.values.size(); ++v)
                m.values[v] = float(i) + 0.25f * float(v);
            image.patches.push_back(std::move(m));
        }
        bank.addImage(std::move(image));
    }
    bank.recluster();
    if (withExtras) {
        bank.setThresholds(thresholds());
        bank.setGoodScoreReference(infer::GoodScoreReference::fromScores(
            {0.1f, 0.4f, 0.2f}, QStringLiteral("2026-01-01T00:00:00Z"), QStringLiteral("carpet")));
        bank.extraTensors().push_back({QStringLiteral("encoder.adapter.weight"), {2}, {1.0f, 2.0f}});
    }
    const QString path = scratch + QStringLiteral("/seed.bank");
    bank.save(path);
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

void bankSeeds(const QString &scratch)
{
    for (const bool extras : {false, true}) {
        const QByteArray bytes = bankFile(extras, scratch);
        const QString name = extras ? QStringLiteral("full") : QStringLiteral("plain");
        put(QStringLiteral("bank_file"), name + QStringLiteral(".bank"), bytes);
        // The description alone, as saved, and with Sinkhorn prototypes (K = 2).
        const io::SafeTensorsHeader header = io::parseSafeTensors(bytes, name);
        const QByteArray description = header.metadata.value(QStringLiteral("nexvitad.bank")).toUtf8();
        put(QStringLiteral("bank_metadata"), name + QStringLiteral(".json"), description);
        QJsonObject o = QJsonDocument::fromJson(description).object();
        o[QStringLiteral("prototypes")] = QStringLiteral("sinkhorn_kmeans");
        QJsonObject clustering = o[QStringLiteral("clustering")].toObject();
        clustering[QStringLiteral("k")] = 2;
        o[QStringLiteral("clustering")] = clustering;
        put(QStringLiteral("bank_metadata"), name + QStringLiteral("-sinkhorn.json"), json(o));
    }
}

void tarSeeds()
{
    const auto archive = [](const std::function<void(store::TarWriter &)> &fill) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        store::TarWriter tar(buffer, QStringLiteral("seed.tar"));
        fill(tar);
        tar.finish();
        return bytes;
    };
    put(QStringLiteral("tar"), QStringLiteral("project.tar"), archive([](store::TarWriter &tar) {
            tar.addFile(QStringLiteral("project.nvproj"), QByteArray("SQLite format 3\0", 16));
            tar.addDirectory(QStringLiteral("artifacts"));
            tar.addDirectory(QStringLiteral("artifacts/banks"));
            tar.addFile(QStringLiteral("artifacts/banks/a.bank"), QByteArray(700, 'x'));
            tar.addFile(QStringLiteral("nexvitad-archive.json"), QByteArray(R"({"format":1,"files":[]})"));
        }));
    put(QStringLiteral("tar"), QStringLiteral("pax-names.tar"), archive([](store::TarWriter &tar) {
            tar.addFile(QStringLiteral("artifacts/") + QString(120, QLatin1Char('n')), QByteArray("long"));
            tar.addFile(QStringLiteral("artifacts/gr\u00fc\u00dfe.txt"), QByteArray("utf-8"));
            tar.addFile(QStringLiteral("empty"), QByteArray());
        }));
    put(QStringLiteral("tar"), QStringLiteral("links.tar"), archive([](store::TarWriter &tar) {
            tar.addSymlink(QStringLiteral("artifacts/link"), QStringLiteral("/etc/passwd"));
            tar.addHardlink(QStringLiteral("artifacts/hard"), QStringLiteral("project.nvproj"));
            tar.addFile(QStringLiteral("../escape"), QByteArray("x"));
        }));
    put(QStringLiteral("tar"), QStringLiteral("empty.tar"), archive([](store::TarWriter &) {}));
}

void imageSeeds()
{
    cv::Mat gray(6, 5, CV_8UC1), colour(6, 5, CV_8UC3), rgba(6, 5, CV_8UC4), deep(6, 5, CV_16UC1);
    cv::randu(gray, 0, 255);
    cv::randu(colour, 0, 255);
    cv::randu(rgba, 0, 255);
    cv::randu(deep, 0, 65535);
    cv::Mat mask = cv::Mat::zeros(6, 5, CV_8UC1);
    mask(cv::Rect(1, 1, 2, 2)) = 255;
    struct Seed
    {
        const char *name;
        const char *ext;
        const cv::Mat *image;
    };
    const Seed seeds[] = {{"gray.png", ".png", &gray},     {"colour.png", ".png", &colour},
                          {"rgba.png", ".png", &rgba},     {"deep.png", ".png", &deep},
                          {"mask.png", ".png", &mask},     {"colour.jpg", ".jpg", &colour},
                          {"gray.jpg", ".jpg", &gray},     {"colour.bmp", ".bmp", &colour},
                          {"gray.bmp", ".bmp", &gray},     {"colour.tif", ".tif", &colour},
                          {"deep.tif", ".tif", &deep},     {"rgba.tif", ".tif", &rgba}};
    for (const Seed &s : seeds) {
        std::vector<uchar> encoded;
        if (!cv::imencode(s.ext, *s.image, encoded))
            throw Error(QStringLiteral("cannot encode the seed image %1").arg(QLatin1String(s.name)));
        const QByteArray bytes(reinterpret_cast<const char *>(encoded.data()), qsizetype(encoded.size()));
        put(QStringLiteral("image_header"), QLatin1String(s.name), bytes);
        put(QStringLiteral("image_decode"), QLatin1String(s.name), bytes);
    }
}

void manifestSeeds()
{
    data::Manifest m;
    m.root = QStringLiteral("/data/mvtec");
    m.layout = data::Layout::MvtecRoot;
    data::ClassEntry c;
    c.name = QStringLiteral("carpet");
    data::Split train{data::SplitKind::TrainGood, QStringLiteral("good"), {}};
    train.images.push_back({"carpet/train/good/000.png", {}, 64, 64, 3, 8, 1234, "da39a3ee"});
    train.images.push_back({"carpet/train/good/\xff\xfe.png", {}, 32, 16, 1, 16, 99, {}});
    data::Split defect{data::SplitKind::TestDefect, QStringLiteral("hole"), {}};
    defect.images.push_back({"carpet/test/hole/000.png", "carpet/ground_truth/hole/000_mask.png",
                             64, 64, 4, 8, 4321, {}});
    c.splits = {train, data::Split{data::SplitKind::TestGood, QStringLiteral("good"), {}}, defect};
    m.classes.push_back(c);
    m.problems.push_back({data::Severity::Warning, QStringLiteral("mask-missing"),
                          QStringLiteral("carpet/test/hole/001.png"), QStringLiteral("no mask")});
    put(QStringLiteral("manifest_json"), QStringLiteral("manifest.json"), json(data::toJson(m)));
    put(QStringLiteral("manifest_json"), QStringLiteral("empty.json"), json(data::toJson(data::Manifest{})));
}

void trainingConfigSeeds()
{
    for (const QString &preset : train::TrainingConfig::presetNames())
        put(QStringLiteral("training_config"), preset + QStringLiteral(".json"),
            QJsonDocument(train::TrainingConfig::fromPreset(preset).toJson()).toJson());
    put(QStringLiteral("training_config"), QStringLiteral("overrides.txt"),
        QByteArray("epochs=3\nlr=0.001\nmtl=false\ndecoder_widths=[64,32,16]\nhiera=hiera_mini\n"));
}

void projectJsonSeeds()
{
    put(QStringLiteral("project_json"), QStringLiteral("thresholds.json"), json(thresholds().toJson()));
    put(QStringLiteral("project_json"), QStringLiteral("good-scores.json"),
        json(infer::GoodScoreReference::fromScores({0.3f, 0.1f, 0.2f}, QStringLiteral("2026-01-01T00:00:00Z"),
                                                   QStringLiteral("carpet"))
                 .toJson()));
    infer::Explanation e;
    e.imageSize = 64;
    e.region = QRect(8, 8, 4, 4);
    infer::LayerExplanation layer;
    layer.stage = 1;
    layer.queryCell = QPoint(2, 2);
    layer.queryBox = infer::cellBox(16, 16, 64, layer.queryCell);
    layer.cellDistance = 1.5;
    layer.matches.push_back({0, QStringLiteral("good_0.png"), QStringLiteral("sha0"), QPoint(2, 3),
                             infer::cellBox(16, 16, 64, QPoint(2, 3)), 0.75});
    e.layers.push_back(layer);
    put(QStringLiteral("project_json"), QStringLiteral("explanation.json"), json(e.toJson()));
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_seeds OUT_DIR\n");
        return 2;
    }
    g_out = QString::fromLocal8Bit(argv[1]);
    try {
        QTemporaryDir scratch;
        safetensorsSeeds();
        bankSeeds(scratch.path());
        tarSeeds();
        imageSeeds();
        manifestSeeds();
        trainingConfigSeeds();
        projectJsonSeeds();
    } catch (const Error &e) {
        std::fprintf(stderr, "fuzz_seeds: %s\n", qPrintable(e.userText()));
        return 1;
    }
    return 0;
}

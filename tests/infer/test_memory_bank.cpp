// The memory bank container: save/load round trip (sinkhorn_kmeans and all_patches), adding
// and removing an image changes only what it should, and broken files are errors that
// name the file.

#include "common/error.h"
#include "infer/memory_bank.h"
#include "io/safetensors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <random>

using namespace nexvitad;
using namespace nexvitad::infer;

namespace {

MemoryBankInfo smallInfo(PrototypeMode mode = PrototypeMode::SinkhornKMeans)
{
    MemoryBankInfo info;
    info.runId = QStringLiteral("run-42");
    info.encoderHashes = {
        {QStringLiteral("hiera_tiny_224.safetensors"), QStringLiteral("ab12")},
        {QStringLiteral("vit_small_patch14_dinov2.safetensors"), QStringLiteral("cd34")}};
    info.encoder = QJsonObject{{QStringLiteral("hiera"), QStringLiteral("tiny")}};
    info.layers = {BankLayer{1, 4, 4, 6}, BankLayer{3, 2, 2, 8}};
    info.prototypes = mode;
    info.clustering.k = 3;
    info.clustering.seed = 0xfedcba9876543210ull; // above 2^53: must survive JSON
    info.scoring.imageSize = 32;
    info.scoring.imageScore = ImageScoreMode::TopPercentMean;
    return info;
}

BankImage syntheticImage(int index, const MemoryBankInfo &info)
{
    std::mt19937_64 rng(quint64(index) + 100);
    std::normal_distribution<float> noise(float(index), 1.0f);
    BankImage image;
    image.sha256 = QStringLiteral("%1").arg(index, 64, 10, QLatin1Char('0'));
    image.name = QStringLiteral("good_%1.png").arg(index);
    for (const BankLayer &l : info.layers) {
        FeatureMatrix m(l.patchesPerImage(), l.channels);
        for (float &v : m.values)
            v = noise(rng);
        image.patches.push_back(std::move(m));
    }
    return image;
}

std::vector<BankImage> syntheticImages(int count, const MemoryBankInfo &info)
{
    std::vector<BankImage> images;
    for (int i = 0; i < count; ++i)
        images.push_back(syntheticImage(i, info));
    return images;
}

void compareBanks(const MemoryBank &a, const MemoryBank &b)
{
    QCOMPARE(a.info().runId, b.info().runId);
    QCOMPARE(a.info().encoderHashes, b.info().encoderHashes);
    QCOMPARE(a.info().encoder, b.info().encoder);
    QVERIFY(a.info().layers == b.info().layers);
    QCOMPARE(a.info().clustering.seed, b.info().clustering.seed);
    QCOMPARE(a.info().clustering.k, b.info().clustering.k);
    QCOMPARE(a.info().scoring.imageSize, b.info().scoring.imageSize);
    QCOMPARE(a.info().scoring.imageScore, b.info().scoring.imageScore);
    QCOMPARE(a.imageCount(), b.imageCount());
    for (int i = 0; i < a.imageCount(); ++i) {
        QCOMPARE(a.images()[size_t(i)].sha256, b.images()[size_t(i)].sha256);
        QCOMPARE(a.images()[size_t(i)].name, b.images()[size_t(i)].name);
        QVERIFY(a.images()[size_t(i)].patches == b.images()[size_t(i)].patches);
    }
    QVERIFY(a.prototypes() == b.prototypes());
    QVERIFY(a.thresholds() == b.thresholds());
    QCOMPARE(a.thresholdsStale(), b.thresholdsStale());
    QVERIFY(a.extraTensors() == b.extraTensors());
}

} // namespace

class TestMemoryBank : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saveLoadRoundTrip()
    {
        const MemoryBankInfo info = smallInfo();
        MemoryBank bank = buildMemoryBank(info, syntheticImages(3, info));
        QCOMPARE(bank.prototypes().size(), size_t(2));
        QCOMPARE(bank.prototypes()[0].rows, qint64(3));
        QCOMPARE(bank.prototypes()[1].cols, qint64(8));
        ThresholdSet thresholds;
        thresholds.image = goodPercentileThreshold({1.0f, 2.0f, 3.0f}, 99.0, 0.1);
        thresholds.imageReview = makeReviewBand(2.0f, 4.0f);
        bank.setThresholds(thresholds);
        bank.extraTensors().push_back(ExtraTensor{
            QStringLiteral("encoder.adapters.1.up.weight"), {2, 3}, {1, 2, 3, 4, 5, 6}});

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bank.safetensors"));
        bank.save(path);
        const MemoryBank loaded = MemoryBank::load(path);
        compareBanks(bank, loaded);
        const auto file = io::SafeTensorsFile::open(path);
        QVERIFY(file.find(QStringLiteral("prototypes.layer3")));
        QVERIFY(file.find(QStringLiteral("patches.layer1")));
    }

    void allPatchesBankStoresNoPrototypes()
    {
        const MemoryBankInfo info = smallInfo(PrototypeMode::AllPatches);
        const MemoryBank bank = buildMemoryBank(info, syntheticImages(2, info));
        QCOMPARE(bank.prototypes()[0].rows, qint64(2 * 16));
        QVERIFY(bank.prototypes()[1] == bank.layerPatches(1));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("all.safetensors"));
        bank.save(path);
        QVERIFY(!io::SafeTensorsFile::open(path).find(QStringLiteral("prototypes.layer1")));
        compareBanks(bank, MemoryBank::load(path));
    }

    void addingAnImageChangesOnlyWhatItShould()
    {
        const MemoryBankInfo info = smallInfo();
        const std::vector<BankImage> four = syntheticImages(4, info);
        MemoryBank bank = buildMemoryBank(info, {four[0], four[1], four[2]});
        ThresholdSet thresholds;
        thresholds.image = goodPercentileThreshold({1.0f, 2.0f}, 50.0, 0.0);
        bank.setThresholds(thresholds);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bank.safetensors"));
        bank.save(path);
        const std::vector<FeatureMatrix> before = bank.prototypes();

        MemoryBank grown = MemoryBank::load(path);
        grown.addImage(four[3]);
        QCOMPARE(grown.imageCount(), 4);
        for (int i = 0; i < 3; ++i) // the others' features are untouched, not re-encoded
            QVERIFY(grown.images()[size_t(i)].patches == four[size_t(i)].patches);
        QVERIFY(grown.prototypesStale());
        QVERIFY_THROWS_EXCEPTION(Error, grown.prototypes());
        QVERIFY_THROWS_EXCEPTION(Error, grown.save(path)); // never saves stale prototypes
        QVERIFY(grown.thresholdsStale());                  // calibrated on the old bank's scores
        QVERIFY(grown.thresholds() == thresholds);
        grown.recluster();
        QCOMPARE(grown.info().runId, info.runId);
        QCOMPARE(grown.info().encoderHashes, info.encoderHashes);
        // Same prototypes as a bank built from scratch on the four images.
        QVERIFY(grown.prototypes() == buildMemoryBank(info, four).prototypes());
        QVERIFY(!(grown.prototypes() == before));

        QVERIFY(grown.removeImage(four[3].sha256));
        QVERIFY(!grown.removeImage(four[3].sha256));
        grown.recluster();
        QVERIFY(grown.prototypes() == before);
        QVERIFY(grown.contains(four[0].sha256));

        // A manual threshold does not depend on the bank's scores.
        MemoryBank manual = buildMemoryBank(info, {four[0]});
        ThresholdSet fixed;
        fixed.image = manualThreshold(3.0f);
        manual.setThresholds(fixed);
        manual.addImage(four[1]);
        QVERIFY(!manual.thresholdsStale());
    }

    void badImagesAreRejected()
    {
        const MemoryBankInfo info = smallInfo();
        MemoryBank bank(info);
        bank.addImage(syntheticImage(0, info));
        QVERIFY_THROWS_EXCEPTION(Error, bank.addImage(syntheticImage(0, info))); // duplicate
        BankImage wrong = syntheticImage(1, info);
        wrong.patches[1] = FeatureMatrix(4, 7);
        QVERIFY_THROWS_EXCEPTION(Error, bank.addImage(wrong));
        wrong.patches.pop_back();
        QVERIFY_THROWS_EXCEPTION(Error, bank.addImage(wrong));
        QCOMPARE(bank.imageCount(), 1);
    }

    void cancelLeavesTheBankStale()
    {
        const MemoryBankInfo info = smallInfo();
        MemoryBank bank(info);
        bank.addImage(syntheticImage(0, info));
        Progress canceled;
        canceled.cancel();
        QVERIFY_THROWS_EXCEPTION(Canceled, bank.recluster(canceled));
        QVERIFY(bank.prototypesStale());
    }

    void brokenFilesNameThePath()
    {
        QTemporaryDir dir;
        const QString plain = dir.filePath(QStringLiteral("plain.safetensors"));
        const float x[2] = {1, 2};
        io::writeSafeTensors(plain, {io::Float32Tensor{QStringLiteral("x"), {2}, x}});
        const QString garbage = dir.filePath(QStringLiteral("garbage.safetensors"));
        QFile g(garbage);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("not a safetensors file at all");
        g.close();
        // A bank whose patches tensor lost an image.
        const MemoryBankInfo info = smallInfo();
        const MemoryBank bank = buildMemoryBank(info, syntheticImages(2, info));
        const QString good = dir.filePath(QStringLiteral("good.safetensors"));
        bank.save(good);
        const auto file = io::SafeTensorsFile::open(good);
        std::vector<std::vector<float>> keep;
        std::vector<io::Float32Tensor> tensors;
        for (const io::TensorInfo &t : file.header().tensors) {
            keep.push_back(file.readFloat32(t.name));
            std::vector<qint64> shape = t.shape;
            if (t.name == QLatin1String("patches.layer1"))
                shape[0] /= 2;
            tensors.push_back({t.name, shape, keep.back().data()});
        }
        const QString truncated = dir.filePath(QStringLiteral("truncated.safetensors"));
        io::writeSafeTensors(truncated, tensors, file.header().metadata);

        for (const QString &path : {plain, garbage, truncated}) {
            try {
                MemoryBank::load(path);
                QFAIL(qPrintable(QStringLiteral("no error for ") + path));
            } catch (const Error &e) {
                QCOMPARE(e.path(), path);
            }
        }
    }

    // Numbers in the description that do not fit the integers they become are refused by
    // name; converting them was undefined behaviour (found by fuzzing, docs/reliability.md).
    void hostileDescriptionNumbersAreRefused_data()
    {
        QTest::addColumn<QString>("object");
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("value");
        QTest::newRow("grid 1e12") << "layer" << "grid_height" << 1e12;
        QTest::newRow("channels 2.5") << "layer" << "channels" << 2.5;
        QTest::newRow("negative stage") << "layer" << "stage" << -3.0;
        QTest::newRow("k 6e10") << "clustering" << "k" << 6e10;
        QTest::newRow("image size -1e300") << "scoring" << "image_size" << -1e300;
        QTest::newRow("image size 0") << "scoring" << "image_size" << 0.0;
        QTest::newRow("version 1e20") << "" << "format_version" << 1e20;
    }

    void hostileDescriptionNumbersAreRefused()
    {
        QFETCH(QString, object);
        QFETCH(QString, key);
        QFETCH(double, value);
        QTemporaryDir dir;
        const MemoryBankInfo info = smallInfo(PrototypeMode::AllPatches);
        const QString good = dir.filePath(QStringLiteral("good.safetensors"));
        buildMemoryBank(info, syntheticImages(2, info)).save(good);
        const auto file = io::SafeTensorsFile::open(good);
        std::vector<std::vector<float>> keep;
        std::vector<io::Float32Tensor> tensors;
        for (const io::TensorInfo &t : file.header().tensors) {
            keep.push_back(file.readFloat32(t.name));
            tensors.push_back({t.name, t.shape, keep.back().data()});
        }
        QMap<QString, QString> metadata = file.header().metadata;
        QJsonObject description =
            QJsonDocument::fromJson(metadata.value(QStringLiteral("nexvitad.bank")).toUtf8()).object();
        if (object.isEmpty()) {
            description[key] = value;
        } else if (object == QLatin1String("layer")) {
            QJsonArray layers = description[QStringLiteral("layers")].toArray();
            QJsonObject first = layers[0].toObject();
            first[key] = value;
            layers[0] = first;
            description[QStringLiteral("layers")] = layers;
        } else {
            QJsonObject inner = description[object].toObject();
            inner[key] = value;
            description[object] = inner;
        }
        metadata[QStringLiteral("nexvitad.bank")] =
            QString::fromUtf8(QJsonDocument(description).toJson(QJsonDocument::Compact));
        const QString hostile = dir.filePath(QStringLiteral("hostile.safetensors"));
        io::writeSafeTensors(hostile, tensors, metadata);
        try {
            MemoryBank::load(hostile);
            QFAIL("no error");
        } catch (const Error &e) {
            QCOMPARE(e.path(), hostile);
            QVERIFY2(e.message().contains(key), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestMemoryBank)
#include "test_memory_bank.moc"

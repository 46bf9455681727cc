// Prototype usage (infer/prototype_usage.h): on a small clustered bank the counts of each
// layer sum to its M * h * w patches and equal a brute-force nearest-prototype count; an
// all_patches bank has no usage to show; a stale bank is an error.

#include "common/error.h"
#include "infer/memory_bank.h"
#include "infer/prototype_usage.h"

#include <QTest>
#include <random>

using namespace nexvitad;
using namespace nexvitad::infer;

namespace {

MemoryBank smallBank(PrototypeMode mode, int images)
{
    MemoryBankInfo info;
    info.layers = {BankLayer{1, 4, 4, 6}, BankLayer{3, 2, 3, 5}};
    info.prototypes = mode;
    info.clustering.k = 4;
    info.clustering.seed = 7;
    std::vector<BankImage> bankImages;
    std::mt19937_64 rng(11);
    for (int i = 0; i < images; ++i) {
        // Two clouds per layer, so that the prototypes do not all serve the same patches.
        std::normal_distribution<float> noise(i % 2 ? 3.0f : -3.0f, 1.0f);
        BankImage image;
        image.sha256 = QStringLiteral("%1").arg(i, 64, 10, QLatin1Char('0'));
        image.name = QStringLiteral("good_%1.png").arg(i);
        for (const BankLayer &l : info.layers) {
            FeatureMatrix m(l.patchesPerImage(), l.channels);
            for (float &v : m.values)
                v = noise(rng);
            image.patches.push_back(std::move(m));
        }
        bankImages.push_back(std::move(image));
    }
    return buildMemoryBank(info, std::move(bankImages));
}

std::vector<qint64> bruteForce(const FeatureMatrix &patches, const FeatureMatrix &prototypes)
{
    std::vector<qint64> counts(size_t(prototypes.rows), 0);
    for (qint64 p = 0; p < patches.rows; ++p) {
        qint64 best = 0;
        double bestDistance = -1;
        for (qint64 k = 0; k < prototypes.rows; ++k) {
            double d = 0;
            for (qint64 c = 0; c < patches.cols; ++c) {
                const double diff = double(patches.row(p)[c]) - prototypes.row(k)[c];
                d += diff * diff;
            }
            if (bestDistance < 0 || d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        ++counts[size_t(best)];
    }
    return counts;
}

} // namespace

class TestPrototypeUsage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countsMatchBruteForce()
    {
        const MemoryBank bank = smallBank(PrototypeMode::SinkhornKMeans, 5);
        const std::vector<std::vector<qint64>> usage = prototypeUsage(bank);
        QCOMPARE(usage.size(), size_t(2));
        for (size_t l = 0; l < usage.size(); ++l) {
            QCOMPARE(usage[l].size(), size_t(4));
            qint64 sum = 0;
            for (const qint64 c : usage[l])
                sum += c;
            QCOMPARE(sum, 5 * bank.info().layers[l].patchesPerImage());
            QCOMPARE(usage[l], bruteForce(bank.layerPatches(l), bank.prototypes()[l]));
        }
        // Two clouds: no prototype serves every patch.
        for (const qint64 c : usage[0])
            QVERIFY(c < 5 * bank.info().layers[0].patchesPerImage());
    }

    void allPatchesHasNoUsage()
    {
        const std::vector<std::vector<qint64>> usage =
            prototypeUsage(smallBank(PrototypeMode::AllPatches, 2));
        QCOMPARE(usage.size(), size_t(2));
        QVERIFY(usage[0].empty() && usage[1].empty());
    }

    void staleBankIsAnError()
    {
        MemoryBank bank = smallBank(PrototypeMode::SinkhornKMeans, 3);
        QVERIFY(bank.removeImage(bank.images().front().sha256));
        QVERIFY_THROWS_EXCEPTION(Error, prototypeUsage(bank));
    }
};

QTEST_GUILESS_MAIN(TestPrototypeUsage)
#include "test_prototype_usage.moc"

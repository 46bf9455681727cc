// Augmentations (method.md 3): the geometric part is inverted exactly (apply + invert =
// identity on random maps, on every pixel the inverse restores), masks follow images,
// equal draws share one cache key, and the sampler is reproducible from its seed.

#include "train/augmentation_torch.h"

#include <QSet>
#include <QTest>
#include <torch/torch.h>

using namespace nexvitad::train;

namespace {
std::vector<Augmentation> allGeometric(const std::vector<double> &levels)
{
    std::vector<Augmentation> out;
    for (int k = 0; k < 4; ++k)
        for (bool f : {false, true})
            for (int s = -1; s < int(levels.size()); ++s) {
                Augmentation a;
                a.rot90 = k;
                a.flip = f;
                a.scaleLevel = s;
                a.scale = s < 0 ? 1.0 : levels[s];
                out.push_back(a);
            }
    return out;
}
} // namespace

class TestAugmentation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inverseIsExactOnRandomMaps_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("S=64") << 64;
        QTest::newRow("S=224") << 224;
        QTest::newRow("odd S=37") << 37;
    }
    void inverseIsExactOnRandomMaps()
    {
        QFETCH(int, size);
        const AugmentationSampler sampler(AugmentationParams{});
        torch::manual_seed(5);
        const torch::Tensor x = torch::randn({2, 3, size, size});
        for (const Augmentation &a : allGeometric(sampler.scaleLevels())) {
            const torch::Tensor back = invertGeometric(a, applyGeometric(a, x));
            const torch::Tensor valid = validAfterInverse(a, size, torch::kCPU);
            const torch::Tensor keep = valid.expand_as(x);
            QVERIFY2(torch::equal(back.masked_select(keep), x.masked_select(keep)),
                     qPrintable(a.key()));
            QVERIFY2(torch::equal(back.masked_select(~keep),
                                  torch::zeros({(~keep).sum().item<int64_t>()})),
                     qPrintable(a.key()));
            // The unscaled transforms are bijections: every pixel comes back.
            if (a.scaleLevel < 0 || a.scale == 1.0)
                QVERIFY(valid.all().item<bool>());
            // Zooming by 10 % keeps roughly 90 % of each axis.
            const double share = valid.to(torch::kDouble).mean().item<double>();
            QVERIFY2(share > 0.75, qPrintable(a.key()));
        }
    }

    void scaleActuallyRescales()
    {
        // Zoom in by 1.1 on a 20-pixel axis: the centre 18 pixels stretched over 20.
        QCOMPARE(rescaleSourceIndex(20, 1.1),
                 (std::vector<int64_t>{1,  2,  3,  4,  5,  5,  6,  7,  8,  9,
                                       10, 11, 12, 13, 14, 15, 15, 16, 17, 18}));
        // Zoom out by 0.9: a zero border, two source pixels skipped.
        QCOMPARE(rescaleSourceIndex(20, 0.9),
                 (std::vector<int64_t>{-1, 0,  1,  2,  3,  5,  6,  7,  8,  9,
                                       10, 11, 12, 13, 15, 16, 17, 18, 19, -1}));
    }

    void masksFollowImages()
    {
        Augmentation a;
        a.rot90 = 1;
        a.flip = true;
        a.scaleLevel = 0;
        a.scale = 0.9;
        torch::manual_seed(6);
        const torch::Tensor mask = (torch::rand({1, 32, 32}) > 0.7).to(torch::kLong);
        const torch::Tensor image = mask.unsqueeze(1).to(torch::kFloat).expand({1, 3, 32, 32});
        const torch::Tensor augImage = applyToImage(a, image, 0.0);
        const torch::Tensor augMask = applyGeometric(a, mask);
        QVERIFY(torch::equal(augImage.select(1, 0).to(torch::kLong), augMask));
    }

    void canonicalFormMatchesTorch()
    {
        torch::manual_seed(7);
        const torch::Tensor x = torch::randn({1, 5, 5});
        for (bool h : {false, true})
            for (bool v : {false, true})
                for (int k = 0; k < 4; ++k) {
                    torch::Tensor ref = x;
                    if (h)
                        ref = torch::flip(ref, {-1});
                    if (v)
                        ref = torch::flip(ref, {-2});
                    ref = torch::rot90(ref, k, {-2, -1});
                    Augmentation a;
                    canonicalDihedral(h, v, k, &a.rot90, &a.flip);
                    QVERIFY(torch::equal(applyGeometric(a, x), ref));
                }
    }

    void noiseIsSeededAndScaled()
    {
        Augmentation a;
        a.noise = true;
        a.noiseSeed = 42;
        const torch::Tensor image = torch::zeros({1, 3, 64, 64});
        const torch::Tensor n1 = applyToImage(a, image, 0.02);
        QVERIFY(torch::equal(n1, applyToImage(a, image, 0.02)));
        QVERIFY(std::abs(n1.std().item<double>() - 0.02) < 0.002);
        a.noiseSeed = 43;
        QVERIFY(!torch::equal(n1, applyToImage(a, image, 0.02)));
    }

    void samplerIsReproducibleAndRespectsProbabilities()
    {
        const AugmentationSampler sampler(AugmentationParams{});
        nexvitad::data::Rng r1(9), r2(9);
        QSet<QString> keys;
        int identity = 0, scaled = 0;
        for (int i = 0; i < 2000; ++i) {
            const Augmentation a = sampler.draw(r1);
            QCOMPARE(a, sampler.draw(r2));
            keys.insert(a.key().section(QLatin1Char(':'), 0, 0));
            identity += a.isIdentity();
            scaled += a.scaleLevel >= 0;
        }
        // 8 dihedral x 6 scale choices x 2 noise choices, all reachable.
        QCOMPARE(keys.size(), 96);
        QVERIFY(scaled > 900 && scaled < 1100);
        QVERIFY(identity > 0);
        AugmentationParams none;
        none.pHflip = none.pVflip = none.pRot90 = none.pScale = none.pNoise = 0.0;
        nexvitad::data::Rng r3(1);
        QVERIFY(AugmentationSampler(none).draw(r3).isIdentity());
    }
};

QTEST_GUILESS_MAIN(TestAugmentation)
#include "test_augmentation.moc"

// Checkpoints restore identical parameters, buffers, optimizer state and random streams
// (so a resumed run continues bit for bit), refuse another model; the feature cache hits,
// misses, evicts to disk and is still there after a "restart".

#include "../model/tiny_model.h"
#include "common/error.h"
#include "model/trainable_model_torch.h"
#include "train/checkpoint_torch.h"
#include "train/feature_cache_torch.h"
#include "train/losses_torch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace nexvitad;
using namespace nexvitad::train;

namespace {

struct Fixture
{
    tiny::FrozenStandIn backbone;
    torch::Tensor images = torch::randn({2, 3, tiny::kSize, tiny::kSize});
    torch::Tensor masks = (torch::rand({2, tiny::kSize, tiny::kSize}) > 0.8).to(torch::kLong);
};

void step(model::TrainableModel &m, torch::optim::Adam &adam, Fixture &fx)
{
    adam.zero_grad();
    const auto enc = m->encode(fx.backbone(fx.images));
    sourceCrossEntropy(m->sourceLogits(enc, 0, tiny::kSize), fx.masks).backward();
    adam.step();
}

bool sameState(model::TrainableModel &a, model::TrainableModel &b)
{
    const auto pa = a->named_parameters(), pb = b->named_parameters();
    const auto ba = a->named_buffers(), bb = b->named_buffers();
    bool same = pa.size() == pb.size() && ba.size() == bb.size();
    for (const auto &item : pa)
        same = same && torch::equal(item.value(), pb[item.key()]);
    for (const auto &item : ba)
        same = same && torch::equal(item.value(), bb[item.key()]);
    return same;
}

model::FrozenFeatures features(double value)
{
    model::FrozenFeatures f;
    for (int64_t c : {16, 32, 64, 128})
        f.hiera.push_back(torch::full({1, c, 4, 4}, value));
    f.dino = torch::randn({1, 32, 3, 3});
    return f;
}

FeatureKey key(const QString &image)
{
    return {image, QStringLiteral("hiera_mini:abc|dinov2_mini:def"), 64,
            QStringLiteral("r0f0s-1n0")};
}

} // namespace

class TestCheckpointCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checkpointRoundTripContinuesBitForBit()
    {
        torch::manual_seed(11);
        Fixture fx;
        model::TrainableModel a(tiny::spec(1, 1));
        torch::optim::Adam adamA(a->parameters(), torch::optim::AdamOptions(1e-3));
        step(a, adamA, fx);
        step(a, adamA, fx);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("checkpoints/epoch_0002.pt"));
        nexvitad::data::Rng rng(99);
        for (int i = 0; i < 17; ++i)
            rng.next();
        CheckpointMeta meta;
        meta.epochsDone = 2;
        meta.step = 2;
        meta.configJson = QStringLiteral("{\"x\":1}");
        meta.modelSpec = a->spec().describe();
        meta.augmentationRng = rng.state();
        meta.torchCpuRng = captureTorchCpuRng();
        saveCheckpoint(path, a, adamA, meta);

        // Uninterrupted: one more step and some draws from both streams.
        step(a, adamA, fx);
        const torch::Tensor torchDraw = torch::rand({4});
        const uint64_t ownDraw = rng.next();

        // Resumed: a fresh model (other initial weights) and optimizer.
        torch::manual_seed(12345);
        model::TrainableModel b(tiny::spec(1, 1));
        torch::optim::Adam adamB(b->parameters(), torch::optim::AdamOptions(1e-3));
        const CheckpointMeta loaded = loadCheckpoint(path, b, adamB);
        QCOMPARE(loaded.epochsDone, 2);
        QCOMPARE(loaded.step, int64_t(2));
        QCOMPARE(loaded.configJson, meta.configJson);
        restoreTorchCpuRng(loaded.torchCpuRng);
        nexvitad::data::Rng rngB(0);
        rngFromText(loaded.augmentationRng, rngB);
        step(b, adamB, fx);
        QVERIFY(sameState(a, b));
        QVERIFY(torch::equal(torch::rand({4}), torchDraw));
        QCOMPARE(rngB.next(), ownDraw);
        // The optimizer state matches too: a further step on both stays identical.
        step(a, adamA, fx);
        step(b, adamB, fx);
        QVERIFY(sameState(a, b));
        QCOMPARE(readCheckpointMeta(path).epochsDone, 2);
    }

    void checkpointOfAnotherModelIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.pt"));
        model::TrainableModel a(tiny::spec(1, 1));
        torch::optim::Adam adamA(a->parameters());
        CheckpointMeta meta;
        meta.modelSpec = a->spec().describe();
        saveCheckpoint(path, a, adamA, meta);
        model::TrainableModel b(tiny::spec(2, 1));
        torch::optim::Adam adamB(b->parameters());
        try {
            loadCheckpoint(path, b, adamB);
            QFAIL("expected an error");
        } catch (const Error &e) {
            QCOMPARE(e.path(), path);
            QVERIFY(e.message().contains(QLatin1String("another model")));
        }
        QFile junk(dir.filePath(QStringLiteral("junk.pt")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a zip");
        junk.close();
        QVERIFY_THROWS_EXCEPTION(Error, readCheckpointMeta(junk.fileName()));
    }

    void cacheHitsMissesAndEvictsToDisk()
    {
        QTemporaryDir dir;
        const qint64 entryBytes = features(0).byteSize();
        FeatureCache cache(2 * entryBytes, dir.filePath(QStringLiteral("cache")));
        QVERIFY(!cache.find(key(QStringLiteral("a"))));
        QCOMPARE(cache.stats().misses, 1);
        const auto fa = features(1), fb = features(2), fc = features(3);
        cache.insert(key(QStringLiteral("a")), fa);
        cache.insert(key(QStringLiteral("b")), fb);
        QVERIFY(torch::equal(cache.find(key(QStringLiteral("a")))->hiera[2], fa.hiera[2]));
        QCOMPARE(cache.stats().memoryHits, 1);
        cache.insert(key(QStringLiteral("c")), fc); // evicts b, the least recently used
        QCOMPARE(cache.stats().evictions, 1);
        QCOMPARE(cache.stats().memoryEntries, 2);
        QVERIFY(cache.stats().memoryBytes <= 2 * entryBytes);
        const auto b = cache.find(key(QStringLiteral("b")));
        QCOMPARE(cache.stats().diskHits, 1);
        QVERIFY(torch::equal(b->dino, fb.dino));
        // Other augmentation, other size or other weights: another entry.
        FeatureKey other = key(QStringLiteral("a"));
        other.augmentation = QStringLiteral("r1f0s-1n0");
        QVERIFY(!cache.find(other));
        other = key(QStringLiteral("a"));
        other.backboneId = QStringLiteral("hiera_mini:zzz|dinov2_mini:def");
        QVERIFY(!cache.find(other));
    }

    void cacheSurvivesARestartAndIgnoresDamage()
    {
        QTemporaryDir dir;
        const QString cacheDir = dir.filePath(QStringLiteral("cache"));
        const auto fa = features(4);
        {
            FeatureCache cache(1 << 30, cacheDir);
            cache.insert(key(QStringLiteral("a")), fa);
            cache.insert(key(QStringLiteral("b")), features(5));
        }
        FeatureCache restarted(1 << 30, cacheDir);
        const auto back = restarted.find(key(QStringLiteral("a")));
        QVERIFY(back.has_value());
        QCOMPARE(restarted.stats().diskHits, 1);
        for (size_t n = 0; n < 4; ++n)
            QVERIFY(torch::equal(back->hiera[n], fa.hiera[n]));
        QVERIFY(torch::equal(back->dino, fa.dino));
        // A truncated file is a miss, not a crash; the next insert replaces it.
        const QString path = restarted.filePath(key(QStringLiteral("b")));
        QVERIFY(QFile::resize(path, QFileInfo(path).size() - 10));
        FeatureCache again(1 << 30, cacheDir);
        QVERIFY(!again.find(key(QStringLiteral("b"))));
        again.insert(key(QStringLiteral("b")), features(5));
        QVERIFY(FeatureCache(0, cacheDir).find(key(QStringLiteral("b"))).has_value());
    }

    void memoryOnlyCacheWritesNothing()
    {
        FeatureCache cache(1 << 30, QString());
        cache.insert(key(QStringLiteral("a")), features(6));
        QVERIFY(cache.find(key(QStringLiteral("a"))).has_value());
        QCOMPARE(cache.stats().diskWrites, 0);
        QVERIFY(cache.filePath(key(QStringLiteral("a"))).isEmpty());
        QCOMPARE(key(QStringLiteral("a")).digest(), key(QStringLiteral("a")).digest());
        QVERIFY(key(QStringLiteral("a")).digest() != key(QStringLiteral("b")).digest());
    }
};

QTEST_GUILESS_MAIN(TestCheckpointCache)
#include "test_checkpoint_cache.moc"

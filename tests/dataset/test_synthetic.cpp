// The synthetic dataset generator: exact masks, determinism, counts, natural variation,
// refusing to write over other data.

#include "test_support.h"

#include "common/error.h"
#include "common/progress.h"
#include "data/dataset_scan.h"
#include "data/image_decode.h"
#include "data/synthetic.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

#include <map>

using namespace nexvitad::data;

namespace {
// Relative path -> bytes of every file under `root`.
std::map<QString, QByteArray> filesUnder(const QString &root)
{
    std::map<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        files[path.mid(root.size() + 1)] = f.readAll();
    }
    return files;
}

SyntheticOptions small()
{
    SyntheticOptions o;
    o.size = 64;
    o.trainGood = 3;
    o.testGood = 2;
    o.testDefects = 2;
    o.seed = 1;
    return o;
}
} // namespace

class TestSynthetic : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogue()
    {
        QStringList names;
        for (const SyntheticClass &c : syntheticClasses(4))
            names << c.name;
        QCOMPARE(names, (QStringList{QStringLiteral("carpet_syn"), QStringLiteral("wood_syn"), QStringLiteral("disc_syn"), QStringLiteral("screw_syn")}));
        const auto four = syntheticClasses(4);
        QCOMPARE(std::count_if(four.begin(), four.end(), [](const SyntheticClass &c) { return c.texture; }), 2);
        QCOMPARE(syntheticClasses(5).back().name, QStringLiteral("tile_syn"));
        QSet<QString> unique;
        QSet<QString> defects;
        for (const SyntheticClass &c : syntheticClasses(kMaxSyntheticClasses)) {
            unique.insert(c.name);
            for (const QString &d : c.defectTypes)
                defects.insert(d);
        }
        QCOMPARE(unique.size(), kMaxSyntheticClasses);
        QCOMPARE(defects, (QSet<QString>{QStringLiteral("scratch"), QStringLiteral("hole"), QStringLiteral("crack"), QStringLiteral("stain"), QStringLiteral("missing")}));
        QVERIFY_THROWS_EXCEPTION(nexvitad::Error, syntheticClasses(0));
        QVERIFY_THROWS_EXCEPTION(nexvitad::Error, syntheticClasses(kMaxSyntheticClasses + 1));
    }

    void masksAreExactlyTheChangedPixels_data()
    {
        QTest::addColumn<int>("classIndex");
        QTest::addColumn<QString>("defect");
        const auto classes = syntheticClasses(10);
        for (int ci = 0; ci < static_cast<int>(classes.size()); ++ci)
            for (const QString &d : classes[static_cast<std::size_t>(ci)].defectTypes)
                QTest::newRow(qPrintable(classes[static_cast<std::size_t>(ci)].name + QLatin1Char('/') + d)) << ci << d;
    }

    void masksAreExactlyTheChangedPixels()
    {
        QFETCH(int, classIndex);
        QFETCH(QString, defect);
        for (std::uint64_t seed = 0; seed < 6; ++seed) {
            const SyntheticSample s = renderSyntheticSample(classIndex, defect, seed * 7919, 96);
            QCOMPARE(s.image.type(), CV_8UC3);
            QCOMPARE(s.mask.type(), CV_8UC1);
            cv::Mat diff;
            cv::absdiff(s.image, s.clean, diff);
            cv::Mat changed = toBinaryMask(diff) * 255;
            QCOMPARE(cv::countNonZero(changed != s.mask), 0);
            QVERIFY(cv::countNonZero(s.mask) > 0);
            QCOMPARE(cv::countNonZero((s.mask != 0) & (s.mask != 255)), 0); // strictly binary
        }
        const SyntheticSample good = renderSyntheticSample(classIndex, QStringLiteral("good"), 3, 96);
        QCOMPARE(cv::countNonZero(good.mask), 0);
        QCOMPARE(cv::norm(good.image, good.clean, cv::NORM_INF), 0.0);
    }

    void imagesVaryLikeRealProducts()
    {
        // Two good images of one class are different pictures, not the same one with noise.
        for (int ci = 0; ci < 5; ++ci) {
            const SyntheticSample a = renderSyntheticSample(ci, QStringLiteral("good"), 1, 96);
            const SyntheticSample b = renderSyntheticSample(ci, QStringLiteral("good"), 2, 96);
            QVERIFY2(cv::norm(a.image, b.image, cv::NORM_L1) / a.image.total() / 3 > 4.0, qPrintable(QString::number(ci)));
        }
    }

    void deterministicForASeed()
    {
        QTemporaryDir a, b, c;
        SyntheticOptions o = small();
        writeSyntheticDataset(a.path(), o, false, nexvitad::Progress::none());
        writeSyntheticDataset(b.path(), o, false, nexvitad::Progress::none());
        o.seed = 2;
        writeSyntheticDataset(c.path(), o, false, nexvitad::Progress::none());
        const auto fa = filesUnder(a.path()), fb = filesUnder(b.path()), fc = filesUnder(c.path());
        QVERIFY(fa == fb);
        QCOMPARE(fa.size(), fc.size());
        int differing = 0;
        for (const auto &[path, bytes] : fa)
            differing += path.endsWith(QLatin1String(".png")) && fc.at(path) != bytes;
        QVERIFY2(differing > static_cast<int>(fa.size()) * 9 / 10, qPrintable(QString::number(differing)));
    }

    void layoutAndCountsImportCleanly()
    {
        QTemporaryDir tmp;
        const SyntheticOptions o = small();
        const SyntheticResult r = writeSyntheticDataset(tmp.path(), o, false, nexvitad::Progress::none());
        QCOMPARE(r.images, 4 * (3 + 2 + 3 * 2));
        QCOMPARE(r.masks, 4 * 3 * 2);
        QVERIFY(!r.alreadyPresent);

        const Manifest m = scanDataset(tmp.path(), {}, nexvitad::Progress::none());
        QCOMPARE(m.layout, Layout::MvtecRoot);
        QCOMPARE(m.problemCount(Severity::Error), 0);
        QCOMPARE(m.problemCount(Severity::Warning), 0);
        QCOMPARE(m.problemCount(Severity::Note), 1); // synthetic.json, the generator's record
        QCOMPARE(m.classes.size(), 4u);
        for (const ClassEntry &c : m.classes) {
            QCOMPARE(c.find(SplitKind::TrainGood)->images.size(), 3u);
            QCOMPARE(c.find(SplitKind::TestGood)->images.size(), 2u);
            QCOMPARE(c.defectTypes().size(), 3);
            for (const QString &d : c.defectTypes())
                for (const ImageEntry &e : c.find(SplitKind::TestDefect, d)->images) {
                    QCOMPARE(e.width, 64);
                    QVERIFY(!e.maskPath.isEmpty());
                }
        }
        // The file on disk is the rendered sample, mask included (PNG is lossless).
        const ClassEntry *disc = m.findClass(QStringLiteral("disc_syn"));
        QVERIFY(disc);
        const ImageEntry &e = disc->find(SplitKind::TestDefect, QStringLiteral("missing"))->images.at(1);
        const SyntheticSample s = renderSyntheticSample(2, QStringLiteral("missing"), syntheticImageSeed(o.seed, 2, 3, 1), o.size);
        const cv::Mat onDisk = cv::imread(m.absolutePath(e.path), cv::IMREAD_UNCHANGED);
        const cv::Mat maskOnDisk = cv::imread(m.absolutePath(e.maskPath), cv::IMREAD_UNCHANGED);
        QCOMPARE(cv::norm(onDisk, s.image, cv::NORM_INF), 0.0);
        QCOMPARE(cv::norm(maskOnDisk, s.mask, cv::NORM_INF), 0.0);
    }

    void rerunIsIdempotentAndOtherDataIsRefused()
    {
        QTemporaryDir tmp;
        const SyntheticOptions o = small();
        writeSyntheticDataset(tmp.path(), o, false, nexvitad::Progress::none());
        const auto before = filesUnder(tmp.path());
        const SyntheticResult again = writeSyntheticDataset(tmp.path(), o, false, nexvitad::Progress::none());
        QVERIFY(again.alreadyPresent);
        QVERIFY(filesUnder(tmp.path()) == before);

        SyntheticOptions other = o;
        other.seed = 99; // a different dataset: refused without --force, nothing written
        try {
            writeSyntheticDataset(tmp.path(), other, false, nexvitad::Progress::none());
            QFAIL("wrote over a different dataset");
        } catch (const nexvitad::Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("--force")), qPrintable(e.message()));
        }
        QVERIFY(filesUnder(tmp.path()) == before);
        const SyntheticResult forced = writeSyntheticDataset(tmp.path(), other, true, nexvitad::Progress::none());
        QVERIFY(!forced.alreadyPresent);
        QVERIFY(filesUnder(tmp.path()) != before);
    }

    void badOptionsAndCancel()
    {
        QTemporaryDir tmp;
        SyntheticOptions o = small();
        o.size = 8;
        QVERIFY_THROWS_EXCEPTION(nexvitad::Error, writeSyntheticDataset(tmp.path() + QStringLiteral("/x"), o, false, nexvitad::Progress::none()));
        nexvitad::Progress canceled;
        canceled.cancel();
        QVERIFY_THROWS_EXCEPTION(nexvitad::Canceled, writeSyntheticDataset(tmp.path() + QStringLiteral("/y"), small(), false, canceled));
    }
};

QTEST_GUILESS_MAIN(TestSynthetic)
#include "test_synthetic.moc"

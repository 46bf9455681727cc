// bench soak's measurements and verdict: what /proc says about this process
// (process_resources.h) follows real allocations and files, and the trend analysis
// (resource_trend.h) tells a flat, noisy series from a leak of memory or descriptors.
#include "common/process_resources.h"
#include "common/resource_trend.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>
#include <memory>
#include <vector>

using namespace nexvitad::runtime;

namespace {

// `count` samples a minute apart: resident memory `base` + `perSample` each, with +-3 MiB of
// alternating noise; `fds` descriptors, one more every `fdEvery` samples (0: never).
std::vector<ResourceSample> series(int count, qint64 baseKiB, qint64 perSampleKiB, int fdEvery = 0)
{
    std::vector<ResourceSample> out;
    for (int i = 0; i < count; ++i)
        out.push_back({60.0 * i, baseKiB + perSampleKiB * i + (i % 2 ? 3072 : -3072),
                       12 + (fdEvery ? i / fdEvery : 0)});
    return out;
}

} // namespace

class TestResourceTrend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void residentMemoryFollowsAnAllocation()
    {
        const qint64 before = residentKiB();
        QVERIFY(before > 0);
        const size_t bytes = size_t(64) << 20;
        std::unique_ptr<char[]> block(new char[bytes]);
        std::memset(block.get(), 1, bytes); // touched: resident, not only reserved
        const qint64 during = residentKiB();
        QVERIFY2(during - before >= 60 * 1024,
                 qPrintable(QStringLiteral("%1 -> %2 KiB").arg(before).arg(during)));
        QVERIFY(peakResidentKiB() >= during);
    }

    void descriptorsFollowOpenFiles()
    {
        QTemporaryDir dir;
        const int before = openFileDescriptors();
        QVERIFY(before >= 3); // stdin, stdout, stderr at least
        std::vector<std::unique_ptr<QFile>> files;
        for (int i = 0; i < 3; ++i) {
            files.push_back(std::make_unique<QFile>(dir.filePath(QString::number(i))));
            QVERIFY(files.back()->open(QIODevice::WriteOnly));
        }
        QCOMPARE(openFileDescriptors(), before + 3);
        files.clear();
        QCOMPARE(openFileDescriptors(), before);
    }

    void flatNoisySeriesDoesNotGrow()
    {
        // A warm-up that climbs by 200 MiB, then flat with noise.
        std::vector<ResourceSample> s = series(60, 800 * 1024, 0);
        for (int i = 0; i < 10; ++i)
            s[size_t(i)].residentKiB -= (10 - i) * 20 * 1024;
        const ResourceTrend t = analyseResourceTrend(s);
        QVERIFY(t.enough);
        QCOMPARE(t.warmupSamples, 12);
        QVERIFY(!t.rssGrows);
        QVERIFY(!t.fdsGrow);
        QVERIFY(qAbs(t.rssStartKiB - 800 * 1024) <= 3072);
        QVERIFY(qAbs(t.rssSlopeKiBPerHour) < 1024);
    }

    void steadyLeakGrows()
    {
        // 1 MiB a round: about 36 MiB between the first and the last judged quarter.
        const ResourceTrend t = analyseResourceTrend(series(60, 800 * 1024, 1024));
        QVERIFY(t.enough);
        QVERIFY(t.rssGrows);
        QVERIFY(t.grows());
        // Least squares recovers the leak's rate: 1 MiB a minute is 60 MiB an hour.
        QVERIFY(qAbs(t.rssSlopeKiBPerHour / 1024.0 - 60.0) < 1.0);
    }

    void leakBelowTheSlackIsTolerated()
    {
        // 0.1 MiB a round: about 4 MiB over the judged rounds, under the 16 MiB slack.
        const ResourceTrend t = analyseResourceTrend(series(60, 800 * 1024, 100));
        QVERIFY(!t.rssGrows);
    }

    void descriptorLeakGrows()
    {
        const ResourceTrend t = analyseResourceTrend(series(60, 800 * 1024, 0, 10));
        QVERIFY(t.fdsGrow);
        QVERIFY(!t.rssGrows);
        QVERIFY(t.fdEnd > t.fdStart);
    }

    void tooFewSamplesGiveNoVerdict()
    {
        const ResourceTrend t = analyseResourceTrend(series(6, 800 * 1024, 10 * 1024));
        QVERIFY(!t.enough);
        QVERIFY(!t.grows());
    }
};

QTEST_GUILESS_MAIN(TestResourceTrend)
#include "test_resource_trend.moc"

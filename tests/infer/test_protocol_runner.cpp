// The paper's protocol (method.md 6) end to end on a tiny synthetic dataset with the tiny
// random backbones: classes drawn per run as data::randomSplit says, a 1-epoch training per
// run, banks and evaluation per target class, the per-split mean / sample std / best
// recomputed here from the runs in protocol.json, finished runs reused on a second call
// (checkpoints untouched), the --untrained mode, and bad input or a cancel refused.

#include "common/error.h"
#include "common/progress.h"
#include "data/dataset_scan.h"
#include "data/splits.h"
#include "data/synthetic.h"
#include "protocol/protocol_runner.h"
#include "train/run_folder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace nexvitad;
using namespace nexvitad::protocol;

namespace {

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestProtocolRunner : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;
    data::Manifest manifest;

    ProtocolOptions options(const QString &out, bool untrained)
    {
        ProtocolOptions o;
        o.manifest = manifest;
        o.splits = {QStringLiteral("2/1")};
        o.runs = 2;
        o.seed = 3;
        o.outDir = dir.filePath(out);
        o.untrained = untrained;
        o.k = 4;
        o.bankImages = 3;
        o.modelsDir = dir.filePath(QStringLiteral("models"));
        train::TrainingConfig &c = o.config;
        c.hiera = QStringLiteral("random:hiera_mini:1");
        c.dinov2 = QStringLiteral("random:dinov2_mini:2");
        c.imageSize = 64;
        c.epochs = 1;
        c.batchSize = 2;
        c.decoderWidths = {16, 8, 4};
        c.pseudoHidden = {8, 4};
        return o;
    }

    // The JSON's per-split table must be the mean / sample std / max of its runs' values,
    // and each run's value the mean of its classes'.
    void checkAggregates(const QJsonObject &doc, const ProtocolOptions &o)
    {
        const QJsonArray runs = doc.value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 2);
        const QStringList classes = manifest.classNames();
        for (int r = 0; r < 2; ++r) {
            const QJsonObject run = runs[r].toObject();
            QCOMPARE(run.value(QStringLiteral("seed")).toString(), QString::number(o.seed + r));
            const data::ClassSplit drawn = data::randomSplit(classes, 2, 1, o.seed + r);
            QCOMPARE(run.value(QStringLiteral("target")).toArray(),
                     QJsonArray::fromStringList(drawn.target));
            QCOMPARE(run.value(QStringLiteral("source")).toArray(),
                     QJsonArray::fromStringList(drawn.source));
            const QJsonArray perClass = run.value(QStringLiteral("classes")).toArray();
            QCOMPARE(perClass.size(), 1);
            QCOMPARE(perClass[0].toObject().value(QStringLiteral("class")).toString(),
                     drawn.target.first());
            const double classAuroc = perClass[0]
                                          .toObject()
                                          .value(QStringLiteral("metrics"))
                                          .toObject()
                                          .value(QStringLiteral("pixel_auroc"))
                                          .toDouble(-1);
            QCOMPARE(run.value(QStringLiteral("metrics"))
                         .toObject()
                         .value(QStringLiteral("pixel_auroc"))
                         .toDouble(-2),
                     classAuroc);
        }
        const QJsonObject table = doc.value(QStringLiteral("summary"))
                                      .toArray()[0]
                                      .toObject()
                                      .value(QStringLiteral("metrics"))
                                      .toObject();
        for (const QString &name : protocolMetricNames()) {
            std::vector<double> v;
            for (const QJsonValue &run : runs) {
                const QJsonValue x =
                    run.toObject().value(QStringLiteral("metrics")).toObject().value(name);
                if (x.isDouble())
                    v.push_back(x.toDouble());
            }
            const QJsonObject s = table.value(name).toObject();
            QCOMPARE(s.value(QStringLiteral("runs")).toInt(), int(v.size()));
            QCOMPARE(s.value(QStringLiteral("undefined_runs")).toInt(), 2 - int(v.size()));
            if (name == QStringLiteral("pixel_auroc"))
                QCOMPARE(v.size(), size_t(2)); // every test class has defects and good images
            if (v.size() < 2)
                continue;
            const double mean = (v[0] + v[1]) / 2;
            const double sd =
                std::sqrt(((v[0] - mean) * (v[0] - mean) + (v[1] - mean) * (v[1] - mean)) / 1.0);
            QVERIFY(std::abs(s.value(QStringLiteral("mean")).toDouble() - mean) < 1e-12);
            QVERIFY(std::abs(s.value(QStringLiteral("std")).toDouble() - sd) < 1e-12);
            QCOMPARE(s.value(QStringLiteral("best")).toDouble(), std::max(v[0], v[1]));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        data::SyntheticOptions o;
        o.classes = 3;
        o.size = 64;
        o.trainGood = 4;
        o.testGood = 2;
        o.testDefects = 1;
        o.seed = 9;
        data::writeSyntheticDataset(dir.filePath(QStringLiteral("data")), o, false,
                                    Progress::none());
        manifest = data::scanDataset(dir.filePath(QStringLiteral("data")), data::ScanOptions{},
                                     Progress::none());
        QCOMPARE(manifest.classNames().size(), 3);
    }

    void untrainedProtocolWritesAllFiles()
    {
        const ProtocolOptions o = options(QStringLiteral("untrained"), true);
        const ProtocolResult result = runProtocol(o, Progress::none());
        QVERIFY(result.untrainedBackbone);
        for (const QString &path : {result.jsonPath, result.csvPath, result.markdownPath})
            QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
        const QJsonObject doc = readJson(result.jsonPath);
        QVERIFY(doc.value(QStringLiteral("untrained_encoder")).toBool());
        checkAggregates(doc, o);
        QVERIFY(result.runs[0].runDir.isEmpty()); // nothing trained

        QFile csv(result.csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList rows = QString::fromUtf8(csv.readAll()).trimmed().split('\n');
        QCOMPARE(rows.first(), QStringLiteral("split,metric,mean,std,best,runs"));
        QCOMPARE(rows.size(), 1 + protocolMetricNames().size());
        QVERIFY(rows[1].startsWith(QStringLiteral("2/1,pixel_auroc,")));
        QFile md(result.markdownPath);
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(md.readAll());
        QVERIFY(text.contains(QStringLiteral("UNTRAINED BACKBONE (random weights)")));
        QVERIFY(text.contains(QStringLiteral("| pixel_auroc |")));
    }

    void trainedProtocolReusesFinishedRuns()
    {
        const ProtocolOptions o = options(QStringLiteral("trained"), false);
        int epochs = 0, runsDone = 0;
        ProtocolCallbacks callbacks;
        callbacks.epochDone = [&epochs](const QString &, int, const train::EpochReport &) {
            ++epochs;
        };
        callbacks.runDone = [&runsDone](const RunOutcome &) { ++runsDone; };
        const ProtocolResult first = runProtocol(o, Progress::none(), callbacks);
        QCOMPARE(epochs, 2); // 1 epoch in each of the 2 runs
        QCOMPARE(runsDone, 2);
        checkAggregates(readJson(first.jsonPath), o);
        QVERIFY(!first.runs[0].reused && !first.runs[1].reused);
        const train::RunFolder run0(
            QDir(o.outDir).filePath(runFolderName(QStringLiteral("2/1"), 0)));
        QCOMPARE(first.runs[0].runDir, run0.dir());
        const QString checkpoint = run0.latestCheckpoint();
        QVERIFY(checkpoint.endsWith(QStringLiteral("epoch_0001.pt")));
        const QDateTime written = QFileInfo(checkpoint).lastModified();

        QTest::qSleep(20);
        const ProtocolResult second = runProtocol(o, Progress::none(), callbacks);
        QCOMPARE(epochs, 2); // nothing trained again
        QVERIFY(second.runs[0].reused && second.runs[1].reused);
        QCOMPARE(QFileInfo(checkpoint).lastModified(), written);
        // Same banks and evaluation: the same numbers.
        QCOMPARE(second.runs[1].metrics, first.runs[1].metrics);
    }

    void impossibleSplitIsRefusedUpFront()
    {
        ProtocolOptions o = options(QStringLiteral("bad"), true);
        o.splits = {QStringLiteral("2/1"), QStringLiteral("5/1")};
        QVERIFY_THROWS_EXCEPTION(Error, runProtocol(o, Progress::none()));
        QVERIFY(!QFile::exists(QDir(o.outDir).filePath(QStringLiteral("protocol.json"))));
        o.splits = {QStringLiteral("two/one")};
        QVERIFY_THROWS_EXCEPTION(Error, runProtocol(o, Progress::none()));
        o.splits = {QStringLiteral("2/1")};
        o.inference = infer::InferenceMode::Decoder; // needs a trained head
        QVERIFY_THROWS_EXCEPTION(Error, runProtocol(o, Progress::none()));
    }

    void cancelStops()
    {
        const ProtocolOptions o = options(QStringLiteral("canceled"), true);
        int calls = 0;
        Progress progress([&calls](const ProgressUpdate &) { return ++calls < 3; },
                          std::chrono::milliseconds(0));
        QVERIFY_THROWS_EXCEPTION(Canceled, runProtocol(o, progress));
        QVERIFY(calls >= 3);
        QVERIFY(!QFile::exists(QDir(o.outDir).filePath(QStringLiteral("protocol.json"))));
    }
};

QTEST_GUILESS_MAIN(TestProtocolRunner)
#include "test_protocol_runner.moc"

// Explanation by retrieval (issue 19) on real banks built with the randomly initialised
// mini backbones on the synthetic dataset: the nearest stored patch equals a brute-force
// double-precision search over every stored patch, a region's query cell is its least
// normal one, the bank keeps its images in step, an old bank file without them loads with
// explanations off, explanations round-trip through JSON and the project store.

#include "common/error.h"
#include "common/progress.h"
#include "data/dataset_scan.h"
#include "data/synthetic.h"
#include "infer/bank_builder.h"
#include "infer/bank_views.h"
#include "infer/inspector.h"
#include "io/safetensors.h"
#include "project/inference_record.h"
#include "store/project.h"
#include "store/result_records.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace nexvitad;
using namespace nexvitad::infer;

namespace {

// The reference: a plain double loop, channels in order.
double squaredDistance(const float *a, const float *b, qint64 channels)
{
    double sum = 0.0;
    for (qint64 c = 0; c < channels; ++c) {
        const double d = double(a[c]) - double(b[c]);
        sum += d * d;
    }
    return sum;
}

struct BruteMatch
{
    int image = -1;
    qint64 row = -1;
    double squared = INFINITY;
};

// Per bank image its nearest patch to `query`, nearest image first (earlier on ties).
std::vector<BruteMatch> bruteForce(const MemoryBank &bank, size_t layer, const float *query)
{
    std::vector<BruteMatch> perImage;
    const qint64 channels = bank.info().layers[layer].channels;
    for (int i = 0; i < bank.imageCount(); ++i) {
        BruteMatch best{i, -1, INFINITY};
        const FeatureMatrix &p = bank.images()[size_t(i)].patches[layer];
        for (qint64 r = 0; r < p.rows; ++r)
            if (const double d = squaredDistance(p.row(r), query, channels); d < best.squared)
                best = {i, r, d};
        perImage.push_back(best);
    }
    std::stable_sort(perImage.begin(), perImage.end(),
                     [](const BruteMatch &a, const BruteMatch &b) { return a.squared < b.squared; });
    return perImage;
}

// The layer's distance to the nearest prototype at a cell, in double.
double prototypeDistance(const MemoryBank &bank, size_t layer, const float *query)
{
    const FeatureMatrix &protos = bank.prototypes()[layer];
    double best = INFINITY;
    for (qint64 k = 0; k < protos.rows; ++k)
        best = std::min(best, squaredDistance(protos.row(k), query, protos.cols));
    return std::sqrt(best);
}

} // namespace

class TestPatchRetrieval : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;
    data::Manifest manifest;
    QString target, models, bankPath, defectImage;

    // The image's features as the bank's own encoder gives them (one image per batch, as
    // Inspector::explain encodes it): the bank grown by that image.
    std::vector<FeatureMatrix> featuresOf(const QString &image)
    {
        MemoryBank grown = MemoryBank::load(bankPath);
        addImagesToBank(grown, {image}, models, QStringLiteral("cpu"));
        return grown.images().back().patches;
    }

private Q_SLOTS:
    void initTestCase()
    {
        data::SyntheticOptions o;
        o.classes = 1;
        o.size = 64;
        o.trainGood = 6;
        o.testGood = 1;
        o.testDefects = 1;
        o.seed = 11;
        data::writeSyntheticDataset(dir.filePath(QStringLiteral("data")), o, false,
                                    Progress::none());
        manifest = data::scanDataset(dir.filePath(QStringLiteral("data")), data::ScanOptions{},
                                     Progress::none());
        target = manifest.classNames().first();
        models = dir.filePath(QStringLiteral("models"));
        BankBuildRequest r;
        r.encoder.hieraSpec = QStringLiteral("random:hiera_mini:1");
        r.encoder.dinoSpec = QStringLiteral("random:dinov2_mini:2");
        r.encoder.imageSize = 64;
        r.encoder.modelsDir = models;
        r.images = chooseGoodImages(manifest, target, 5, 0);
        r.clustering.k = 6;
        bankPath = dir.filePath(QStringLiteral("b.bank"));
        buildBank(r).save(bankPath);
        for (const data::Split &split : manifest.findClass(target)->splits)
            if (split.kind == data::SplitKind::TestDefect)
                defectImage = manifest.absoluteDisplayPath(split.images.front().path);
        QVERIFY(!defectImage.isEmpty());
    }

    void cellGeometry()
    {
        QCOMPARE(cellBox(16, 16, 64, QPoint(3, 2)), QRect(12, 8, 4, 4));
        QCOMPARE(cellBox(3, 3, 64, QPoint(2, 2)), QRect(42, 42, 22, 22)); // uneven: to the edge
        QCOMPARE(cellsIn(16, 16, 64, QRect(13, 9, 1, 1)), std::vector<QPoint>{QPoint(3, 2)});
        QCOMPARE(cellsIn(2, 2, 64, QRect(0, 0, 64, 64)).size(), size_t(4));
        QCOMPARE(cellsIn(2, 2, 64, QRect(31, 0, 2, 1)).size(), size_t(2)); // straddles
        QVERIFY(cellsIn(2, 2, 64, QRect(70, 70, 5, 5)).empty());
        // A click on a 640 x 320 image lands in the map's matching pixel.
        QCOMPARE(toMapRegion(QRect(320, 160, 1, 1), QSize(640, 320), 64), QRect(32, 32, 1, 1));
        QCOMPARE(toMapRegion(QRect(0, 0, 640, 320), QSize(640, 320), 64), QRect(0, 0, 64, 64));
    }

    void nearestPatchEqualsBruteForce()
    {
        Inspector inspector(bankPath, InspectorOptions{models});
        const MemoryBank &bank = inspector.bank();
        QVERIFY(bank.canExplain());
        const std::vector<FeatureMatrix> query = featuresOf(defectImage);
        const int k = 3;
        const Explanation e = inspector.explainFile(defectImage, QRect(37, 21, 1, 1), k);
        QCOMPARE(e.imageSize, 64);
        QCOMPARE(e.layers.size(), bank.info().layers.size());
        for (size_t l = 0; l < e.layers.size(); ++l) {
            const BankLayer &layer = bank.info().layers[l];
            const LayerExplanation &got = e.layers[l];
            QCOMPARE(got.stage, layer.stage);
            // A pixel's query cell is the cell holding it.
            QCOMPARE(got.queryCell, QPoint(37 * layer.gridWidth / 64, 21 * layer.gridHeight / 64));
            const float *q = query[l].row(qint64(got.queryCell.y()) * layer.gridWidth +
                                          got.queryCell.x());
            const std::vector<BruteMatch> expected = bruteForce(bank, l, q);
            QCOMPARE(got.matches.size(), size_t(k));
            for (int j = 0; j < k; ++j) {
                const PatchMatch &m = got.matches[size_t(j)];
                QCOMPARE(m.bankImage, expected[size_t(j)].image);
                QCOMPARE(qint64(m.cell.y()) * layer.gridWidth + m.cell.x(), expected[size_t(j)].row);
                QCOMPARE(m.distance, std::sqrt(expected[size_t(j)].squared));
                QCOMPARE(m.name, bank.images()[size_t(m.bankImage)].name);
                QCOMPARE(m.sha256, bank.images()[size_t(m.bankImage)].sha256);
                QCOMPARE(m.box, cellBox(layer.gridHeight, layer.gridWidth, 64, m.cell));
            }
            // The cell's distance is the layer's map there: to the prototypes (centroids,
            // not stored patches).
            QVERIFY(std::abs(got.cellDistance - prototypeDistance(bank, l, q)) <
                    1e-4 * std::max(1.0, got.cellDistance));
        }
    }

    void regionQueriesItsLeastNormalCell()
    {
        Inspector inspector(bankPath, InspectorOptions{models});
        const MemoryBank &bank = inspector.bank();
        const std::vector<FeatureMatrix> query = featuresOf(defectImage);
        const QRect region(8, 20, 40, 30);
        const Explanation e = inspector.explainFile(defectImage, region, 1);
        QCOMPARE(e.region, region);
        for (size_t l = 0; l < e.layers.size(); ++l) {
            const BankLayer &layer = bank.info().layers[l];
            const std::vector<QPoint> cells = cellsIn(layer.gridHeight, layer.gridWidth, 64, region);
            QVERIFY(cells.size() > 1 || layer.gridWidth <= 2);
            QPoint best = cells.front();
            double bestDistance = -1;
            for (const QPoint &c : cells) {
                const double d = prototypeDistance(
                    bank, l, query[l].row(qint64(c.y()) * layer.gridWidth + c.x()));
                if (d > bestDistance) {
                    bestDistance = d;
                    best = c;
                }
            }
            QCOMPARE(e.layers[l].queryCell, best);
            QCOMPARE(e.layers[l].matches.size(), size_t(1));
            const std::vector<BruteMatch> expected = bruteForce(
                bank, l, query[l].row(qint64(best.y()) * layer.gridWidth + best.x()));
            QCOMPARE(e.layers[l].matches[0].bankImage, expected[0].image);
            QCOMPARE(e.layers[l].matches[0].distance, std::sqrt(expected[0].squared));
        }
        // A region outside the image explains nothing.
        QVERIFY(inspector.explainFile(defectImage, QRect(100, 100, 5, 5)).isEmpty());
    }

    void bankKeepsItsImagesInStep()
    {
        const MemoryBank loaded = MemoryBank::load(bankPath);
        QVERIFY(loaded.canExplain());
        QVERIFY(loaded.explainUnavailableReason().isEmpty());
        const QStringList files = chooseGoodImages(manifest, target, 5, 0);
        QCOMPARE(loaded.images().size(), size_t(files.size()));
        for (size_t i = 0; i < loaded.images().size(); ++i) {
            const cv::Mat expected = encoderView(files[int(i)], 64);
            QCOMPARE(cv::norm(loaded.images()[i].view, expected, cv::NORM_INF), 0.0);
        }
        MemoryBank edited = MemoryBank::load(bankPath);
        QVERIFY(edited.removeImage(edited.images().front().sha256));
        edited.recluster();
        const QString path = dir.filePath(QStringLiteral("edited.bank"));
        edited.save(path);
        const BankViews views = readBankViews(path);
        QVERIFY(views.available());
        QCOMPARE(views.names.size(), 4);
        QCOMPARE(views.names.front(), loaded.images()[1].name);
        QCOMPARE(cv::norm(views.images.front(), loaded.images()[1].view, cv::NORM_INF), 0.0);
    }

    void oldBankWithoutImagesHasExplanationsOff()
    {
        // The bank file as it was before explanations: every tensor but the images.
        const QString old = dir.filePath(QStringLiteral("old.bank"));
        {
            const io::SafeTensorsFile file = io::SafeTensorsFile::open(bankPath);
            std::vector<std::vector<float>> keep;
            std::vector<io::Float32Tensor> tensors;
            for (const io::TensorInfo &t : file.header().tensors)
                if (t.name != QLatin1String(kBankViewsTensor)) {
                    keep.push_back(file.readFloat32(t.name));
                    tensors.push_back({t.name, t.shape, nullptr});
                }
            for (size_t i = 0; i < tensors.size(); ++i)
                tensors[i].data = keep[i].data();
            io::writeSafeTensors(old, tensors, file.header().metadata);
        }
        InspectorOptions options{models};
        options.explainFlagged = true;
        Inspector inspector(old, options);
        QVERIFY(!inspector.bank().canExplain());
        QVERIFY(inspector.bank().explainUnavailableReason().contains(QLatin1String("rebuild")));
        try {
            inspector.explainFile(defectImage, QRect(1, 1, 1, 1));
            QFAIL("explained with an old bank");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(QLatin1String("rebuild")));
            QCOMPARE(e.path(), old);
        }
        // Inspection itself works as before; flagged images just get no explanation.
        ThresholdSet all;
        all.image = manualThreshold(0.0f);
        inspector.setThresholds(all);
        const auto results = inspector.inspectFiles({defectImage}, Progress::none());
        QCOMPARE(*results[0].verdict, Verdict::Fail);
        QVERIFY(!results[0].explanation);
        const BankViews views = readBankViews(old);
        QVERIFY(!views.available());
        QCOMPARE(views.names.size(), 5);
        QVERIFY(views.unavailableReason.contains(QLatin1String("rebuild")));
    }

    void flaggedImagesAreExplainedAtTheirMaximum()
    {
        InspectorOptions options{models};
        options.explainFlagged = true;
        options.explainNeighbours = 2;
        Inspector inspector(bankPath, options);
        const QStringList files{defectImage, chooseGoodImages(manifest, target, 6, 0).last()};
        const auto plain = inspector.inspectFiles(files, Progress::none());
        // No threshold: no verdict, a person decides, so both are explained.
        QVERIFY(!plain[0].verdict && plain[0].explanation && plain[1].explanation);
        ThresholdSet split;
        split.image = manualThreshold((plain[0].score + plain[1].score) / 2);
        inspector.setThresholds(split);
        const auto results = inspector.inspectFiles(files, Progress::none());
        const size_t flagged = plain[0].score > plain[1].score ? 0 : 1;
        QVERIFY(results[flagged].explanation);
        QVERIFY(!results[1 - flagged].explanation);
        const Explanation &e = *results[flagged].explanation;
        cv::Point at;
        cv::minMaxLoc(results[flagged].map, nullptr, nullptr, nullptr, &at);
        QCOMPARE(e.region, QRect(at.x, at.y, 1, 1));
        QCOMPARE(e.layers.size(), inspector.bank().info().layers.size());
        for (const LayerExplanation &l : e.layers)
            QCOMPARE(l.matches.size(), size_t(2));
    }

    void explanationRoundTripsThroughJsonAndTheProject()
    {
        Inspector inspector(bankPath, InspectorOptions{models});
        const Explanation e = inspector.explainFile(defectImage, QRect(5, 40, 20, 10), 3);
        QVERIFY(!e.isEmpty());
        const QByteArray text = QJsonDocument(e.toJson()).toJson();
        QCOMPARE(Explanation::fromJson(QJsonDocument::fromJson(text).object()), e);
        QJsonObject broken = e.toJson();
        broken.remove(QStringLiteral("layers"));
        QVERIFY_THROWS_EXCEPTION(Error, Explanation::fromJson(broken, QStringLiteral("x.json")));

        const store::Project project =
            store::Project::create(dir.filePath(QStringLiteral("project")), QStringLiteral("p"));
        const project::RecordedBank bank =
            project::recordBank(project, bankPath, inspector.bank(), 0, target, QStringLiteral("t"));
        const qint64 batch = project::recordInspectionBatch(project, bank.bankId, 0, QStringLiteral("x"));
        Inspection inspection = inspector.inspectFiles({defectImage}, Progress::none()).front();
        project::recordInspection(project, batch, inspection); // without an explanation
        inspection.explanation = e;
        project::recordInspection(project, batch, inspection);
        const QList<store::StoredInspection> stored = store::inspections(project.database(), batch);
        QCOMPARE(stored.size(), 2);
        QVERIFY(stored[0].explanation.isEmpty());
        QCOMPARE(Explanation::fromJson(stored[1].explanation), e);
    }

    // Numbers a stored explanation cannot hold are refused, not converted: a double beyond
    // int and a rectangle whose right edge overflows were undefined behaviour (found by
    // fuzzing, docs/reliability.md).
    void explanationJsonWithHostileNumbersIsRefused()
    {
        const QJsonObject match{{QStringLiteral("bank_image"), 0},
                                {QStringLiteral("name"), QStringLiteral("a.png")},
                                {QStringLiteral("sha256"), QStringLiteral("ab")},
                                {QStringLiteral("cell"), QJsonArray{1, 2}},
                                {QStringLiteral("box"), QJsonArray{4, 8, 4, 4}},
                                {QStringLiteral("distance"), 0.5}};
        const QJsonObject layer{{QStringLiteral("stage"), 1},
                                {QStringLiteral("query_cell"), QJsonArray{1, 1}},
                                {QStringLiteral("query_box"), QJsonArray{4, 4, 4, 4}},
                                {QStringLiteral("cell_distance"), 1.5},
                                {QStringLiteral("matches"), QJsonArray{match}}};
        const QJsonObject valid{{QStringLiteral("image_size"), 64},
                                {QStringLiteral("region"), QJsonArray{4, 4, 2, 2}},
                                {QStringLiteral("layers"), QJsonArray{layer}}};
        QCOMPARE(Explanation::fromJson(valid).toJson(), valid);

        const auto refused = [](const QJsonObject &o, const QString &field) {
            try {
                Explanation::fromJson(o, QStringLiteral("x.json"));
            } catch (const Error &e) {
                return e.path() == QLatin1String("x.json") && e.message().contains(field);
            }
            return false;
        };
        QJsonObject o = valid;
        o[QStringLiteral("image_size")] = 6e10;
        QVERIFY(refused(o, QStringLiteral("image_size")));
        o = valid;
        o[QStringLiteral("region")] = QJsonArray{2147483647, 0, 2, 1};
        QVERIFY(refused(o, QStringLiteral("region")));
        o = valid;
        o[QStringLiteral("region")] = QJsonArray{1.5, 0, 2, 1};
        QVERIFY(refused(o, QStringLiteral("region")));
        QJsonObject hostileLayer = layer;
        hostileLayer[QStringLiteral("stage")] = -1e300;
        o = valid;
        o[QStringLiteral("layers")] = QJsonArray{hostileLayer};
        QVERIFY(refused(o, QStringLiteral("stage")));
        QJsonObject hostileMatch = match;
        hostileMatch[QStringLiteral("bank_image")] = 1e19;
        hostileLayer = layer;
        hostileLayer[QStringLiteral("matches")] = QJsonArray{hostileMatch};
        o[QStringLiteral("layers")] = QJsonArray{hostileLayer};
        QVERIFY(refused(o, QStringLiteral("bank_image")));
    }
};

QTEST_GUILESS_MAIN(TestPatchRetrieval)
#include "test_patch_retrieval.moc"

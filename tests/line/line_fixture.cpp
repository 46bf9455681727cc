#include "line_fixture.h"

#include "common/progress.h"
#include "data/dataset_scan.h"
#include "data/synthetic.h"
#include "infer/bank_builder.h"
#include "infer/inspector.h"

#include <QDir>

#include <algorithm>

using namespace nexvitad;

LineFixture makeLineFixture(const QString &dir)
{
    LineFixture fixture;
    data::SyntheticOptions o;
    o.classes = 1;
    o.size = 64;
    o.trainGood = 4;
    o.testGood = 3;
    o.testDefects = 1;
    o.seed = 9;
    const QString dataDir = QDir(dir).filePath(QStringLiteral("data"));
    data::writeSyntheticDataset(dataDir, o, false, Progress::none());
    const data::Manifest manifest = data::scanDataset(dataDir, data::ScanOptions{}, Progress::none());
    const QString target = manifest.classNames().first();
    fixture.modelsDir = QDir(dir).filePath(QStringLiteral("models"));
    infer::BankBuildRequest request;
    request.encoder.hieraSpec = QStringLiteral("random:hiera_mini:1");
    request.encoder.dinoSpec = QStringLiteral("random:dinov2_mini:2");
    request.encoder.imageSize = 64;
    request.encoder.modelsDir = fixture.modelsDir;
    request.images = infer::chooseGoodImages(manifest, target, 4, 0);
    request.clustering.k = 8;
    infer::MemoryBank bank = infer::buildBank(request);
    for (const data::Split &split : manifest.findClass(target)->splits)
        if (split.kind != data::SplitKind::TrainGood)
            for (const data::ImageEntry &e : split.images)
                fixture.images << manifest.absoluteDisplayPath(e.path);

    infer::Inspector inspector(bank, infer::InspectorOptions{fixture.modelsDir});
    std::vector<float> scores;
    for (const infer::Inspection &r : inspector.inspectFiles(fixture.images, Progress::none()))
        scores.push_back(r.score);
    std::sort(scores.begin(), scores.end());
    infer::ThresholdSet thresholds;
    thresholds.image = infer::manualThreshold(scores[scores.size() / 2]);
    thresholds.imageReview = infer::makeReviewBand(scores[1], scores[scores.size() - 2]);
    bank.setThresholds(thresholds);
    fixture.bankPath = QDir(dir).filePath(QStringLiteral("line.bank"));
    bank.save(fixture.bankPath);
    return fixture;
}

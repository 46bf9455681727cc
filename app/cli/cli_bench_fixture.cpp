#include "cli_bench_fixture.h"

#include "common/progress.h"
#include "common/settings.h"
#include "data/dataset_scan.h"
#include "data/synthetic.h"

#include <QDir>

using namespace nexvitad;

BenchClass writeBenchClass(const QString &folder, int size, int goodCount)
{
    data::SyntheticOptions o;
    o.classes = 1;
    o.size = size;
    o.trainGood = 10;
    o.testGood = 4;
    o.testDefects = 2;
    const QString root = QDir(folder).filePath(QStringLiteral("data"));
    data::writeSyntheticDataset(root, o, false, Progress::none());
    BenchClass c;
    c.manifest = data::scanDataset(root, data::ScanOptions{}, Progress::none());
    for (const data::Split &split : c.manifest.classes.front().splits)
        for (const data::ImageEntry &image : split.images) {
            const QString path = c.manifest.absoluteDisplayPath(image.path);
            c.allImages << path;
            if (split.kind != data::SplitKind::TrainGood)
                c.testImages << path;
        }
    c.goodImages =
        infer::chooseGoodImages(c.manifest, c.manifest.classNames().first(), goodCount, 0);
    return c;
}

infer::BankBuildRequest benchBankRequest(const BenchClass &benchClass, int size,
                                         const QString &hieraSpec, const QString &dinoSpec)
{
    infer::BankBuildRequest request;
    request.encoder.hieraSpec = hieraSpec;
    request.encoder.dinoSpec = dinoSpec;
    request.encoder.imageSize = size;
    request.encoder.modelsDir = Settings().modelsDirectory();
    request.images = benchClass.goodImages;
    request.clustering.k = 30;
    return request;
}

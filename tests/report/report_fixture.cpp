#include "report_fixture.h"

#include "common/progress.h"
#include "data/synthetic.h"
#include "io/chunked_read.h"
#include "store/artifacts.h"
#include "store/asset_records.h"
#include "store/result_records.h"
#include "store/sql.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QImage>
#include <QImageWriter>
#include <QJsonArray>
#include <cmath>

namespace reporttest {

using namespace nexvitad;
using namespace nexvitad::store;

QByteArray heatMapPng(const QString &maskPath, int size, float mapMax)
{
    const QImage mask = maskPath.isEmpty() ? QImage() : QImage(maskPath);
    QImage map(size, size, QImage::Format_Grayscale16);
    for (int y = 0; y < size; ++y) {
        auto *row = reinterpret_cast<quint16 *>(map.scanLine(y));
        for (int x = 0; x < size; ++x) {
            // Defect pixels score near mapMax, the rest low with a gentle gradient.
            const bool defect = !mask.isNull() && qGray(mask.pixel(x * mask.width() / size,
                                                                   y * mask.height() / size)) > 127;
            const double base = 0.15 + 0.1 * std::sin(x * 0.1) * std::cos(y * 0.07);
            row[x] = quint16(std::lround((defect ? 0.9 : base) * 65535));
        }
    }
    map.setText(QStringLiteral("map_max"), QString::number(mapMax));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter(&buffer, "png").write(map);
    return bytes;
}

Fixture makeFixture(const QString &folder, const QString &projectName, int extraInspections)
{
    Fixture f;
    f.datasetRoot = QDir(folder).filePath(QStringLiteral("data"));
    data::SyntheticOptions options;
    options.classes = 1;
    options.size = 96;
    options.trainGood = 3;
    options.testGood = 2;
    options.testDefects = 1;
    options.seed = 5;
    data::writeSyntheticDataset(f.datasetRoot, options, false, Progress::none());

    f.project = Project::create(QDir(folder).filePath(QStringLiteral("project")), projectName);
    const Project &project = *f.project;
    const QSqlDatabase db = project.database();

    DatasetRecord dataset;
    dataset.name = QStringLiteral("synthetic");
    dataset.root = f.datasetRoot;
    dataset.layout = QStringLiteral("mvtec");
    QStringList testImages, supportImages;
    QDirIterator it(f.datasetRoot, {QStringLiteral("*.png")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(f.datasetRoot).relativeFilePath(path);
        dataset.manifest.append(QJsonObject{{QStringLiteral("file"), relative},
                                            {QStringLiteral("sha256"), io::sha256OfFile(path)}});
        if (relative.contains(QLatin1String("/test/")))
            testImages << path;
        else if (relative.contains(QLatin1String("/train/")))
            supportImages << relative;
    }
    testImages.sort();
    supportImages.sort();
    f.dataset = addDataset(db, dataset);
    f.manifestSha256 = manifestSha256(dataset.manifest);

    ModelRecord model;
    model.name = QStringLiteral("carpet model");
    model.checkpoint = writeArtifact(project, QStringLiteral("checkpoints"),
                                     QStringLiteral("model.nvckpt"), QByteArray(4000, 'm'));
    f.checkpointSha256 = model.checkpoint.sha256;
    model.backbones = {
        {QStringLiteral("hiera"),
         QJsonObject{{QStringLiteral("spec"), QStringLiteral("random:hiera_tiny_224")},
                     {QStringLiteral("untrained"), true}}},
        {QStringLiteral("dinov2"),
         QJsonObject{{QStringLiteral("spec"), QStringLiteral("vit_small_patch14_dinov2")},
                     {QStringLiteral("file"), QStringLiteral("/models/dinov2_vits14.safetensors")},
                     {QStringLiteral("sha256"), QString(64, QLatin1Char('d'))},
                     {QStringLiteral("untrained"), false}}}};
    f.model = registerModel(db, model, QStringLiteral("alice"));

    BankRecord bank;
    bank.modelId = f.model;
    bank.datasetId = f.dataset;
    bank.className = QStringLiteral("carpet_syn");
    bank.images = supportImages;
    bank.k = 8;
    bank.layers = {2, 3};
    bank.file = writeArtifact(project, QStringLiteral("banks"), QStringLiteral("bank.nvbank"),
                              QByteArray(3000, 'b'));
    bank.thresholds = {0.5, 0.4};
    f.bank = registerBank(db, bank, QStringLiteral("alice"));
    f.bankSha256 = bank.file.sha256;
    setBankThresholds(db, f.bank, {0.55, 0.45}, QStringLiteral("carol"),
                      QStringLiteral("fewer false alarms"));

    f.batch = createInspectionBatch(db, f.bank, 0, QStringLiteral("line 3 camera"));
    const int total = int(testImages.size()) + extraInspections;
    QJsonArray imageScores;
    bool reviewGiven = false;
    for (int i = 0; i < total; ++i) {
        const QString image = testImages[i % testImages.size()];
        const bool defect = !image.contains(QLatin1String("/good/"));
        const QString mask = QString(image)
                                 .replace(QLatin1String("/test/"), QLatin1String("/ground_truth/"))
                                 .replace(QLatin1String(".png"), QLatin1String("_mask.png"));
        InspectionRecord row;
        row.batchId = f.batch;
        row.imagePath = image;
        // The first defect lands in the review band, the others fail; good ones pass.
        const bool inReview = defect && !reviewGiven;
        reviewGiven = reviewGiven || defect;
        row.score = inReview ? 0.52 : defect ? 0.8 + 0.01 * (i % 10) : 0.2 + 0.01 * (i % 10);
        row.verdict = inReview ? Verdict::Review : defect ? Verdict::Fail : Verdict::Pass;
        (row.verdict == Verdict::Pass   ? f.pass
         : row.verdict == Verdict::Fail ? f.fail
                                        : f.review)++;
        row.map = writeArtifact(project, QStringLiteral("maps"),
                                uniqueArtifactName(QStringLiteral("map"), QStringLiteral(".png")),
                                heatMapPng(defect ? mask : QString(), 96, 1.0f));
        const qint64 id = addInspection(db, row);
        if (row.verdict == Verdict::Fail && f.reviewComment.isEmpty()) {
            f.reviewComment = QStringLiteral("scratch confirmed at the edge");
            reviewInspection(db, id, ReviewDecision::Accept, QStringLiteral("bob"),
                             f.reviewComment);
        }
        if (i < testImages.size())
            imageScores.append(
                QJsonObject{{QStringLiteral("name"), QDir(f.datasetRoot).relativeFilePath(image)},
                            {QStringLiteral("score"), row.score},
                            {QStringLiteral("defect"), defect}});
    }

    f.imageAuroc = 0.9712;
    f.pixelAuroc = 0.8841;
    f.pixelAp = 0.4567;
    EvaluationRecord evaluation;
    evaluation.modelId = f.model;
    evaluation.bankId = f.bank;
    evaluation.datasetId = f.dataset;
    evaluation.metrics = {
        {QStringLiteral("image_auroc"), f.imageAuroc},
        {QStringLiteral("image_ap"), 0.95},
        {QStringLiteral("image_f1_max"), 0.9},
        {QStringLiteral("pixel_auroc"), f.pixelAuroc},
        {QStringLiteral("pixel_ap"), f.pixelAp},
        {QStringLiteral("pixel_aupro_0.3"), QJsonValue()},
        {QStringLiteral("pixel_f1_max"), 0.5},
        {QStringLiteral("image_positives"), 4},
        {QStringLiteral("image_negatives"), 2},
        {QStringLiteral("mIoU"), QJsonArray{QJsonObject{{QStringLiteral("threshold"), 0.45},
                                                        {QStringLiteral("mIoU"), 0.61},
                                                        {QStringLiteral("images"), 4}}}},
        {QStringLiteral("class"), QStringLiteral("carpet_syn")},
        {QStringLiteral("untrained"), true},
        {QStringLiteral("seeds"), QJsonObject{{QStringLiteral("kmeans"), 7}}}};
    const QJsonObject line{{QStringLiteral("x"), QJsonArray{0.0, 0.1, 0.3, 1.0}},
                           {QStringLiteral("y"), QJsonArray{0.0, 0.7, 0.9, 1.0}}};
    evaluation.curves = {
        {QStringLiteral("image_roc"), line},
        {QStringLiteral("image_pr"), line},
        {QStringLiteral("pixel_roc"), line},
        {QStringLiteral("pixel_pr"), line},
        {QStringLiteral("pixel_pro"), line},
        {QStringLiteral("image_scores"), imageScores},
        {QStringLiteral("thresholds"),
         QJsonObject{
             {QStringLiteral("image"), 0.55},
             {QStringLiteral("pixel"), QJsonObject{{QStringLiteral("value"), 0.45}}},
             {QStringLiteral("image_review"), QJsonObject{{QStringLiteral("pass_below"), 0.5},
                                                          {QStringLiteral("fail_from"), 0.6}}}}}};
    f.evaluation = addEvaluation(db, evaluation);
    return f;
}

} // namespace reporttest

#include "store_fixture.h"

#include "store/artifacts.h"
#include "store/asset_records.h"
#include "store/job_records.h"
#include "store/result_records.h"
#include "store/sql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>

namespace storetest {

using namespace nexvitad::store;

FilledIds fillProject(const Project &project)
{
    const QSqlDatabase db = project.database();
    FilledIds ids;
    DatasetRecord dataset;
    dataset.name = QStringLiteral("bottles");
    dataset.root = QStringLiteral("/data/bottles");
    dataset.layout = QStringLiteral("mvtec");
    dataset.manifest = QJsonArray{QJsonObject{{QStringLiteral("file"), QStringLiteral("train/good/000.png")},
                                              {QStringLiteral("size"), 1234},
                                              {QStringLiteral("sha256"), QStringLiteral("ab")}}};
    dataset.categories = {QStringLiteral("bottle")};
    dataset.defectTypes = {QStringLiteral("crack"), QStringLiteral("scratch")};
    ids.dataset = addDataset(db, dataset);
    addSplit(db, ids.dataset, classId(db, ids.dataset, QStringLiteral("category"), QStringLiteral("bottle")),
             QStringLiteral("support"), 7, QJsonArray{QStringLiteral("train/good/000.png")});

    ids.job = createJob(db, QStringLiteral("train"), QStringLiteral("nexvitad-cli train"));
    transitionJob(db, ids.job, JobStatus::Running);
    ids.run = createTrainingRun(db, ids.job, ids.dataset, {{QStringLiteral("epochs"), 2}}, 2);
    recordEpoch(db, ids.run, 1, {{QStringLiteral("loss"), 0.5}}, 1.5);
    recordEpoch(db, ids.run, 2, {{QStringLiteral("loss"), 0.25}}, 1.4);
    transitionJob(db, ids.job, JobStatus::Completed);

    ModelRecord model;
    model.runId = ids.run;
    model.name = QStringLiteral("bottle model");
    model.checkpoint = writeArtifact(project, QStringLiteral("checkpoints"),
                                     QStringLiteral("model.nvckpt"), QByteArray(5000, 'm'));
    model.backbones = {{QStringLiteral("hiera"), QJsonObject{{QStringLiteral("sha256"), QStringLiteral("cd")}}}};
    ids.model = registerModel(db, model, QStringLiteral("tester"));

    BankRecord bank;
    bank.modelId = ids.model;
    bank.datasetId = ids.dataset;
    bank.className = QStringLiteral("bottle");
    bank.images = {QStringLiteral("train/good/000.png")};
    bank.k = 4;
    bank.layers = {2, 3};
    bank.file = writeArtifact(project, QStringLiteral("banks"), QStringLiteral("bank.nvbank"),
                              QByteArray(3000, 'b'));
    bank.thresholds.image = 0.5;
    ids.bank = registerBank(db, bank, QStringLiteral("tester"));

    ids.batch = createInspectionBatch(db, ids.bank, 0, QStringLiteral("/data/line1"));
    InspectionRecord inspection;
    inspection.batchId = ids.batch;
    inspection.imagePath = QStringLiteral("/data/line1/0001.png");
    inspection.score = 0.8;
    inspection.verdict = Verdict::Fail;
    inspection.map = writeArtifact(project, QStringLiteral("maps"), QStringLiteral("0001.png"),
                                   QByteArray(700, 'h'));
    ids.inspection = addInspection(db, inspection);
    reviewInspection(db, ids.inspection, ReviewDecision::Reject, QStringLiteral("tester"),
                     QStringLiteral("reflection, not a crack"));

    EvaluationRecord evaluation;
    evaluation.modelId = ids.model;
    evaluation.bankId = ids.bank;
    evaluation.metrics = {{QStringLiteral("image_auroc"), 0.97}};
    evaluation.curves = {{QStringLiteral("roc"), QJsonArray{0, 1}}};
    ids.evaluation = addEvaluation(db, evaluation);
    ids.report = addReport(db, QStringLiteral("evaluation"), QStringLiteral("Bottle report"),
                           writeArtifact(project, QStringLiteral("reports"),
                                         QStringLiteral("report.pdf"), QByteArray(900, 'r')),
                           ids.evaluation, 0);
    return ids;
}

QMap<QString, QByteArray> folderDigest(const QString &folder)
{
    QMap<QString, QByteArray> digest;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        digest.insert(QDir(folder).relativeFilePath(path),
                      QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return digest;
}

int rowCount(const QSqlDatabase &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

} // namespace storetest

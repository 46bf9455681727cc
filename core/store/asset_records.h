#pragma once
// Datasets (with classes and splits), models and memory banks. Registering a model or a
// bank and changing a bank's thresholds also append to the audit log, in the same
// transaction. Artifacts (checkpoint, bank file) must already be written (artifacts.h).
// The readers (dataset, model, memoryBank) throw nexvitad::Error when the id does not exist.

#include "store/artifacts.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>
#include <vector>

namespace nexvitad::store {

struct DatasetRecord
{
    QString name;
    QString root;   // absolute folder of the user's dataset (never modified)
    QString layout; // "mvtec", "visa", "folder", ...
    QJsonArray manifest; // [{"file": relative, "size": n, "sha256": hex, "label": ...}, ...]
    QStringList categories;
    QStringList defectTypes;
};

// Inserts the dataset, its manifest hash (SHA-256 of the compact manifest JSON) and classes.
qint64 addDataset(const QSqlDatabase &db, const DatasetRecord &dataset);
QString manifestSha256(const QJsonArray &manifest);
struct StoredDataset : DatasetRecord
{
    qint64 id = 0;
    QString manifestSha256;
    QString createdAt;
};

StoredDataset dataset(const QSqlDatabase &db, qint64 datasetId);

// Every dataset's id, name and folder, by id (without the manifests: cheap enough for the
// GUI thread).
struct DatasetEntry
{
    qint64 id = 0;
    QString name;
    QString root;
};
std::vector<DatasetEntry> listDatasets(const QSqlDatabase &db);

// The class row of a dataset; 0 when missing. kind: "category" or "defect".
qint64 classId(const QSqlDatabase &db, qint64 datasetId, const QString &kind, const QString &name);
// classId 0: a split of the whole dataset.
qint64 addSplit(const QSqlDatabase &db, qint64 datasetId, qint64 classId, const QString &name,
                std::optional<qint64> seed, const QJsonArray &items);

struct ModelRecord
{
    qint64 runId = 0; // 0: not trained in this project (e.g. imported)
    QString name;
    ArtifactFile checkpoint;
    QJsonObject backbones; // {"<backbone>": {"file": ..., "sha256": ...}}
};

qint64 registerModel(const QSqlDatabase &db, const ModelRecord &model, const QString &actor);

struct StoredModel : ModelRecord
{
    qint64 id = 0;
    QString createdAt;
};

StoredModel model(const QSqlDatabase &db, qint64 modelId);

struct BankThresholds
{
    std::optional<double> image;
    std::optional<double> pixel;
};

struct BankRecord
{
    qint64 modelId = 0;
    qint64 datasetId = 0;
    QString className;
    QStringList images; // the support images the bank was built from
    int k = 0;
    QList<int> layers;
    ArtifactFile file;
    BankThresholds thresholds;
};

qint64 registerBank(const QSqlDatabase &db, const BankRecord &bank, const QString &actor);

struct StoredBank : BankRecord
{
    qint64 id = 0;
    QString createdAt;
};

StoredBank memoryBank(const QSqlDatabase &db, qint64 bankId);
BankThresholds bankThresholds(const QSqlDatabase &db, qint64 bankId);
// Changes the thresholds and logs old and new values with `actor` and `reason`.
void setBankThresholds(const QSqlDatabase &db, qint64 bankId, const BankThresholds &thresholds,
                       const QString &actor, const QString &reason);

} // namespace nexvitad::store

#include "store/asset_records.h"

#include "common/error.h"
#include "store/audit_log.h"
#include "store/job_records.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

namespace nexvitad::store {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::store)
};

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QJsonValue jsonValue(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

std::optional<double> optionalDouble(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

QJsonDocument jsonDocument(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8());
}

QStringList classNames(const QSqlDatabase &db, qint64 datasetId, const QString &kind)
{
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT name FROM classes WHERE dataset_id = ? AND kind = ?"
                                      " ORDER BY id"),
                       {datasetId, kind});
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}
} // namespace

QString manifestSha256(const QJsonArray &manifest)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(jsonText(manifest).toUtf8(), QCryptographicHash::Sha256).toHex());
}

qint64 addDataset(const QSqlDatabase &db, const DatasetRecord &dataset)
{
    Transaction transaction(db);
    const qint64 id = insert(db,
                             QStringLiteral("INSERT INTO datasets (name, root, layout, manifest_json,"
                                            " manifest_sha256, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                             {dataset.name, dataset.root, dataset.layout, jsonText(dataset.manifest),
                              manifestSha256(dataset.manifest), nowUtc()});
    const QString insertClass =
        QStringLiteral("INSERT INTO classes (dataset_id, kind, name) VALUES (?, ?, ?)");
    for (const QString &name : dataset.categories)
        exec(db, insertClass, {id, QStringLiteral("category"), name});
    for (const QString &name : dataset.defectTypes)
        exec(db, insertClass, {id, QStringLiteral("defect"), name});
    transaction.commit();
    return id;
}

StoredDataset dataset(const QSqlDatabase &db, qint64 datasetId)
{
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT name, root, layout, manifest_json, manifest_sha256,"
                                      " created_at FROM datasets WHERE id = ?"),
                       {datasetId});
    if (!q.next())
        throw Error(Tr::tr("Dataset %1 does not exist.").arg(datasetId), databaseFile(db));
    StoredDataset d;
    d.id = datasetId;
    d.name = q.value(0).toString();
    d.root = q.value(1).toString();
    d.layout = q.value(2).toString();
    d.manifest = jsonDocument(q.value(3)).array();
    d.manifestSha256 = q.value(4).toString();
    d.createdAt = q.value(5).toString();
    d.categories = classNames(db, datasetId, QStringLiteral("category"));
    d.defectTypes = classNames(db, datasetId, QStringLiteral("defect"));
    return d;
}

std::vector<DatasetEntry> listDatasets(const QSqlDatabase &db)
{
    std::vector<DatasetEntry> out;
    QSqlQuery q = exec(db, QStringLiteral("SELECT id, name, root FROM datasets ORDER BY id"));
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

qint64 classId(const QSqlDatabase &db, qint64 datasetId, const QString &kind, const QString &name)
{
    return scalar(db,
                  QStringLiteral("SELECT id FROM classes WHERE dataset_id = ? AND kind = ?"
                                 " AND name = ?"),
                  {datasetId, kind, name})
        .toLongLong();
}

qint64 addSplit(const QSqlDatabase &db, qint64 datasetId, qint64 classId, const QString &name,
                std::optional<qint64> seed, const QJsonArray &items)
{
    return insert(db,
                  QStringLiteral("INSERT INTO splits (dataset_id, class_id, name, seed, items_json)"
                                 " VALUES (?, ?, ?, ?, ?)"),
                  {datasetId, idOrNull(classId), name, seed ? QVariant(*seed) : QVariant(),
                   jsonText(items)});
}

qint64 registerModel(const QSqlDatabase &db, const ModelRecord &model, const QString &actor)
{
    Transaction transaction(db);
    const qint64 id = insert(db,
                             QStringLiteral("INSERT INTO models (run_id, name, checkpoint_path,"
                                            " checkpoint_sha256, backbones_json, created_at)"
                                            " VALUES (?, ?, ?, ?, ?, ?)"),
                             {idOrNull(model.runId), model.name, model.checkpoint.storedPath,
                              model.checkpoint.sha256, toJsonText(model.backbones), nowUtc()});
    appendAudit(db, actor, QStringLiteral("model.registered"), QStringLiteral("model"), id,
                {{QStringLiteral("name"), model.name},
                 {QStringLiteral("checkpoint"), model.checkpoint.storedPath},
                 {QStringLiteral("checkpoint_sha256"), model.checkpoint.sha256},
                 {QStringLiteral("backbones"), model.backbones}});
    transaction.commit();
    return id;
}

StoredModel model(const QSqlDatabase &db, qint64 modelId)
{
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT run_id, name, checkpoint_path, checkpoint_sha256,"
                                      " backbones_json, created_at FROM models WHERE id = ?"),
                       {modelId});
    if (!q.next())
        throw Error(Tr::tr("Model %1 does not exist.").arg(modelId), databaseFile(db));
    StoredModel m;
    m.id = modelId;
    m.runId = q.value(0).toLongLong();
    m.name = q.value(1).toString();
    m.checkpoint.storedPath = q.value(2).toString();
    m.checkpoint.sha256 = q.value(3).toString();
    m.backbones = jsonDocument(q.value(4)).object();
    m.createdAt = q.value(5).toString();
    return m;
}

qint64 registerBank(const QSqlDatabase &db, const BankRecord &bank, const QString &actor)
{
    QJsonArray layers;
    for (const int layer : bank.layers)
        layers.append(layer);
    Transaction transaction(db);
    const qint64 id = insert(
        db,
        QStringLiteral("INSERT INTO memory_banks (model_id, dataset_id, class_name, images_json,"
                       " k, layers_json, bank_path, bank_sha256, image_threshold,"
                       " pixel_threshold, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {bank.modelId, idOrNull(bank.datasetId), bank.className,
         jsonText(QJsonArray::fromStringList(bank.images)), bank.k, jsonText(layers),
         bank.file.storedPath, bank.file.sha256, optionalValue(bank.thresholds.image),
         optionalValue(bank.thresholds.pixel), nowUtc()});
    appendAudit(db, actor, QStringLiteral("bank.created"), QStringLiteral("memory_bank"), id,
                {{QStringLiteral("model_id"), bank.modelId},
                 {QStringLiteral("file"), bank.file.storedPath},
                 {QStringLiteral("sha256"), bank.file.sha256},
                 {QStringLiteral("images"), bank.images.size()},
                 {QStringLiteral("k"), bank.k},
                 {QStringLiteral("image_threshold"), jsonValue(bank.thresholds.image)},
                 {QStringLiteral("pixel_threshold"), jsonValue(bank.thresholds.pixel)}});
    transaction.commit();
    return id;
}

StoredBank memoryBank(const QSqlDatabase &db, qint64 bankId)
{
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT model_id, dataset_id, class_name, images_json, k,"
                                      " layers_json, bank_path, bank_sha256, image_threshold,"
                                      " pixel_threshold, created_at FROM memory_banks"
                                      " WHERE id = ?"),
                       {bankId});
    if (!q.next())
        throw Error(Tr::tr("Memory bank %1 does not exist.").arg(bankId), databaseFile(db));
    StoredBank b;
    b.id = bankId;
    b.modelId = q.value(0).toLongLong();
    b.datasetId = q.value(1).toLongLong();
    b.className = q.value(2).toString();
    for (const QJsonValue &image : jsonDocument(q.value(3)).array())
        b.images.append(image.toString());
    b.k = q.value(4).toInt();
    for (const QJsonValue &layer : jsonDocument(q.value(5)).array())
        b.layers.append(layer.toInt());
    b.file.storedPath = q.value(6).toString();
    b.file.sha256 = q.value(7).toString();
    b.thresholds.image = optionalDouble(q.value(8));
    b.thresholds.pixel = optionalDouble(q.value(9));
    b.createdAt = q.value(10).toString();
    return b;
}

BankThresholds bankThresholds(const QSqlDatabase &db, qint64 bankId)
{
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT image_threshold, pixel_threshold FROM memory_banks"
                                      " WHERE id = ?"),
                       {bankId});
    if (!q.next())
        throw Error(Tr::tr("Memory bank %1 does not exist.").arg(bankId), databaseFile(db));
    return {optionalDouble(q.value(0)), optionalDouble(q.value(1))};
}

void setBankThresholds(const QSqlDatabase &db, qint64 bankId, const BankThresholds &thresholds,
                       const QString &actor, const QString &reason)
{
    Transaction transaction(db);
    const BankThresholds before = bankThresholds(db, bankId);
    change(db,
           QStringLiteral("UPDATE memory_banks SET image_threshold = ?, pixel_threshold = ?"
                          " WHERE id = ?"),
           {optionalValue(thresholds.image), optionalValue(thresholds.pixel), bankId});
    appendAudit(db, actor, QStringLiteral("threshold.changed"), QStringLiteral("memory_bank"),
                bankId,
                {{QStringLiteral("image_before"), jsonValue(before.image)},
                 {QStringLiteral("image_after"), jsonValue(thresholds.image)},
                 {QStringLiteral("pixel_before"), jsonValue(before.pixel)},
                 {QStringLiteral("pixel_after"), jsonValue(thresholds.pixel)},
                 {QStringLiteral("reason"), reason}});
    transaction.commit();
}

} // namespace nexvitad::store

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

BankThresholds bankThresholds(const QSqlDatabase &db, qint64 bankId)
{
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT image_threshold, pixel_threshold FROM memory_banks"
                                      " WHERE id = ?"),
                       {bankId});
    if (!q.next())
        throw Error(Tr::tr("Memory bank %1 does not exist.").arg(bankId), databaseFile(db));
    BankThresholds t;
    if (!q.value(0).isNull())
        t.image = q.value(0).toDouble();
    if (!q.value(1).isNull())
        t.pixel = q.value(1).toDouble();
    return t;
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

#include "project/dataset_registration.h"

#include "store/asset_records.h"
#include "store/sql.h"

#include <QJsonArray>
#include <QJsonObject>

namespace nexvitad::project {

QJsonArray manifestRows(const data::Manifest &manifest)
{
    QJsonArray rows;
    for (const data::ClassEntry &c : manifest.classes) {
        for (const data::Split &s : c.splits) {
            for (const data::ImageEntry &e : s.images) {
                QJsonObject row{{QStringLiteral("file"), e.displayPath()},
                                {QStringLiteral("size"), e.fileSize},
                                {QStringLiteral("sha1"), QString::fromLatin1(e.sha1)},
                                {QStringLiteral("class"), c.name},
                                {QStringLiteral("split"), s.name()},
                                {QStringLiteral("label"), s.kind == data::SplitKind::TestDefect
                                                              ? s.defectType
                                                              : QStringLiteral("good")}};
                if (!e.maskPath.isEmpty())
                    row.insert(QStringLiteral("mask"), data::displayName(e.maskPath));
                rows.append(row);
            }
        }
    }
    return rows;
}

namespace {
qint64 insertDataset(const QSqlDatabase &db, const data::Manifest &manifest, const QString &name,
                     const QJsonArray &rows)
{
    store::DatasetRecord record;
    record.name = name;
    record.root = manifest.root;
    record.layout = data::layoutName(manifest.layout);
    record.manifest = rows;
    record.categories = manifest.classNames();
    QStringList defects;
    for (const data::ClassEntry &c : manifest.classes)
        for (const QString &d : c.defectTypes())
            if (!defects.contains(d))
                defects << d;
    defects.sort();
    record.defectTypes = defects;
    return store::addDataset(db, record);
}
} // namespace

qint64 registerDataset(const QSqlDatabase &db, const data::Manifest &manifest,
                       const QString &name)
{
    return insertDataset(db, manifest, name, manifestRows(manifest));
}

DatasetRow findOrRegisterDataset(const QSqlDatabase &db, const data::Manifest &manifest,
                                 const QString &name)
{
    const QJsonArray rows = manifestRows(manifest);
    // One write transaction for the look-up and the insert: two commands registering the
    // same folder at once still give one row.
    store::Transaction transaction(db);
    const QVariant existing =
        store::scalar(db,
                      QStringLiteral("SELECT id FROM datasets WHERE root = ? AND manifest_sha256 = ?"
                                     " ORDER BY id LIMIT 1"),
                      {manifest.root, store::manifestSha256(rows)});
    DatasetRow row;
    row.added = !existing.isValid();
    row.id = row.added ? insertDataset(db, manifest, name, rows) : existing.toLongLong();
    transaction.commit();
    return row;
}

} // namespace nexvitad::project

#include "project/dataset_registration.h"

#include "store/asset_records.h"

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

qint64 registerDataset(const QSqlDatabase &db, const data::Manifest &manifest,
                       const QString &name)
{
    store::DatasetRecord record;
    record.name = name;
    record.root = manifest.root;
    record.layout = data::layoutName(manifest.layout);
    record.manifest = manifestRows(manifest);
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

} // namespace nexvitad::project

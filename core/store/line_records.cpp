#include "store/line_records.h"

#include "store/sql.h"

namespace nexvitad::store {

qint64 addLineItem(const QSqlDatabase &db, const LineItemRecord &item)
{
    return insert(db,
                  QStringLiteral("INSERT INTO line_items (batch_id, folder, file_name, size,"
                                 " modified_ms, status, inspection_id, error, created_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {item.batchId, item.folder, item.fileName, item.size, item.modifiedMs,
                   item.unreadable ? QStringLiteral("unreadable") : QStringLiteral("inspected"),
                   idOrNull(item.inspectionId),
                   item.error.isEmpty() ? QVariant() : QVariant(item.error), nowUtc()});
}

QList<LineItemRecord> lineItems(const QSqlDatabase &db, const QString &folder)
{
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT batch_id, file_name, size, modified_ms, status,"
                                      " inspection_id, error FROM line_items WHERE folder = ?"
                                      " ORDER BY id"),
                       {folder});
    QList<LineItemRecord> items;
    while (q.next()) {
        LineItemRecord item;
        item.batchId = q.value(0).toLongLong();
        item.folder = folder;
        item.fileName = q.value(1).toString();
        item.size = q.value(2).toLongLong();
        item.modifiedMs = q.value(3).toLongLong();
        item.unreadable = q.value(4).toString() == QLatin1String("unreadable");
        item.inspectionId = q.value(5).toLongLong();
        item.error = q.value(6).toString();
        items.append(item);
    }
    return items;
}

} // namespace nexvitad::store

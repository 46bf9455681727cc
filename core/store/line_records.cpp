#include "store/line_records.h"

#include "store/sql.h"

#include <algorithm>

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

std::vector<float> recentPassScores(const QSqlDatabase &db, qint64 bankId, int count)
{
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT i.score FROM inspections i"
                                      " JOIN inspection_batches b ON b.id = i.batch_id"
                                      " WHERE b.bank_id = ? AND i.verdict = 'pass'"
                                      " ORDER BY i.id DESC LIMIT ?"),
                       {bankId, count});
    std::vector<float> scores;
    while (q.next())
        scores.push_back(q.value(0).toFloat());
    std::reverse(scores.begin(), scores.end());
    return scores;
}

} // namespace nexvitad::store

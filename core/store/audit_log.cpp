#include "store/audit_log.h"

#include "store/job_records.h"
#include "store/sql.h"

#include <QJsonDocument>

namespace nexvitad::store {

qint64 appendAudit(const QSqlDatabase &db, const QString &actor, const QString &action,
                   const QString &entity, qint64 entityId, const QJsonObject &details)
{
    return insert(db,
                  QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id,"
                                 " details_json) VALUES (?, ?, ?, ?, ?, ?)"),
                  {nowUtc(), actor, action, entity, idOrNull(entityId), toJsonText(details)});
}

QList<AuditEntry> auditEntries(const QSqlDatabase &db, const QString &entity, qint64 entityId)
{
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT id, at, actor, action, entity, entity_id, details_json"
                                      " FROM audit_log WHERE (ifnull(?, '') = '' OR entity = ?)"
                                      " AND (? = 0 OR entity_id = ?) ORDER BY id"),
                       {entity, entity, entityId, entityId});
    QList<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = q.value(1).toString();
        e.actor = q.value(2).toString();
        e.action = q.value(3).toString();
        e.entity = q.value(4).toString();
        e.entityId = q.value(5).toLongLong();
        e.details = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        entries << e;
    }
    return entries;
}

} // namespace nexvitad::store

#pragma once
// The append-only audit log: who changed a threshold, a memory bank or a model, when, and
// what. SQLite triggers refuse UPDATE and DELETE on the table (schema v3), so a row, once
// committed, stays as written. Write the entry in the same transaction as the change it
// describes, so the log never misses a change nor records one that was rolled back.

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace nexvitad::store {

struct AuditEntry
{
    qint64 id = 0;
    QString at;
    QString actor;  // operator name (Settings::operatorName) or "migration"
    QString action; // "model.registered", "bank.created", "threshold.changed", ...
    QString entity; // "model", "memory_bank", ...
    qint64 entityId = 0;
    QJsonObject details;
};

qint64 appendAudit(const QSqlDatabase &db, const QString &actor, const QString &action,
                   const QString &entity, qint64 entityId, const QJsonObject &details);

// Oldest first; `entity` empty means all.
QList<AuditEntry> auditEntries(const QSqlDatabase &db, const QString &entity = {},
                               qint64 entityId = 0);

} // namespace nexvitad::store

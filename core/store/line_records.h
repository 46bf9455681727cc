#pragma once
// The hot-folder watcher's rows (schema v6, docs/line.md): one line_items row per source
// file the watcher has dealt with, inspected or found unreadable. Written in the same
// transaction as the file's inspection row, so the project is the watcher's memory across
// restarts: a file is inspected once, never twice and never skipped.

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace nexvitad::store {

struct LineItemRecord
{
    qint64 batchId = 0;
    QString folder;   // the watched folder, absolute
    QString fileName; // in that folder
    qint64 size = 0;
    qint64 modifiedMs = 0;
    bool unreadable = false; // status 'unreadable' (error says why) instead of 'inspected'
    qint64 inspectionId = 0; // 0: none (unreadable)
    QString error;
};

// Throws nexvitad::Error (a second row for the same file violates the UNIQUE key).
qint64 addLineItem(const QSqlDatabase &db, const LineItemRecord &item);

// Every file the watcher has dealt with in `folder`, oldest first.
QList<LineItemRecord> lineItems(const QSqlDatabase &db, const QString &folder);

} // namespace nexvitad::store

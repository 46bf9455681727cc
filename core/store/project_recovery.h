#pragma once
// What opening a project does to check it and to repair what a crash left behind.

#include <QSqlDatabase>
#include <QString>

#include "common/error.h"

namespace nexvitad::store {

// The error for a database that cannot be read as one (message says it was not changed).
Error damagedDatabase(const QString &file, const QString &details);

// PRAGMA quick_check. Throws nexvitad::Error ("damaged ... not changed") when the file is
// not a database or the check reports problems. Writes nothing.
void checkIntegrity(const QSqlDatabase &db);

// Copies the database (VACUUM INTO) next to itself before an upgrade; returns the copy's path.
QString backupDatabase(const QSqlDatabase &db, int version);

// Marks `running` jobs whose process is gone as failed with reason "interrupted". When
// `soleUser` every running job is orphaned; otherwise only those whose owner process on
// this machine no longer exists. Returns how many were marked.
int failOrphanedJobs(const QSqlDatabase &db, bool soleUser);

// Deletes files under <folder>/artifacts that no row refers to: temporary files of writes
// that were interrupted, and files written whose database transaction never committed.
// Only safe while no other process uses the project. Returns how many were deleted.
int removeUnreferencedArtifacts(const QSqlDatabase &db, const QString &folder);

} // namespace nexvitad::store

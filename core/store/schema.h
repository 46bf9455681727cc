#pragma once
// The project database schema and its versioned migrations. PRAGMA user_version holds the
// schema version; each migration step runs in its own transaction together with the
// user_version bump, so a crash leaves either the old or the new version, never a mix.
//
//   v1  base schema: datasets, classes, splits, jobs (lifecycle), training runs, per-epoch
//       metrics, models, memory banks, inspection batches, inspections, evaluations, reports
//   v2  reviewer decisions and comments on inspections
//   v3  append-only audit log (triggers refuse UPDATE/DELETE), back-filled with the models
//       and banks that existed before it
//   v4  inspections rebuilt: verdicts pass/fail/review (were ok/defect), reviewer decisions
//       accept/reject/unsure (were confirmed/overruled)
//
// Artifact columns follow one convention the store relies on (recovery, check, export):
// a column named <x>_path holds a path relative to the project folder ("artifacts/...")
// and, where the file is the store's, <x>_sha256 holds its SHA-256 (lowercase hex).

#include <QSqlDatabase>

namespace nexvitad::store {

int latestSchemaVersion();

int schemaVersion(const QSqlDatabase &db);

// Migrates `db` from its current version up to `target` (the latest by default). Tests
// pass a smaller target to build every older schema. Throws nexvitad::Error when the
// database is newer than `target` or a step fails (that step is rolled back).
void migrate(const QSqlDatabase &db, int target = latestSchemaVersion());

} // namespace nexvitad::store

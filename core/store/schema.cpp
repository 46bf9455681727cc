#include "store/schema.h"

#include "common/error.h"
#include "common/logging.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace nexvitad::store {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::store)
};

// Step N (1-based) turns version N-1 into version N. Never edit a released step: add one.
const std::vector<QStringList> &migrationSteps()
{
    static const std::vector<QStringList> steps = {
        // v1: base schema
        {
            QStringLiteral("CREATE TABLE project_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE datasets (id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                " root TEXT NOT NULL, layout TEXT NOT NULL,"
                " manifest_json TEXT NOT NULL,"  // [{file, size, sha256, label}, ...]
                " manifest_sha256 TEXT NOT NULL, created_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE classes (id INTEGER PRIMARY KEY,"
                " dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,"
                " name TEXT NOT NULL,"
                " kind TEXT NOT NULL CHECK (kind IN ('category', 'defect')),"
                " UNIQUE (dataset_id, kind, name))"),
            QStringLiteral(
                "CREATE TABLE splits (id INTEGER PRIMARY KEY,"
                " dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,"
                " class_id INTEGER REFERENCES classes(id) ON DELETE CASCADE,"
                " name TEXT NOT NULL, seed INTEGER, items_json TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE jobs (id INTEGER PRIMARY KEY, kind TEXT NOT NULL,"
                " command TEXT NOT NULL,"
                " status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN"
                " ('pending', 'running', 'completed', 'failed', 'canceled')),"
                " status_reason TEXT,"
                " progress REAL NOT NULL DEFAULT 0 CHECK (progress >= 0 AND progress <= 1),"
                " owner_pid INTEGER, owner_host TEXT,"
                " created_at TEXT NOT NULL, started_at TEXT, finished_at TEXT)"),
            QStringLiteral("CREATE INDEX jobs_by_status ON jobs (status)"),
            QStringLiteral(
                "CREATE TABLE training_runs (id INTEGER PRIMARY KEY,"
                " job_id INTEGER NOT NULL UNIQUE REFERENCES jobs(id) ON DELETE CASCADE,"
                " dataset_id INTEGER REFERENCES datasets(id) ON DELETE SET NULL,"
                " config_json TEXT NOT NULL, epochs_planned INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral(
                "CREATE TABLE epoch_metrics ("
                " run_id INTEGER NOT NULL REFERENCES training_runs(id) ON DELETE CASCADE,"
                " epoch INTEGER NOT NULL, metrics_json TEXT NOT NULL, seconds REAL NOT NULL,"
                " recorded_at TEXT NOT NULL, PRIMARY KEY (run_id, epoch))"),
            QStringLiteral(
                "CREATE TABLE models (id INTEGER PRIMARY KEY,"
                " run_id INTEGER REFERENCES training_runs(id) ON DELETE SET NULL,"
                " name TEXT NOT NULL, checkpoint_path TEXT NOT NULL,"
                " checkpoint_sha256 TEXT NOT NULL,"
                " backbones_json TEXT NOT NULL,"  // {"<name>": {"file", "sha256"}, ...}
                " created_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE memory_banks (id INTEGER PRIMARY KEY,"
                " model_id INTEGER NOT NULL REFERENCES models(id) ON DELETE RESTRICT,"
                " dataset_id INTEGER REFERENCES datasets(id) ON DELETE SET NULL,"
                " class_name TEXT, images_json TEXT NOT NULL, k INTEGER NOT NULL,"
                " layers_json TEXT NOT NULL, bank_path TEXT NOT NULL,"
                " bank_sha256 TEXT NOT NULL, image_threshold REAL, pixel_threshold REAL,"
                " created_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE inspection_batches (id INTEGER PRIMARY KEY,"
                " job_id INTEGER REFERENCES jobs(id) ON DELETE SET NULL,"
                " bank_id INTEGER NOT NULL REFERENCES memory_banks(id) ON DELETE RESTRICT,"
                " source TEXT NOT NULL, created_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE inspections (id INTEGER PRIMARY KEY,"
                " batch_id INTEGER NOT NULL REFERENCES inspection_batches(id) ON DELETE CASCADE,"
                " image_path TEXT NOT NULL, image_sha256 TEXT, score REAL NOT NULL,"
                " verdict TEXT NOT NULL CHECK (verdict IN ('ok', 'defect')),"
                " map_path TEXT, map_sha256 TEXT, created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX inspections_by_batch ON inspections (batch_id)"),
            QStringLiteral(
                "CREATE TABLE evaluations (id INTEGER PRIMARY KEY,"
                " job_id INTEGER REFERENCES jobs(id) ON DELETE SET NULL,"
                " model_id INTEGER REFERENCES models(id) ON DELETE SET NULL,"
                " bank_id INTEGER REFERENCES memory_banks(id) ON DELETE SET NULL,"
                " dataset_id INTEGER REFERENCES datasets(id) ON DELETE SET NULL,"
                " metrics_json TEXT NOT NULL, curves_json TEXT NOT NULL,"
                " created_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE reports (id INTEGER PRIMARY KEY, kind TEXT NOT NULL,"
                " title TEXT NOT NULL, report_path TEXT NOT NULL, report_sha256 TEXT NOT NULL,"
                " evaluation_id INTEGER REFERENCES evaluations(id) ON DELETE SET NULL,"
                " batch_id INTEGER REFERENCES inspection_batches(id) ON DELETE SET NULL,"
                " created_at TEXT NOT NULL)"),
        },
        // v2: reviewer decisions on inspections
        {
            QStringLiteral("ALTER TABLE inspections ADD COLUMN review_decision TEXT"
                           " CHECK (review_decision IN ('confirmed', 'overruled'))"),
            QStringLiteral("ALTER TABLE inspections ADD COLUMN reviewer TEXT"),
            QStringLiteral("ALTER TABLE inspections ADD COLUMN review_comment TEXT"),
            QStringLiteral("ALTER TABLE inspections ADD COLUMN reviewed_at TEXT"),
        },
        // v3: append-only audit log
        {
            QStringLiteral(
                "CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL,"
                " actor TEXT NOT NULL, action TEXT NOT NULL, entity TEXT NOT NULL,"
                " entity_id INTEGER, details_json TEXT NOT NULL)"),
            QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                           " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
            QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                           " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
            // What existed before the log is recorded once, so the log explains every
            // model and bank the project holds.
            QStringLiteral(
                "INSERT INTO audit_log (at, actor, action, entity, entity_id, details_json)"
                " SELECT created_at, 'migration', 'model.registered', 'model', id,"
                " json_object('checkpoint_sha256', checkpoint_sha256) FROM models ORDER BY id"),
            QStringLiteral(
                "INSERT INTO audit_log (at, actor, action, entity, entity_id, details_json)"
                " SELECT created_at, 'migration', 'bank.created', 'memory_bank', id,"
                " json_object('image_threshold', image_threshold, 'pixel_threshold',"
                " pixel_threshold) FROM memory_banks ORDER BY id"),
        },
        // v4: verdicts pass/fail/review (review: between the two thresholds of a review
        // band) and reviewer decisions accept/reject/unsure. SQLite cannot change a CHECK
        // constraint, so the table is rebuilt; nothing refers to inspections by foreign key.
        {
            QStringLiteral(
                "CREATE TABLE inspections_v4 (id INTEGER PRIMARY KEY,"
                " batch_id INTEGER NOT NULL REFERENCES inspection_batches(id) ON DELETE CASCADE,"
                " image_path TEXT NOT NULL, image_sha256 TEXT, score REAL NOT NULL,"
                " verdict TEXT NOT NULL CHECK (verdict IN ('pass', 'fail', 'review')),"
                " map_path TEXT, map_sha256 TEXT, created_at TEXT NOT NULL,"
                " review_decision TEXT CHECK (review_decision IN ('accept', 'reject', 'unsure')),"
                " reviewer TEXT, review_comment TEXT, reviewed_at TEXT)"),
            QStringLiteral(
                "INSERT INTO inspections_v4 (id, batch_id, image_path, image_sha256, score,"
                " verdict, map_path, map_sha256, created_at, review_decision, reviewer,"
                " review_comment, reviewed_at)"
                " SELECT id, batch_id, image_path, image_sha256, score,"
                " CASE verdict WHEN 'ok' THEN 'pass' ELSE 'fail' END,"
                " map_path, map_sha256, created_at,"
                " CASE review_decision WHEN 'confirmed' THEN 'accept'"
                " WHEN 'overruled' THEN 'reject' END,"
                " reviewer, review_comment, reviewed_at FROM inspections ORDER BY id"),
            QStringLiteral("DROP TABLE inspections"),
            QStringLiteral("ALTER TABLE inspections_v4 RENAME TO inspections"),
            QStringLiteral("CREATE INDEX inspections_by_batch ON inspections (batch_id)"),
        },
        // v5: the heat maps an evaluation keeps (of the images that did not pass). A column
        // per file, like every other artifact, so the unreferenced-artifact sweep sees them.
        {
            QStringLiteral(
                "CREATE TABLE evaluation_maps (id INTEGER PRIMARY KEY,"
                " evaluation_id INTEGER NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,"
                " image_path TEXT NOT NULL, map_path TEXT NOT NULL, map_sha256 TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX evaluation_maps_by_evaluation ON evaluation_maps"
                           " (evaluation_id)"),
        },
        // v6: the production line (issue 19). line_items is the hot-folder watcher's memory:
        // one row per source file it has dealt with, written in the same transaction as the
        // file's inspection, so a restart neither inspects a file twice nor skips one. A
        // file is known by its folder, name, size and modification time (a camera that
        // reuses a name writes a new file). inspection_id has no foreign key because
        // inspections may be rebuilt by a later step (see v4). explanation_json: the
        // nearest normal patches of the image's most anomalous point (explanation by
        // retrieval), kept for the review viewer and the report.
        {
            QStringLiteral(
                "CREATE TABLE line_items (id INTEGER PRIMARY KEY,"
                " batch_id INTEGER NOT NULL REFERENCES inspection_batches(id) ON DELETE CASCADE,"
                " folder TEXT NOT NULL, file_name TEXT NOT NULL, size INTEGER NOT NULL,"
                " modified_ms INTEGER NOT NULL,"
                " status TEXT NOT NULL CHECK (status IN ('inspected', 'unreadable')),"
                " inspection_id INTEGER, error TEXT, created_at TEXT NOT NULL,"
                " UNIQUE (folder, file_name, size, modified_ms))"),
            QStringLiteral("CREATE INDEX line_items_by_batch ON line_items (batch_id)"),
            QStringLiteral("ALTER TABLE inspections ADD COLUMN explanation_json TEXT"),
        },
        // v7: the protocol on a cluster engine (issue 20, docs/cluster.md). A plan is the
        // protocol's command line (re-parsed by every task, in `working_dir`, so each task
        // builds exactly the options of the plan) and the dataset's manifest hash (a task on
        // a changed dataset refuses). One task per split x run; a task's result is written
        // once, in one statement guarded by status <> 'done', so a task Slurm runs twice
        // (requeue, resume racing a late task) is never counted twice. slurm_job is the
        // array job of the task's latest submission ("<array job id>").
        {
            QStringLiteral(
                "CREATE TABLE protocol_plans (id INTEGER PRIMARY KEY,"
                " engine TEXT NOT NULL, arguments_json TEXT NOT NULL,"
                " working_dir TEXT NOT NULL, out_dir TEXT NOT NULL,"
                " manifest_sha256 TEXT NOT NULL, created_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE protocol_tasks ("
                " plan_id INTEGER NOT NULL REFERENCES protocol_plans(id) ON DELETE CASCADE,"
                " task INTEGER NOT NULL, split TEXT NOT NULL, run INTEGER NOT NULL,"
                " status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN"
                " ('planned', 'submitted', 'running', 'done', 'failed')),"
                " attempts INTEGER NOT NULL DEFAULT 0, slurm_job TEXT, host TEXT, error TEXT,"
                " result_json TEXT, updated_at TEXT NOT NULL, PRIMARY KEY (plan_id, task))"),
        },
    };
    return steps;
}
} // namespace

int latestSchemaVersion()
{
    return int(migrationSteps().size());
}

int schemaVersion(const QSqlDatabase &db)
{
    return scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
}

void migrate(const QSqlDatabase &db, int target)
{
    const int from = schemaVersion(db);
    if (from > target)
        throw Error(Tr::tr("The project was written by a newer NexViTAD (schema version %1; "
                           "this version understands up to %2).")
                        .arg(from)
                        .arg(target),
                    databaseFile(db));
    for (int version = from + 1; version <= target; ++version) {
        qCDebug(lcStore) << "migrating project schema to version" << version;
        Transaction transaction(db);
        for (const QString &statement : migrationSteps()[size_t(version - 1)])
            exec(db, statement);
        // PRAGMA takes no bound parameters; `version` is our own constant, not input.
        exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
        transaction.commit();
    }
}

} // namespace nexvitad::store

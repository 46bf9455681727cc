// Migrations: every older schema version, filled with the data it could hold, is upgraded
// by Project::open and keeps that data; a failing step is rolled back as a whole.

#include "store_fixture.h"

#include "common/error.h"
#include "store/asset_records.h"
#include "store/audit_log.h"
#include "store/connections.h"
#include "store/project.h"
#include "store/result_records.h"
#include "store/schema.h"
#include "store/sql.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace nexvitad::store;

namespace {

// Rows a project of schema `version` could hold, written with that version's columns.
void fillVersion(const QSqlDatabase &db, int version)
{
    if (version < 1)
        return;
    const QStringList v1 = {
        "INSERT INTO project_meta VALUES ('name', 'old project')",
        "INSERT INTO datasets (id, name, root, layout, manifest_json, manifest_sha256, created_at)"
        " VALUES (1, 'd', '/data/d', 'mvtec', '[]', '00', '2025-01-01T00:00:00Z')",
        "INSERT INTO classes (dataset_id, name, kind) VALUES (1, 'bottle', 'category'),"
        " (1, 'crack', 'defect')",
        "INSERT INTO splits (dataset_id, class_id, name, seed, items_json) VALUES (1, 1, 'support', 3, '[]')",
        "INSERT INTO jobs (id, kind, command, status, created_at) VALUES (1, 'train', 'cli', 'completed', 't')",
        "INSERT INTO training_runs (id, job_id, dataset_id, config_json, epochs_planned)"
        " VALUES (1, 1, 1, '{\"epochs\":2}', 2)",
        "INSERT INTO epoch_metrics VALUES (1, 1, '{}', 1.0, 't'), (1, 2, '{}', 1.0, 't')",
        "INSERT INTO models (id, run_id, name, checkpoint_path, checkpoint_sha256, backbones_json,"
        " created_at) VALUES (1, 1, 'm', 'artifacts/checkpoints/m.ckpt', 'aa', '{}', 't')",
        "INSERT INTO memory_banks (id, model_id, dataset_id, class_name, images_json, k, layers_json,"
        " bank_path, bank_sha256, image_threshold, pixel_threshold, created_at)"
        " VALUES (1, 1, 1, 'bottle', '[]', 4, '[2]', 'artifacts/banks/b.bank', 'bb', 0.5, NULL, 't')",
        "INSERT INTO inspection_batches (id, job_id, bank_id, source, created_at) VALUES (1, NULL, 1, '/x', 't')",
        "INSERT INTO inspections (id, batch_id, image_path, score, verdict, created_at)"
        " VALUES (1, 1, '/x/1.png', 0.9, 'defect', 't'), (2, 1, '/x/2.png', 0.1, 'ok', 't')",
        "INSERT INTO evaluations (id, metrics_json, curves_json, created_at)"
        " VALUES (1, '{\"image_auroc\":0.9}', '{}', 't')",
        "INSERT INTO reports (id, kind, title, report_path, report_sha256, created_at)"
        " VALUES (1, 'evaluation', 'r', 'artifacts/reports/r.pdf', 'cc', 't')",
    };
    for (QString sql : v1) {
        // v4 renamed the verdicts; a v4+ database only accepts the new names.
        if (version >= 4 && sql.startsWith("INSERT INTO inspections "))
            sql.replace("'defect'", "'fail'").replace("'ok'", "'pass'");
        exec(db, sql);
    }
    if (version >= 2) {
        const QString accept = version >= 4 ? "accept" : "confirmed";
        const QString reject = version >= 4 ? "reject" : "overruled";
        exec(db, "UPDATE inspections SET review_decision = ?, reviewer = 'ann',"
                 " review_comment = 'fine', reviewed_at = 't' WHERE id = 1", {accept});
        exec(db, "UPDATE inspections SET review_decision = ?, reviewer = 'ann'"
                 " WHERE id = 2", {reject});
    }
    if (version >= 3)
        exec(db, "INSERT INTO audit_log (at, actor, action, entity, entity_id, details_json)"
                 " VALUES ('t', 'ann', 'model.registered', 'model', 1, '{}'),"
                 " ('t', 'ann', 'bank.created', 'memory_bank', 1, '{}')");
}

// A project folder whose database stops at schema `version`.
QString makeOldProject(const QTemporaryDir &tmp, int version)
{
    const QString folder = tmp.filePath(QStringLiteral("v%1").arg(version));
    QDir().mkpath(folder);
    ConnectionPool pool({QDir(folder).filePath(Project::databaseFileName()), false, false, true});
    const QSqlDatabase db = pool.connection();
    exec(db, "PRAGMA journal_mode = WAL");
    migrate(db, version);
    fillVersion(db, version);
    return folder;
}

} // namespace

class TestStoreSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migratesFromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 0; v < latestSchemaVersion(); ++v)
            QTest::addRow("v%d", v) << v;
    }

    void migratesFromEveryOlderVersion()
    {
        QFETCH(int, version);
        QVERIFY(latestSchemaVersion() >= 4);
        QTemporaryDir tmp;
        const QString folder = makeOldProject(tmp, version);

        const Project project = Project::open(folder);
        const QSqlDatabase db = project.database();
        QCOMPARE(schemaVersion(db), latestSchemaVersion());
        QCOMPARE(project.openReport().migratedFrom, version);
        if (version > 0) {
            // The pre-upgrade copy is the old version, untouched.
            const QString backup = project.openReport().migrationBackup;
            QVERIFY(QFileInfo::exists(backup));
            ConnectionPool old({backup, true, true, false});
            QCOMPARE(schemaVersion(old.connection()), version);
        }

        const int rows = version >= 1 ? 1 : 0;
        QCOMPARE(storetest::rowCount(db, "datasets"), rows);
        QCOMPARE(storetest::rowCount(db, "classes"), 2 * rows);
        QCOMPARE(storetest::rowCount(db, "splits"), rows);
        QCOMPARE(storetest::rowCount(db, "jobs"), rows);
        QCOMPARE(storetest::rowCount(db, "training_runs"), rows);
        QCOMPARE(storetest::rowCount(db, "epoch_metrics"), 2 * rows);
        QCOMPARE(storetest::rowCount(db, "models"), rows);
        QCOMPARE(storetest::rowCount(db, "memory_banks"), rows);
        QCOMPARE(storetest::rowCount(db, "inspection_batches"), rows);
        QCOMPARE(storetest::rowCount(db, "inspections"), 2 * rows);
        QCOMPARE(storetest::rowCount(db, "evaluations"), rows);
        QCOMPARE(storetest::rowCount(db, "reports"), rows);
        if (version == 0)
            return;
        QCOMPARE(project.name(), QStringLiteral("old project"));
        QCOMPARE(scalar(db, "SELECT checkpoint_sha256 FROM models WHERE id = 1").toString(),
                 QStringLiteral("aa"));
        QCOMPARE(scalar(db, "SELECT config_json FROM training_runs WHERE id = 1").toString(),
                 QStringLiteral("{\"epochs\":2}"));
        QCOMPARE(bankThresholds(db, 1).image.value(), 0.5);

        // v2 data survives; older inspections have no review yet.
        QCOMPARE(scalar(db, "SELECT review_comment FROM inspections WHERE id = 1").toString(),
                 version >= 2 ? QStringLiteral("fine") : QString());
        // v4 maps the old verdict and decision names onto the new ones.
        const QList<StoredInspection> rowsRead = inspections(db, 1);
        QCOMPARE(rowsRead.size(), 2);
        QCOMPARE(rowsRead[0].verdict, Verdict::Fail);
        QCOMPARE(rowsRead[1].verdict, Verdict::Pass);
        QCOMPARE(rowsRead[0].imagePath, QStringLiteral("/x/1.png"));
        if (version >= 2) {
            QCOMPARE(rowsRead[0].decision, std::optional(ReviewDecision::Accept));
            QCOMPARE(rowsRead[1].decision, std::optional(ReviewDecision::Reject));
            QCOMPARE(rowsRead[0].reviewer, QStringLiteral("ann"));
        } else {
            QVERIFY(!rowsRead[0].decision);
        }
        QCOMPARE(scalar(db, "SELECT count(*) FROM pragma_index_list('inspections')"
                            " WHERE name = 'inspections_by_batch'").toInt(), 1);
        // v3 back-fills the audit log with what existed before it (a v3+ project already
        // has the entries its application wrote).
        const QList<AuditEntry> audit = auditEntries(db);
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit[0].action, QStringLiteral("model.registered"));
        QCOMPARE(audit[1].action, QStringLiteral("bank.created"));
        QCOMPARE(audit[1].actor, version >= 3 ? QStringLiteral("ann") : QStringLiteral("migration"));

        // What the new versions add works on the upgraded data.
        reviewInspection(db, 1, ReviewDecision::Unsure, "bob", "glare");
        QCOMPARE(inspections(db, 1)[0].decision, std::optional(ReviewDecision::Unsure));
        InspectionRecord review;
        review.batchId = 1;
        review.imagePath = "/x/3.png";
        review.verdict = Verdict::Review;
        addInspection(db, review);
        QCOMPARE(inspections(db, 1).last().verdict, Verdict::Review);
        // The old names are refused now.
        QVERIFY_THROWS_EXCEPTION(nexvitad::Error,
                                 exec(db, "UPDATE inspections SET verdict = 'ok' WHERE id = 1"));
        setBankThresholds(db, 1, {0.7, 0.4}, "bob", "fewer false alarms");
        QCOMPARE(auditEntries(db, "memory_bank", 1).size(), 2);
        QCOMPARE(bankThresholds(db, 1).pixel.value(), 0.4);
    }

    void failingStepIsRolledBack()
    {
        QTemporaryDir tmp;
        const QString folder = makeOldProject(tmp, 1);
        const QString database = QDir(folder).filePath(Project::databaseFileName());
        {
            // A column the v2 step adds second: the step fails after its first statement.
            ConnectionPool pool({database, false, false, false});
            exec(pool.connection(), "ALTER TABLE inspections ADD COLUMN reviewer TEXT");
        }
        QVERIFY_THROWS_EXCEPTION(nexvitad::Error, Project::open(folder));
        ConnectionPool pool({database, true, false, false});
        const QSqlDatabase db = pool.connection();
        QCOMPARE(schemaVersion(db), 1);
        // The step's first statement (review_decision) was rolled back with it.
        QCOMPARE(scalar(db, "SELECT count(*) FROM pragma_table_info('inspections')"
                            " WHERE name = 'review_decision'").toInt(), 0);
        QCOMPARE(storetest::rowCount(db, "inspections"), 2);
    }

    void newerSchemaIsRefusedAndUntouched()
    {
        QTemporaryDir tmp;
        const QString folder = makeOldProject(tmp, latestSchemaVersion());
        {
            ConnectionPool pool({QDir(folder).filePath(Project::databaseFileName()), false, false, false});
            exec(pool.connection(), QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1));
        }
        const auto before = storetest::folderDigest(folder);
        try {
            Project::open(folder);
            QFAIL("a newer schema was opened");
        } catch (const nexvitad::Error &e) {
            QVERIFY2(e.message().contains("newer"), qPrintable(e.message()));
        }
        auto after = storetest::folderDigest(folder);
        after.remove(Project::lockFileName());
        QCOMPARE(after, before);
    }
};

QTEST_GUILESS_MAIN(TestStoreSchema)
#include "test_store_schema.moc"

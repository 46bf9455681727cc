// The record readers (dataset, model, memory bank, inspection batch, inspections,
// evaluation) return what the record functions wrote, and refuse ids that do not exist.

#include "common/error.h"
#include "project/latest_items.h"
#include "store/asset_records.h"
#include "store/project.h"
#include "store/result_records.h"
#include "store_fixture.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace nexvitad::store;

class TestStoreReaders : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

private Q_SLOTS:
    void readersReturnWhatWasWritten()
    {
        const Project project = Project::create(m_tmp.filePath("readers"), "r");
        const storetest::FilledIds ids = storetest::fillProject(project);
        const QSqlDatabase db = project.database();

        const StoredDataset d = dataset(db, ids.dataset);
        QCOMPARE(d.name, QStringLiteral("bottles"));
        QCOMPARE(d.manifest.size(), 1);
        QCOMPARE(d.manifestSha256, manifestSha256(d.manifest));
        QCOMPARE(d.categories, QStringList{"bottle"});
        QCOMPARE(d.defectTypes, (QStringList{"crack", "scratch"}));

        const StoredModel m = model(db, ids.model);
        QCOMPARE(m.name, QStringLiteral("bottle model"));
        QCOMPARE(m.runId, ids.run);
        QCOMPARE(m.checkpoint.sha256.size(), 64);
        QCOMPARE(m.backbones["hiera"].toObject()["sha256"].toString(), QStringLiteral("cd"));

        const StoredBank b = memoryBank(db, ids.bank);
        QCOMPARE(b.modelId, ids.model);
        QCOMPARE(b.k, 4);
        QCOMPARE(b.layers, (QList<int>{2, 3}));
        QCOMPARE(b.images, QStringList{"train/good/000.png"});
        QCOMPARE(b.thresholds.image, std::optional(0.5));
        QVERIFY(!b.thresholds.pixel);
        QVERIFY(b.file.storedPath.startsWith("artifacts/banks/"));

        const InspectionBatchRecord batch = inspectionBatch(db, ids.batch);
        QCOMPARE(batch.bankId, ids.bank);
        QCOMPARE(batch.jobId, 0);
        QCOMPARE(batch.source, QStringLiteral("/data/line1"));

        const QList<StoredInspection> rows = inspections(db, ids.batch);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].id, ids.inspection);
        QCOMPARE(rows[0].verdict, Verdict::Fail);
        QCOMPARE(rows[0].score, 0.8);
        QCOMPARE(rows[0].decision, std::optional(ReviewDecision::Reject));
        QCOMPARE(rows[0].reviewComment, QStringLiteral("reflection, not a crack"));
        QVERIFY(rows[0].map.storedPath.startsWith("artifacts/maps/"));

        const StoredEvaluation e = evaluation(db, ids.evaluation);
        QCOMPARE(e.bankId, ids.bank);
        QCOMPARE(e.datasetId, 0);
        QCOMPARE(e.metrics["image_auroc"].toDouble(), 0.97);
    }

    // What the GUI shows without SQL of its own (issue 21/23): the dataset list and the
    // project's latest items, and a database error surfacing as an Error naming the file
    // (ui/main_window.cpp and the screenshot tour once ignored failed queries).
    void listsAndLatestItems()
    {
        const Project project = Project::create(m_tmp.filePath("latest"), "l");
        const QSqlDatabase db = project.database();
        QVERIFY(listDatasets(db).empty());
        const nexvitad::project::LatestItems none = nexvitad::project::latestItems(project);
        QCOMPARE(none.datasetId, 0);
        QCOMPARE(none.runId, 0);
        QCOMPARE(none.evaluationId, 0);

        const storetest::FilledIds ids = storetest::fillProject(project);
        const std::vector<DatasetEntry> datasets = listDatasets(db);
        QCOMPARE(datasets.size(), size_t(1));
        QCOMPARE(datasets[0].id, ids.dataset);
        QCOMPARE(datasets[0].name, QStringLiteral("bottles"));
        QCOMPARE(datasets[0].root, dataset(db, ids.dataset).root);
        const nexvitad::project::LatestItems latest = nexvitad::project::latestItems(project);
        QCOMPARE(latest.datasetId, ids.dataset);
        QCOMPARE(latest.runId, ids.run);
        QCOMPARE(latest.runEpochs.size(), size_t(2));
        QCOMPARE(latest.bankId, ids.bank);
        QCOMPARE(latest.batchId, ids.batch);
        QCOMPARE(latest.evaluationId, ids.evaluation);

        QSqlQuery drop(db);
        QVERIFY(drop.exec(QStringLiteral("ALTER TABLE evaluations RENAME TO gone")));
        try {
            nexvitad::project::latestItems(project);
            QFAIL("a failed query was ignored");
        } catch (const nexvitad::Error &e) {
            QVERIFY2(e.userText().contains(QStringLiteral("project.nvproj")), qPrintable(e.userText()));
        }
    }

    void unknownIdsAreErrors()
    {
        const Project project = Project::create(m_tmp.filePath("empty"), "e");
        const QSqlDatabase db = project.database();
        QVERIFY_THROWS_EXCEPTION(nexvitad::Error, dataset(db, 1));
        QVERIFY_THROWS_EXCEPTION(nexvitad::Error, model(db, 1));
        QVERIFY_THROWS_EXCEPTION(nexvitad::Error, memoryBank(db, 1));
        QVERIFY_THROWS_EXCEPTION(nexvitad::Error, inspectionBatch(db, 1));
        QVERIFY_THROWS_EXCEPTION(nexvitad::Error, inspections(db, 1));
        QVERIFY_THROWS_EXCEPTION(nexvitad::Error, evaluation(db, 1));
    }

    void namesRoundTrip()
    {
        for (Verdict v : {Verdict::Pass, Verdict::Fail, Verdict::Review}) {
            Verdict parsed = Verdict::Pass;
            QVERIFY(parseVerdict(verdictName(v), &parsed));
            QCOMPARE(parsed, v);
        }
        for (ReviewDecision d :
             {ReviewDecision::Accept, ReviewDecision::Reject, ReviewDecision::Unsure}) {
            ReviewDecision parsed = ReviewDecision::Accept;
            QVERIFY(parseReviewDecision(reviewDecisionName(d), &parsed));
            QCOMPARE(parsed, d);
        }
        Verdict v;
        QVERIFY(!parseVerdict("ok", &v));
        ReviewDecision d;
        QVERIFY(!parseReviewDecision("confirmed", &d));
    }
};

QTEST_GUILESS_MAIN(TestStoreReaders)
#include "test_store_readers.moc"

// Batch inspection and review in the GUI, on a tiny bank built with the core API (random
// hiera_mini + dinov2_mini, S = 64) whose thresholds put the test images into all three
// verdicts: the run fills the list (sorted by score, badges = infer verdicts), J/K and
// Down/Up move through the images, A stores an accept decision in the project, and the
// batch reopened from the project shows the same rows, decision and heat maps.

#include "inspect/batch_review_panel.h"
#include "inspect/batch_table_model.h"
#include "inspect/batch_work.h"
#include "main_window.h"
#include "project/project_explorer.h"
#include "project/project_session.h"
#include "review/review_viewer.h"
#include "widgets/untrained_banner.h"

#include "common/progress.h"
#include "common/settings.h"
#include "data/dataset_scan.h"
#include "data/image_files.h"
#include "data/synthetic.h"
#include "infer/bank_builder.h"
#include "infer/inspector.h"
#include "store/job_records.h"
#include "store/project.h"
#include "store/result_records.h"
#include "test_support.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <map>
#include <set>

using namespace nexvitad::ui;

using namespace nexvitad;

namespace {
constexpr int kJobTimeoutMs = 300000;

struct Expected
{
    double score = 0;
    QString verdict;
};
} // namespace

class TestBatchInspection : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_bank;
    QString m_images;
    float m_pixelThreshold = 0;
    std::map<QString, Expected> m_expected; // absolute path -> infer's result
    std::map<QString, BatchRow> m_live;     // rows of the live run, by path
    qint64 m_batchId = 0;
    qint64 m_acceptedId = 0;

    static double sortScore(const QSortFilterProxyModel *proxy, int row)
    {
        return proxy->index(row, BatchTableModel::ScoreColumn)
            .data(BatchTableModel::kSortRole)
            .toDouble();
    }

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::isolateSettings();
        Settings().setOperatorName(QStringLiteral("tester"));
        Settings().setDevice(DeviceChoice::Cpu);
        data::SyntheticOptions o;
        o.classes = 1;
        o.size = 64;
        o.trainGood = 4;
        o.testGood = 2;
        o.testDefects = 2;
        o.seed = 3;
        const QString root = m_tmp.filePath(QStringLiteral("data"));
        data::writeSyntheticDataset(root, o, false, Progress::none());
        const data::Manifest manifest = data::scanDataset(root, {}, Progress::none());
        const QString target = manifest.classNames().first();
        m_images = root + QLatin1Char('/') + target + QStringLiteral("/test");

        infer::BankBuildRequest request;
        request.encoder.hieraSpec = QStringLiteral("random:hiera_mini:1");
        request.encoder.dinoSpec = QStringLiteral("random:dinov2_mini:2");
        request.encoder.imageSize = 64;
        request.encoder.modelsDir = m_tmp.filePath(QStringLiteral("models"));
        request.images = infer::chooseGoodImages(manifest, target, 4, 0);
        request.clustering.k = 8;
        infer::MemoryBank bank = infer::buildBank(request);

        // Thresholds between the sorted test scores, so that pass, review and fail all occur.
        const QStringList files = nexvitad::data::collectImageFiles({m_images});
        QVERIFY(files.size() >= 5);
        std::vector<float> scores;
        {
            infer::Inspector inspector(bank, {request.encoder.modelsDir});
            for (const infer::Inspection &r : inspector.inspectFiles(files, Progress::none()))
                scores.push_back(r.score);
        }
        std::sort(scores.begin(), scores.end());
        const std::size_t n = scores.size();
        const float t1 = (scores[n / 3 - 1] + scores[n / 3]) / 2;
        const float t2 = (scores[n - 2] + scores[n - 1]) / 2;
        QVERIFY(t1 < t2);
        infer::ThresholdSet thresholds;
        thresholds.image = infer::manualThreshold(t1);
        thresholds.imageReview = infer::makeReviewBand(t1, t2);
        m_pixelThreshold = scores[n / 2];
        thresholds.pixel = infer::manualThreshold(m_pixelThreshold);
        bank.setThresholds(thresholds);
        m_bank = m_tmp.filePath(QStringLiteral("tiny.bank"));
        bank.save(m_bank);

        infer::Inspector fromFile(m_bank, {request.encoder.modelsDir});
        for (const infer::Inspection &r : fromFile.inspectFiles(files, Progress::none())) {
            QVERIFY(r.verdict.has_value());
            m_expected[r.path] = {r.score, infer::verdictKey(*r.verdict)};
        }
        std::set<QString> kinds;
        for (const auto &[path, e] : m_expected)
            kinds.insert(e.verdict);
        QCOMPARE(kinds.size(), std::size_t(3));
    }

    void inspectFolderRecordsSortedRowsAndDecisions()
    {
        ProjectSession session;
        session.create(m_tmp.filePath(QStringLiteral("project")), QStringLiteral("p"));
        BatchReviewPanel panel;
        panel.setSession(&session);
        panel.resize(1200, 700);
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel)); // shortcuts need the focus inside
        QSignalSpy finished(&panel, &BatchReviewPanel::batchFinished);
        QSignalSpy shown(&panel, &BatchReviewPanel::imageShown);
        panel.inspect(m_bank, {m_images});
        QVERIFY(panel.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kJobTimeoutMs);
        QCOMPARE(finished.first().first().toBool(), true);

        // Every image once, with infer's score and verdict; badges coloured by verdict.
        BatchTableModel *model = panel.model();
        QCOMPARE(model->rowCount(), int(m_expected.size()));
        std::map<QString, QVariant> badge;
        for (int i = 0; i < model->rowCount(); ++i) {
            const BatchRow &row = model->row(i);
            QVERIFY2(m_expected.count(row.imagePath), qPrintable(row.imagePath));
            const Expected &e = m_expected.at(row.imagePath);
            QCOMPARE(row.score, e.score);
            QCOMPARE(row.verdict, e.verdict);
            QVERIFY(row.inspectionId > 0);
            QVERIFY(!row.thumbnail.isNull());
            const QModelIndex cell = model->index(i, BatchTableModel::VerdictColumn);
            QCOMPARE(cell.data().toString(), BatchTableModel::verdictText(e.verdict));
            badge[e.verdict] = cell.data(Qt::BackgroundRole);
            m_live[row.imagePath] = row;
        }
        QVERIFY(badge.at(QStringLiteral("pass")) != badge.at(QStringLiteral("fail")));
        QVERIFY(badge.at(QStringLiteral("pass")) != badge.at(QStringLiteral("review")));
        QVERIFY(badge.at(QStringLiteral("review")) != badge.at(QStringLiteral("fail")));
        const QString counts =
            panel.findChild<QLabel *>(QStringLiteral("verdictCounts"))->text();
        QVERIFY2(counts.contains(QString::number(model->verdictCount(QStringLiteral("fail")))),
                 qPrintable(counts));
        QVERIFY(panel.findChild<UntrainedBanner *>()->isVisible()); // random backbones
        m_batchId = panel.batchInfo().batchId;
        QVERIFY(m_batchId > 0);
        // The batch is a job of the project's history, like a CLI run with --project.
        const QSqlDatabase db = session.project().database();
        const store::JobRecord job = store::job(db, store::inspectionBatch(db, m_batchId).jobId);
        QCOMPARE(job.kind, QStringLiteral("inspect"));
        QCOMPARE(job.status, store::JobStatus::Completed);
        QVERIFY(job.command.contains(m_bank));

        // Highest score first.
        QSortFilterProxyModel *proxy = panel.proxy();
        for (int r = 1; r < proxy->rowCount(); ++r)
            QVERIFY(sortScore(proxy, r - 1) >= sortScore(proxy, r));
        QVERIFY(sortScore(proxy, 0) > sortScore(proxy, proxy->rowCount() - 1));

        // The first image is shown at the bank's pixel threshold; keys move through the list.
        auto proxyRow = [&] { return panel.table()->currentIndex().row(); };
        QTRY_VERIFY(!shown.isEmpty());
        QCOMPARE(proxyRow(), 0);
        QTRY_VERIFY(qAbs(panel.viewer()->threshold() - m_pixelThreshold)
                    <= m_pixelThreshold * 2e-3f);
        QTRY_VERIFY(panel.viewer()->regionCount() >= 0);
        panel.table()->setFocus();
        QTest::keyClick(panel.table(), Qt::Key_J);
        QCOMPARE(proxyRow(), 1);
        QTRY_COMPARE(shown.last().first().toInt(), panel.currentRow());
        QTest::keyClick(panel.table(), Qt::Key_K);
        QCOMPARE(proxyRow(), 0);
        QTest::keyClick(panel.table(), Qt::Key_Down);
        QCOMPARE(proxyRow(), 1);
        QTest::keyClick(panel.table(), Qt::Key_Up);
        QCOMPARE(proxyRow(), 0);
        QTest::keyClick(panel.table(), Qt::Key_K); // stays on the first image
        QCOMPARE(proxyRow(), 0);

        // A accepts the selected image, with the comment, stored in the project.
        QSignalSpy stored(&panel, &BatchReviewPanel::decisionStored);
        QTest::keyClicks(panel.findChild<QLineEdit *>(QStringLiteral("reviewComment")),
                         QStringLiteral("edge only"));
        panel.table()->setFocus();
        QTest::keyClick(panel.table(), Qt::Key_A);
        QTRY_COMPARE(stored.size(), 1);
        const int selected = panel.currentRow();
        m_acceptedId = model->row(selected).inspectionId;
        QCOMPARE(stored.first().first().toLongLong(), m_acceptedId);
        QCOMPARE(model->index(selected, BatchTableModel::DecisionColumn).data().toString(),
                 BatchTableModel::decisionText(QStringLiteral("accept")));
        int found = 0;
        for (const store::StoredInspection &s :
             store::inspections(session.project().database(), m_batchId)) {
            if (s.id != m_acceptedId) {
                QVERIFY(!s.decision.has_value());
                continue;
            }
            ++found;
            QVERIFY(s.decision == store::ReviewDecision::Accept);
            QCOMPARE(s.reviewer, QStringLiteral("tester"));
            QCOMPARE(s.reviewComment, QStringLiteral("edge only"));
        }
        QCOMPARE(found, 1);

        // Filter by verdict.
        auto *filter = panel.findChild<QComboBox *>(QStringLiteral("verdictFilter"));
        filter->setCurrentIndex(filter->findData(QStringLiteral("fail")));
        QCOMPARE(proxy->rowCount(), model->verdictCount(QStringLiteral("fail")));
        for (int r = 0; r < proxy->rowCount(); ++r)
            QCOMPARE(proxy->index(r, 0).data(BatchTableModel::kVerdictRole).toString(),
                     QStringLiteral("fail"));
        filter->setCurrentIndex(0);
        QCOMPARE(proxy->rowCount(), model->rowCount());
    }

    void cancelStopsTheRunAndKeepsThePanelUsable()
    {
        BatchReviewPanel panel; // no project: nothing is recorded
        QSignalSpy finished(&panel, &BatchReviewPanel::batchFinished);
        panel.inspect(m_bank, {m_images});
        QVERIFY(panel.isBusy());
        panel.findChild<QPushButton *>(QStringLiteral("cancelBatchButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kJobTimeoutMs);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!panel.isBusy());
        QCOMPARE(panel.batchInfo().batchId, 0);

        // Without a project a run still completes, and decisions stay in the list.
        panel.inspect(m_bank, {m_images});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kJobTimeoutMs);
        QCOMPARE(finished.last().first().toBool(), true);
        QCOMPARE(panel.model()->rowCount(), int(m_expected.size()));
        QCOMPARE(panel.model()->row(0).inspectionId, 0);
        panel.selectNext();
        panel.decide(QStringLiteral("reject"));
        QCOMPARE(panel.model()->row(panel.currentRow()).decision, QStringLiteral("reject"));
    }

    void reopenedBatchShowsTheSameRowsAndDecision()
    {
        QVERIFY(m_batchId > 0);
        ProjectSession session;
        session.open(m_tmp.filePath(QStringLiteral("project")));
        BatchReviewPanel panel;
        panel.setSession(&session);
        panel.show();
        auto *batches = panel.findChild<QComboBox *>(QStringLiteral("batchCombo"));
        QTRY_COMPARE(batches->count(), 1);
        QCOMPARE(batches->itemData(0).toLongLong(), m_batchId);

        QSignalSpy finished(&panel, &BatchReviewPanel::batchFinished);
        panel.openBatch(m_batchId);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kJobTimeoutMs);
        QCOMPARE(finished.first().first().toBool(), true);
        BatchTableModel *model = panel.model();
        QCOMPARE(model->rowCount(), int(m_live.size()));
        QVERIFY(panel.findChild<UntrainedBanner *>()->isVisible());
        QCOMPARE(panel.batchInfo().pixelThreshold.value_or(-1), m_pixelThreshold);
        for (int i = 0; i < model->rowCount(); ++i) {
            const BatchRow &row = model->row(i);
            QVERIFY(m_live.count(row.imagePath));
            const BatchRow &live = m_live.at(row.imagePath);
            QCOMPARE(row.inspectionId, live.inspectionId);
            QCOMPARE(float(row.score), float(live.score));
            QCOMPARE(row.verdict, live.verdict);
            QCOMPARE(row.decision, row.inspectionId == m_acceptedId ? QStringLiteral("accept")
                                                                     : QString());
            // The stored 16-bit heat map gives back the live map to within max / 65535.
            QVERIFY(!row.map && !row.mapPath.isEmpty());
            const ReviewImage image = loadReviewImage(row, panel.batchInfo().pixelThreshold);
            QVERIFY(image.map);
            QCOMPARE(image.mapSize, live.mapSize);
            const float top = *std::max_element(live.map->begin(), live.map->end());
            for (std::size_t p = 0; p < image.map->size(); ++p)
                QVERIFY(qAbs((*image.map)[p] - (*live.map)[p]) <= top / 65535.0f * 1.01f);
        }
        QTRY_VERIFY(panel.viewer()->regionCount() >= 0); // the first row, from its PNG
    }

    void explorerOpensTheBatchInTheReviewTab()
    {
        QVERIFY(m_batchId > 0);
        MainWindow window;
        QVERIFY(window.openProject(m_tmp.filePath(QStringLiteral("project"))));
        auto *explorer = window.findChild<ProjectExplorer *>();
        QTRY_COMPARE(explorer->itemCount(project::ItemGroup::Inspections), 1);
        QTreeWidgetItem *group = explorer->topLevelItem(int(project::ItemGroup::Inspections));
        QCOMPARE(group->childCount(), 1);
        QTreeWidgetItem *item = group->child(0);
        // The tree's own signal, as a double-click or Enter sends it.
        emit static_cast<QTreeWidget *>(explorer)->itemActivated(item, 0);
        BatchReviewPanel *panel = window.reviewPanel();
        QCOMPARE(window.findChild<QTabWidget *>()->currentWidget(), panel);
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), int(m_live.size()), kJobTimeoutMs);
        QCOMPARE(panel->batchInfo().batchId, m_batchId);
    }
};

QTEST_MAIN(TestBatchInspection)
#include "test_batch_inspection.moc"

// The memory-bank builder screen, driven by object names on a synthetic dataset registered
// in a project (random hiera_mini + dinov2_mini, S = 64): M = 3 good images chosen at random
// from a seed (the same choice as core's chooseGoodImages, hence the CLI's), K = 4, build in
// a Job; the bank file is in the project and recorded there, the usage chart shows K bars
// summing to the layer's patches; removing an image and re-clustering saves a bank with one
// image fewer, adding one encodes it. Then the flow: inspect a defective test image
// with the bank (core Inspector), show it in the ReviewViewer, move the threshold slider,
// and the contour count follows (compared with core's defectRegions at each threshold).

#include "bank/bank_builder_panel.h"
#include "bank/bank_contents_box.h"
#include "bank/good_image_model.h"
#include "bank/prototype_usage_chart.h"
#include "inspect/batch_work.h"
#include "main_window.h"
#include "project/project_session.h"
#include "review/review_viewer.h"
#include "widgets/thumbnail.h"

#include "common/progress.h"
#include "common/settings.h"
#include "data/dataset_scan.h"
#include "data/synthetic.h"
#include "infer/bank_builder.h"
#include "infer/inspector.h"
#include "io/chunked_read.h"
#include "project/dataset_registration.h"
#include "project/inference_record.h"
#include "render/defect_contours.h"
#include "store/artifacts.h"
#include "store/asset_records.h"
#include "store/job_records.h"
#include "store/project.h"
#include "store/sql.h"
#include "test_support.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

#include <numeric>

using namespace nexvitad::ui;

using namespace nexvitad;

namespace {
constexpr int kJobTimeoutMs = 120000;

// The statuses of the project's "bank" jobs, oldest first: the GUI records its bank
// building and editing in the project's history, as the CLI does with --project.
QStringList bankJobs(const store::Project &project)
{
    QStringList statuses;
    QSqlQuery q = store::exec(project.database(),
                              QStringLiteral("SELECT status FROM jobs WHERE kind = 'bank' "
                                             "ORDER BY id"));
    while (q.next())
        statuses << q.value(0).toString();
    return statuses;
}
} // namespace

class TestBankBuilder : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_root;
    QString m_class;
    QString m_models;
    data::Manifest m_manifest;

    template <typename T>
    static T *child(QWidget &parent, const char *name)
    {
        T *w = parent.findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }

    static qint64 sum(const std::vector<double> &values)
    {
        return qint64(std::accumulate(values.begin(), values.end(), 0.0));
    }

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::isolateSettings();
        m_models = m_tmp.filePath(QStringLiteral("models"));
        Settings settings;
        settings.setOperatorName(QStringLiteral("tester"));
        settings.setDevice(DeviceChoice::Cpu);
        settings.setModelsDirectory(m_models);
        settings.sync();
        data::SyntheticOptions o;
        o.classes = 1;
        o.size = 64;
        o.trainGood = 5;
        o.testGood = 1;
        o.testDefects = 1;
        o.seed = 5;
        m_root = m_tmp.filePath(QStringLiteral("data"));
        data::writeSyntheticDataset(m_root, o, false, Progress::none());
        m_manifest = data::scanDataset(m_root, {}, Progress::none());
        m_class = m_manifest.classNames().first();
    }

    void buildEditAndInspect()
    {
        ProjectSession session;
        session.create(m_tmp.filePath(QStringLiteral("project")), QStringLiteral("p"));
        const qint64 datasetId =
            project::findOrRegisterDataset(session.project().database(), m_manifest,
                                           QStringLiteral("synthetic"))
                .id;
        BankBuilderPanel panel;
        panel.resize(1200, 800);
        panel.show();
        QSignalSpy finished(&panel, &BankBuilderPanel::jobFinished);
        QSignalSpy recorded(&panel, &BankBuilderPanel::bankRecorded);
        panel.setSession(&session);

        // The dataset, its class and the class's good images with thumbnails (off-thread).
        auto *datasets = child<QComboBox>(panel, "datasetCombo");
        auto *classes = child<QComboBox>(panel, "classCombo");
        QTRY_COMPARE_WITH_TIMEOUT(classes->count(), 1, kJobTimeoutMs);
        QCOMPARE(datasets->count(), 1);
        QCOMPARE(classes->currentText(), m_class);
        GoodImageModel *model = panel.imageModel();
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(child<QListView>(panel, "goodImageGrid")->viewMode(), QListView::IconMode);
        QTRY_COMPARE(model->thumbnailCount(), 5);
        const int side = GoodImageModel::kThumbnailSide;
        const QImage shown = model->index(0)
                                 .data(Qt::DecorationRole)
                                 .value<QIcon>()
                                 .pixmap(side, side)
                                 .toImage()
                                 .convertToFormat(QImage::Format_RGB32);
        QCOMPARE(shown, readThumbnail(model->images().first(), side)
                            .convertToFormat(QImage::Format_RGB32));

        // M = 3 at random from seed 7: core's choice, as `nexvitad-cli bank --count 3 --seed 7`.
        child<QSpinBox>(panel, "countSpin")->setValue(3);
        child<QSpinBox>(panel, "seedSpin")->setValue(7);
        QTest::mouseClick(child<QPushButton>(panel, "chooseRandomButton"), Qt::LeftButton);
        const QStringList chosen = infer::chooseGoodImages(m_manifest, m_class, 3, 7);
        QCOMPARE(model->checkedImages(), chosen);
        QVERIFY(child<QLabel>(panel, "selectionLabel")->text().startsWith(QLatin1String("3 ")));
        QCOMPARE(child<QSpinBox>(panel, "kSpin")->value(), 30); // the default
        child<QSpinBox>(panel, "kSpin")->setValue(4);
        child<QLineEdit>(panel, "hieraSpecEdit")->setText(QStringLiteral("random:hiera_mini:1"));
        child<QLineEdit>(panel, "dinoSpecEdit")->setText(QStringLiteral("random:dinov2_mini:2"));
        child<QSpinBox>(panel, "imageSizeSpin")->setValue(64);

        // Build.
        auto *build = child<QPushButton>(panel, "buildButton");
        QVERIFY(build->isEnabled());
        finished.clear();
        QTest::mouseClick(build, Qt::LeftButton);
        QVERIFY(panel.isBusy());
        QVERIFY(child<QPushButton>(panel, "cancelButton")->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kJobTimeoutMs);
        QVERIFY2(finished.first().first().toBool(),
                 qPrintable(child<QLabel>(panel, "bankStatus")->text()));
        QCOMPARE(recorded.size(), 1);

        // The bank file is in the project and recorded there, with the chosen images.
        const BankOutcome built = panel.currentBank();
        QVERIFY(QFileInfo::exists(built.path));
        QVERIFY(built.path.startsWith(session.project().artifactsFolder()));
        const store::StoredBank row = store::memoryBank(session.project().database(), built.bankId);
        QCOMPARE(session.project().absolutePath(row.file.storedPath), built.path);
        QCOMPARE(row.file.sha256, io::sha256OfFile(built.path));
        QCOMPARE(row.datasetId, datasetId);
        QCOMPARE(row.className, m_class);
        QCOMPARE(row.k, 4);
        QCOMPARE(row.layers, QList<int>({1, 2, 3, 4}));
        QStringList names;
        for (const QString &p : chosen)
            names << QFileInfo(p).fileName();
        QCOMPARE(row.images, names);
        const infer::MemoryBank saved = infer::MemoryBank::load(built.path);
        QCOMPARE(saved.imageCount(), 3);
        QCOMPARE(bankJobs(session.project()), QStringList({QStringLiteral("completed")}));

        // Usage: K bars per layer summing to the layer's M * h * w patches.
        PrototypeUsageChart *chart = panel.usageChart();
        auto *layerCombo = child<QComboBox>(panel, "usageLayerCombo");
        QCOMPARE(layerCombo->count(), 4);
        for (int l = 0; l < 4; ++l) {
            layerCombo->setCurrentIndex(l);
            const std::vector<double> bars = chart->barValues();
            QCOMPARE(bars.size(), size_t(4));
            QCOMPARE(sum(bars), 3 * saved.info().layers[size_t(l)].patchesPerImage());
        }
        QVERIFY(!child<QLabel>(panel, "usageNote")->isVisibleTo(chart));

        // Remove one image and re-cluster: a new bank of the project with one image fewer.
        BankContentsBox *contents = panel.contents();
        auto *bankImages = child<QListWidget>(panel, "bankImageList");
        QCOMPARE(bankImages->count(), 3);
        bankImages->item(0)->setSelected(true);
        QTest::mouseClick(child<QPushButton>(panel, "removeImagesButton"), Qt::LeftButton);
        QCOMPARE(contents->listedImageCount(), 2);
        QCOMPARE(contents->pendingRemovals().size(), 1);
        finished.clear();
        QTest::mouseClick(child<QPushButton>(panel, "reclusterButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kJobTimeoutMs);
        QVERIFY2(finished.first().first().toBool(),
                 qPrintable(child<QLabel>(panel, "bankStatus")->text()));
        const BankOutcome edited = panel.currentBank();
        QVERIFY(edited.bankId != built.bankId);
        QCOMPARE(edited.bank->imageCount(), saved.imageCount() - 1);
        QCOMPARE(infer::MemoryBank::load(edited.path).imageCount(), 2);
        QCOMPARE(store::memoryBank(session.project().database(), edited.bankId).images.size(), 2);
        QCOMPARE(bankImages->count(), 2);
        QCOMPARE(sum(chart->barValues()), 2 * saved.info().layers[0].patchesPerImage());
        QVERIFY(QFileInfo::exists(built.path)); // the old bank stays for its inspections
        QCOMPARE(bankJobs(session.project()),
                 QStringList({QStringLiteral("completed"), QStringLiteral("completed")}));

        // Add an image that is not in the bank: only it is encoded, then re-clustered.
        QString extra;
        for (const QString &p : model->images())
            if (!chosen.contains(p))
                extra = p;
        model->setCheckedImages({extra});
        QTest::mouseClick(child<QPushButton>(panel, "addImagesButton"), Qt::LeftButton);
        QCOMPARE(contents->listedImageCount(), 3);
        finished.clear();
        QTest::mouseClick(child<QPushButton>(panel, "reclusterButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kJobTimeoutMs);
        QVERIFY(finished.first().first().toBool());
        const infer::MemoryBank grown = infer::MemoryBank::load(panel.currentBank().path);
        QCOMPARE(grown.imageCount(), 3);
        QCOMPARE(grown.images().back().name, QFileInfo(extra).fileName());

        // Opening a recorded bank (what the explorer's banks node does) lists its images and
        // charts its usage again.
        // The settings form describes the opened bank, not the defaults.
        child<QSpinBox>(panel, "imageSizeSpin")->setValue(224);
        child<QSpinBox>(panel, "kSpin")->setValue(30);
        finished.clear();
        panel.openBank(built.bankId);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kJobTimeoutMs);
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(panel.currentBank().bankId, built.bankId);
        QCOMPARE(bankImages->count(), 3);
        QVERIFY(!contents->hasPendingEdits());
        QCOMPARE(child<QSpinBox>(panel, "imageSizeSpin")->value(), 64);
        QCOMPARE(child<QSpinBox>(panel, "kSpin")->value(), 4);
        layerCombo->setCurrentIndex(0);
        QCOMPARE(sum(chart->barValues()), 3 * saved.info().layers[0].patchesPerImage());

        // Inspect a defective test image with the built bank; the slider moves the contours.
        const data::ClassEntry *entry = m_manifest.findClass(m_class);
        const data::Split *defects = entry->find(data::SplitKind::TestDefect,
                                                 entry->defectTypes().first());
        QVERIFY(defects && !defects->images.empty());
        const QString image = m_manifest.absoluteDisplayPath(defects->images.front().path);
        infer::InspectorOptions options;
        options.modelsDir = m_models;
        infer::Inspector inspector(built.path, options);
        const std::vector<infer::Inspection> results =
            inspector.inspectFiles({image}, Progress::none());
        QCOMPARE(results.size(), size_t(1));
        const cv::Mat map = results.front().map.clone();
        BatchRow inspected;
        inspected.imagePath = image;
        inspected.map = std::make_shared<const std::vector<float>>(
            map.ptr<float>(), map.ptr<float>() + map.total());
        inspected.mapSize = QSize(map.cols, map.rows);

        ReviewViewer viewer;
        viewer.resize(600, 500);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        const ReviewImage review = loadReviewImage(inspected, std::nullopt);
        viewer.setReviewImage(review);
        auto *slider = child<QSlider>(viewer, "thresholdSlider");
        // The slider spans [scoreLow, scoreHigh] (review_viewer.h); core counts the regions.
        auto regionsAt = [&](float threshold) {
            return int(render::defectRegions(inspected.map->data(), map.cols, map.rows, threshold)
                           .size());
        };
        auto scoreAt = [&](int value) {
            return review.scoreLow
                   + (review.scoreHigh - review.scoreLow) * float(value) / float(slider->maximum());
        };
        const int low = slider->minimum();
        const int lowCount = regionsAt(scoreAt(low));
        int other = -1;
        for (int v = low; v <= slider->maximum() && other < 0; v += 10)
            if (regionsAt(scoreAt(v)) != lowCount)
                other = v;
        QVERIFY2(other >= 0, "the map has the same region count at every threshold");
        slider->setValue(low);
        QTRY_COMPARE(viewer.regionCount(), lowCount);
        slider->setValue(other);
        QTRY_VERIFY(viewer.regionCount() != lowCount);
        QCOMPARE(viewer.regionCount(), regionsAt(viewer.threshold()));
    }

    void allPatchesBankShowsANote()
    {
        // all_patches: no prototypes to count, the chart gives way to a note.
        PrototypeUsageChart chart;
        chart.setUsage({{}, {}}, {2, 3});
        chart.show();
        QVERIFY(chart.barValues().empty());
        auto *note = chart.findChild<QLabel *>(QStringLiteral("usageNote"));
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(QLatin1String("all patches")));
        chart.setUsage({{5, 7}}, {1});
        QCOMPARE(chart.barValues(), std::vector<double>({5.0, 7.0}));
        QVERIFY(!note->isVisible());
    }

    void reachableFromTheMainWindow()
    {
        // A bank recorded in the project (as `nexvitad-cli bank --project` does), opened from
        // the main window the way the explorer's banks node opens it: the tab shows, the bank's
        // images are listed and its dataset and class are selected in the grid.
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.session()->create(m_tmp.filePath(QStringLiteral("project2")), QStringLiteral("p"));
        const store::Project &project = window.session()->project();
        const qint64 datasetId = project::findOrRegisterDataset(project.database(), m_manifest,
                                                                QStringLiteral("synthetic"))
                                     .id;
        infer::BankBuildRequest request;
        request.encoder.hieraSpec = QStringLiteral("random:hiera_mini:1");
        request.encoder.dinoSpec = QStringLiteral("random:dinov2_mini:2");
        request.encoder.imageSize = 64;
        request.encoder.modelsDir = m_models;
        request.images = infer::chooseGoodImages(m_manifest, m_class, 2, 1);
        request.clustering.k = 3;
        request.layers = {2, 3};
        const infer::MemoryBank bank = infer::buildBank(request);
        const QString file = m_tmp.filePath(QStringLiteral("cli.bank"));
        bank.save(file);
        const qint64 bankId =
            project::recordBank(project, file, bank, datasetId, m_class, QStringLiteral("t"))
                .bankId;

        auto *action = window.findChild<QAction *>(QStringLiteral("buildMemoryBankAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_B));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("centralTabs"));
        action->trigger();
        QCOMPARE(tabs->currentWidget(), window.bankBuilder());
        tabs->setCurrentIndex(0);
        window.showBankBuilder(bankId); // the explorer's double-click on the bank
        QCOMPARE(tabs->currentWidget(), window.bankBuilder());
        BankBuilderPanel *panel = window.bankBuilder();
        QTRY_COMPARE_WITH_TIMEOUT(panel->currentBank().bankId, bankId, kJobTimeoutMs);
        QCOMPARE(panel->contents()->listedImageCount(), 2);
        QCOMPARE(panel->findChild<QComboBox *>(QStringLiteral("usageLayerCombo"))->count(), 2);
        QCOMPARE(panel->usageChart()->barValues().size(), size_t(3));
        auto *classes = panel->findChild<QComboBox *>(QStringLiteral("classCombo"));
        QTRY_COMPARE_WITH_TIMEOUT(classes->count(), 1, kJobTimeoutMs);
        QCOMPARE(classes->currentText(), m_class);
        QTRY_COMPARE(panel->imageModel()->rowCount(), 5);
        QTRY_VERIFY(!panel->isBusy());
    }
};

QTEST_MAIN(TestBankBuilder)
#include "test_bank_builder.moc"

// The review viewer's explanation by retrieval, offscreen, with a real bank built from the
// randomly initialised mini backbones on the synthetic dataset: a click asks for the
// nearest normal patches and shows them beside the image without blocking the GUI thread,
// Shift+drag picks a region, a stored explanation is shown from the bank file's images,
// and an old bank without images shows the note instead.

#include "common/progress.h"
#include "data/dataset_scan.h"
#include "data/synthetic.h"
#include "infer/bank_builder.h"
#include "infer/bank_views.h"
#include "infer/inspector.h"
#include "io/safetensors.h"
#include "review/explanation_panel.h"
#include "review/heatmap_view.h"
#include "review/review_viewer.h"
#include "test_support.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nexvitad::ui;

using namespace nexvitad;

class TestReviewExplanation : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_bank, m_oldBank, m_image, m_models;

    ReviewImage reviewImage() const
    {
        ReviewImage image;
        image.original = QImage(m_image).convertToFormat(QImage::Format_RGB32);
        image.map = std::make_shared<std::vector<float>>(64 * 64, 0.5f);
        image.mapSize = QSize(64, 64);
        return image;
    }

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::isolateSettings();
        data::SyntheticOptions o;
        o.classes = 1;
        o.size = 64;
        o.trainGood = 4;
        o.testGood = 1;
        o.testDefects = 1;
        data::writeSyntheticDataset(m_dir.filePath("data"), o, false, Progress::none());
        const data::Manifest manifest =
            data::scanDataset(m_dir.filePath("data"), data::ScanOptions{}, Progress::none());
        const QString target = manifest.classNames().first();
        m_models = m_dir.filePath("models");
        infer::BankBuildRequest r;
        r.encoder.hieraSpec = QStringLiteral("random:hiera_mini:1");
        r.encoder.dinoSpec = QStringLiteral("random:dinov2_mini:2");
        r.encoder.imageSize = 64;
        r.encoder.modelsDir = m_models;
        r.images = infer::chooseGoodImages(manifest, target, 4, 0);
        r.clustering.k = 4;
        m_bank = m_dir.filePath("b.bank");
        infer::buildBank(r).save(m_bank);
        for (const data::Split &split : manifest.findClass(target)->splits)
            if (split.kind == data::SplitKind::TestDefect)
                m_image = manifest.absoluteDisplayPath(split.images.front().path);

        // The same bank as written before explanations existed.
        m_oldBank = m_dir.filePath("old.bank");
        const io::SafeTensorsFile file = io::SafeTensorsFile::open(m_bank);
        std::vector<std::vector<float>> keep;
        std::vector<io::Float32Tensor> tensors;
        for (const io::TensorInfo &t : file.header().tensors)
            if (io::isFloatDtype(t.dtype)) {
                keep.push_back(file.readFloat32(t.name));
                tensors.push_back({t.name, t.shape, nullptr});
            }
        for (size_t i = 0; i < tensors.size(); ++i)
            tensors[i].data = keep[i].data();
        io::writeSafeTensors(m_oldBank, tensors, file.header().metadata);
    }

    void clickShowsNearestPatchesBesideTheImage()
    {
        // The viewer reads the models folder from the settings; the random backbones need none.
        ReviewViewer viewer;
        viewer.resize(1200, 600);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        viewer.setReviewImage(reviewImage());
        ExplanationPanel *panel = viewer.explanationPanel();
        QVERIFY(!panel->isVisible()); // no bank: no explanations
        viewer.setExplanationContext({m_bank, m_image, {}});
        QVERIFY(panel->isVisible());
        QVERIFY(panel->statusText().contains("Click"));

        HeatmapView *view = viewer.view();
        QSignalSpy picked(view, &HeatmapView::regionPicked);
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->viewport()->rect().center());
        // Loading the bank and encoding happen in a job: the click returns at once.
        QVERIFY(clock.elapsed() < 250);
        QCOMPARE(picked.size(), 1);
        QCOMPARE(picked.first().first().toRect().size(), QSize(1, 1));
        QVERIFY(panel->statusText().contains("Looking"));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->picture().isNull(), 60000);
        QVERIFY(panel->statusText().contains("Nearest normal patch"));
        QCOMPARE(panel->picture().width(), 4 * 150);

        // Shift+drag: a region, explained with the kept Inspector.
        const QPoint from = view->viewport()->rect().center() - QPoint(40, 30);
        const QPoint to = from + QPoint(60, 40);
        QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::ShiftModifier, from);
        QTest::mouseMove(view->viewport(), to);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::ShiftModifier, to);
        QCOMPARE(picked.size(), 2);
        const QRect region = picked.last().first().toRect();
        QVERIFY(region.width() > 1 && region.height() > 1);
        QTRY_VERIFY_WITH_TIMEOUT(panel->statusText().contains("Nearest normal patch"), 60000);

        // Another image while a click is being explained: that result is not shown for it.
        viewer.explainRegion(QRect(3, 3, 1, 1));
        viewer.setReviewImage(reviewImage());
        viewer.setExplanationContext({m_bank, m_image, {}});
        QTest::qWait(3000);
        QVERIFY(panel->statusText().contains("Click"));
        QVERIFY(panel->picture().isNull());
    }

    void storedExplanationIsShownFromTheBankFile()
    {
        infer::Inspector inspector(m_bank, infer::InspectorOptions{m_models});
        const QJsonObject stored = inspector.explainFile(m_image, QRect(10, 10, 8, 8), 3).toJson();
        ReviewViewer viewer;
        viewer.resize(1200, 600);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        viewer.setReviewImage(reviewImage());
        viewer.setExplanationContext({m_bank, m_image, stored});
        ExplanationPanel *panel = viewer.explanationPanel();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->picture().isNull(), 30000);
        QVERIFY(panel->statusText().contains("Nearest normal patch"));

        // An old bank: the note, for a stored explanation and for a click alike.
        viewer.setReviewImage(reviewImage());
        viewer.setExplanationContext({m_oldBank, m_image, stored});
        QTRY_VERIFY_WITH_TIMEOUT(panel->statusText().contains("rebuild the bank"), 30000);
        QVERIFY(panel->picture().isNull());
        viewer.setReviewImage(reviewImage());
        viewer.setExplanationContext({m_oldBank, m_image, {}});
        viewer.explainRegion(QRect(5, 5, 1, 1));
        QTRY_VERIFY_WITH_TIMEOUT(panel->statusText().contains("rebuild the bank"), 60000);
    }
};

QTEST_MAIN(TestReviewExplanation)
#include "test_review_explanation.moc"

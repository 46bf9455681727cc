// The explanation strip of a batch report on a real project: a bank built with the randomly
// initialised mini backbones on the synthetic dataset, a batch inspected with
// explainFlagged and recorded; every non-passing image's tile carries the strip (its caption
// extracted by pdftotext, the strip's pixels on the page). A batch of an old bank without
// images gets the note instead, and a batch without explanations no strip at all.

#include "common/progress.h"
#include "data/dataset_scan.h"
#include "data/synthetic.h"
#include "infer/bank_builder.h"
#include "infer/inspector.h"
#include "io/safetensors.h"
#include "pdf_tools.h"
#include "project/inference_record.h"
#include "render/explanation_picture.h"
#include "report/report_loader.h"
#include "report/report_writer.h"
#include "store/project.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace nexvitad;
using namespace reporttest;

namespace {

QString flat(QString text)
{
    return text.replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified();
}

} // namespace

class TestReportExplanation : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::optional<store::Project> m_project;
    QString m_bank, m_oldBank, m_models;
    QStringList m_images;

    // Inspects every test image with `bank` (each fails: threshold 0), explained or not,
    // and records the batch.
    qint64 recordBatch(const QString &bank, bool explain)
    {
        infer::InspectorOptions options{m_models};
        options.explainFlagged = explain;
        infer::Inspector inspector(bank, options);
        infer::ThresholdSet zero;
        zero.image = infer::manualThreshold(0.0f);
        inspector.setThresholds(zero);
        const project::RecordedBank recorded =
            project::recordBank(*m_project, bank, inspector.bank(), 0, QString(), "t");
        const qint64 batch =
            project::recordInspectionBatch(*m_project, recorded.bankId, 0, QStringLiteral("cam"));
        for (const infer::Inspection &r : inspector.inspectFiles(m_images, Progress::none()))
            project::recordInspection(*m_project, batch, r);
        return batch;
    }

    QString reportText(qint64 batch, const QString &name)
    {
        const report::ReportData data = report::loadBatchReport(*m_project, batch);
        const QString pdf = m_tmp.filePath(name);
        report::writeReport(data, report::ReportOptions{}, pdf, Progress::none());
        return flat(pdfText(pdf));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!havePoppler())
            QSKIP("poppler-utils (pdfinfo, pdftotext, pdftoppm, pdffonts) are not installed");
        data::SyntheticOptions o;
        o.classes = 1;
        o.size = 64;
        o.trainGood = 4;
        o.testGood = 1;
        o.testDefects = 1;
        data::writeSyntheticDataset(m_tmp.filePath("data"), o, false, Progress::none());
        const data::Manifest manifest =
            data::scanDataset(m_tmp.filePath("data"), data::ScanOptions{}, Progress::none());
        const QString target = manifest.classNames().first();
        for (const data::Split &split : manifest.findClass(target)->splits)
            if (split.kind != data::SplitKind::TrainGood)
                for (const data::ImageEntry &image : split.images)
                    m_images << manifest.absoluteDisplayPath(image.path);
        m_models = m_tmp.filePath("models");
        infer::BankBuildRequest r;
        r.encoder.hieraSpec = QStringLiteral("random:hiera_mini:1");
        r.encoder.dinoSpec = QStringLiteral("random:dinov2_mini:2");
        r.encoder.imageSize = 64;
        r.encoder.modelsDir = m_models;
        r.images = infer::chooseGoodImages(manifest, target, 4, 0);
        r.clustering.k = 4;
        m_bank = m_tmp.filePath("b.bank");
        infer::buildBank(r).save(m_bank);

        // The same bank as written before explanations existed (its floats only).
        m_oldBank = m_tmp.filePath("old.bank");
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
        m_project = store::Project::create(m_tmp.filePath("project"), QStringLiteral("p"));
    }

    void explainedImagesCarryTheStrip()
    {
        const QString text = reportText(recordBatch(m_bank, true), "explained.pdf");
        const QString caption = render::explanationCaption();
        QCOMPARE(text.count(caption), int(m_images.size())); // every image failed
        QVERIFY(text.contains(QStringLiteral("Inspected")));
        QVERIFY(!text.contains(QStringLiteral("No explanation picture")));
    }

    void oldBankGetsTheNoteAndPlainBatchesNoStrip()
    {
        const QString old = reportText(recordBatch(m_oldBank, true), "old.pdf");
        QVERIFY(!old.contains(render::explanationCaption())); // nothing was explained
        // Explanations stored for a batch whose bank file has no images: the note.
        const qint64 batch = recordBatch(m_bank, true);
        const QString bankFile = report::loadBatchReport(*m_project, batch).bankPath;
        QVERIFY(QFileInfo::exists(bankFile));
        QFile::remove(bankFile);
        QVERIFY(QFile::copy(m_oldBank, bankFile));
        const QString noted = reportText(batch, "noted.pdf");
        QVERIFY2(noted.contains(QStringLiteral("No explanation picture")), qPrintable(noted));
        QVERIFY(noted.contains(QStringLiteral("rebuild the bank")));
        const QString plain = reportText(recordBatch(m_bank, false), "plain.pdf");
        QVERIFY(!plain.contains(render::explanationCaption()));
        QVERIFY(!plain.contains(QStringLiteral("No explanation picture")));
    }
};

QTEST_MAIN(TestReportExplanation)
#include "test_report_explanation.moc"

// PDF reports from a real project (tests/report/report_fixture.h): the file opens, its
// text holds the numbers the project holds (verdict counts, metrics as formatted in the
// report, hashes, the untrained warning), image pages are not blank, Letter and A4
// differ, Chinese renders with a CJK font, and a cancel leaves no file behind.

#include "common/error.h"
#include "common/progress.h"
#include "common/translations.h"
#include "pdf_tools.h"
#include "report/report_loader.h"
#include "report/report_text.h"
#include "report/report_writer.h"
#include "report_fixture.h"

#include <QDir>
#include <QJsonValue>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace nexvitad;
using namespace nexvitad::report;
using namespace reporttest;

namespace {

// pdftotext puts a line break wherever the layout wrapped; compare without them.
QString flat(QString text)
{
    return text.replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified();
}

// The first page whose text contains `needle`, or -1.
int pageWith(const QString &pdf, int pages, const QString &needle, int from = 1)
{
    for (int page = from; page <= pages; ++page)
        if (flat(runTool(QStringLiteral("pdftotext"),
                         {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                          QString::number(page), pdf, QStringLiteral("-")}))
                .contains(needle))
            return page;
    return -1;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    Fixture m_fixture;

private Q_SLOTS:
    void initTestCase()
    {
        if (!havePoppler())
            QSKIP("poppler-utils (pdfinfo, pdftotext, pdftoppm, pdffonts) are not installed");
        m_fixture = makeFixture(m_tmp.filePath(QStringLiteral("fixture")));
    }

    void batchReport()
    {
        const ReportData data = loadBatchReport(*m_fixture.project, m_fixture.batch);
        QCOMPARE(data.passCount, m_fixture.pass);
        QCOMPARE(data.failCount, m_fixture.fail);
        QCOMPARE(data.reviewCount, m_fixture.review);
        QCOMPARE(int(data.images.size()), m_fixture.fail + m_fixture.review);
        QVERIFY(!data.images.front().maskPath.isEmpty()); // ground truth found next to it

        const QString pdf = m_tmp.filePath(QStringLiteral("batch.pdf"));
        ReportOptions options;
        options.operatorName = QStringLiteral("Dana Operator");
        const ReportOutcome outcome = writeReport(data, options, pdf, Progress::none());
        QCOMPARE(pdfPages(pdf), outcome.pages);
        QVERIFY(outcome.pages >= 4);
        QVERIFY2(pdfPageSize(pdf).contains(QLatin1String("A4")), qPrintable(pdfPageSize(pdf)));

        const QString text = flat(pdfText(pdf));
        const QString summary = QStringLiteral("Verdict summary: %1 pass, %2 fail, %3 review")
                                    .arg(m_fixture.pass)
                                    .arg(m_fixture.fail)
                                    .arg(m_fixture.review);
        QVERIFY2(text.contains(summary), qPrintable(text.left(2000)));
        for (const QString &needle :
             {m_fixture.bankSha256, m_fixture.manifestSha256, m_fixture.checkpointSha256,
              QStringLiteral("Dana Operator"), QStringLiteral("line 3 camera"),
              QStringLiteral("Warning: untrained backbone"),
              QStringLiteral("random:hiera_tiny_224"), m_fixture.reviewComment,
              QStringLiteral("fewer false alarms"), QStringLiteral("carol"),
              QStringLiteral("Page 1 of %1").arg(outcome.pages), QString(64, QLatin1Char('d'))})
            QVERIFY2(text.contains(needle), qPrintable(needle + QStringLiteral(" in ") + text));
        // The untrained warning is on the cover itself.
        QVERIFY(pageWith(pdf, 1, QStringLiteral("untrained backbone")) == 1);
        // The drift trend (docs/reports.md): this fixture's bank file is no real bank, so the
        // trend can only calibrate on the line itself, and says so.
        QVERIFY(data.drift && !data.drift->bankProblem.isEmpty());
        for (const char *needle : {"Drift trend of the good images",
                                   "The memory bank file could not be read",
                                   "reference: calibrating on this line's first good images"})
            QVERIFY2(text.contains(QLatin1String(needle)), needle);

        // Where the image tiles are, the rendered page has pixels, not white paper.
        const int imagePage = pageWith(pdf, outcome.pages, QStringLiteral("heat map, contours"));
        QVERIFY(imagePage > 1);
        const QImage page = pdfPageImage(pdf, imagePage, 60);
        QVERIFY(!page.isNull());
        const double tileInk = inkShare(page, QRectF(0.1, 0.14, 0.8, 0.14));
        QVERIFY2(tileInk > 0.5, qPrintable(QString::number(tileInk)));
        // ...and the margin stays white (the measure can tell the two apart).
        QVERIFY(inkShare(page, QRectF(0.0, 0.3, 0.04, 0.3)) < 0.01);
    }

    void evaluationReport()
    {
        const ReportData data = loadEvaluationReport(*m_fixture.project, m_fixture.evaluation);
        QCOMPARE(data.curves.size(), size_t(5));
        QVERIFY(data.provenance.untrained());
        const QString pdf = m_tmp.filePath(QStringLiteral("evaluation.pdf"));
        ReportOptions options;
        options.paper = PaperSize::Letter;
        const ReportOutcome outcome = writeReport(data, options, pdf, Progress::none());
        QCOMPARE(pdfPages(pdf), outcome.pages);
        QVERIFY2(pdfPageSize(pdf).contains(QLatin1String("letter")), qPrintable(pdfPageSize(pdf)));

        const QString text = flat(pdfText(pdf));
        for (const double metric : {m_fixture.imageAuroc, m_fixture.pixelAuroc, m_fixture.pixelAp})
            QVERIFY2(text.contains(formatMetric(metric)), qPrintable(formatMetric(metric)));
        for (const QString &needle :
             {QStringLiteral("Image AUROC"), QStringLiteral("Pixel AUPRO (FPR up to 0.3) n/a"),
              QStringLiteral("mIoU at threshold 0.45 0.610"), m_fixture.bankSha256,
              m_fixture.manifestSha256, QStringLiteral("Warning: untrained backbone"),
              QStringLiteral("Seed kmeans 7"), QStringLiteral("Image ROC"),
              QStringLiteral("Pixel PRO"), QStringLiteral("Image scores and thresholds"),
              QStringLiteral("carpet_syn")})
            QVERIFY2(text.contains(needle),
                     qPrintable(needle + QStringLiteral(" in ") + text.left(3000)));
        // The review band of the evaluation's thresholds decides, as inspection would.
        QCOMPARE(data.reviewPassBelow, std::optional(0.5));
        QCOMPARE(data.provenance.pixelThreshold, std::optional(0.45)); // ThresholdSet form
        QCOMPARE(data.passCount, m_fixture.pass);
        QCOMPARE(data.failCount, m_fixture.fail);
        QCOMPARE(data.reviewCount, m_fixture.review);
        QVERIFY(text.contains(QStringLiteral("Verdict summary: %1 pass, %2 fail, %3 review")
                                  .arg(data.passCount)
                                  .arg(data.failCount)
                                  .arg(data.reviewCount)));
        QCOMPARE(int(data.images.size()), m_fixture.fail + m_fixture.review);
        QVERIFY(text.contains(QStringLiteral("labelled defective")));
    }

    void longReportHasContents()
    {
        QTemporaryDir tmp;
        const Fixture big =
            makeFixture(tmp.filePath(QStringLiteral("big")), QStringLiteral("Big"), 30);
        const ReportData data = loadBatchReport(*big.project, big.batch);
        const QString pdf = tmp.filePath(QStringLiteral("big.pdf"));
        const ReportOutcome outcome = writeReport(data, {}, pdf, Progress::none());
        QCOMPARE(pdfPages(pdf), outcome.pages);
        QVERIFY(outcome.pages > 10);
        QCOMPARE(pageWith(pdf, outcome.pages, QStringLiteral("Contents")), 2);
        // The contents lists the image section with the page it really starts on.
        const int imagePage =
            pageWith(pdf, outcome.pages, QStringLiteral("Failed and review images"), 3);
        const QString contents =
            runTool(QStringLiteral("pdftotext"),
                    {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"),
                     QStringLiteral("2"), QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(contents.contains(QRegularExpression(
                     QStringLiteral("Failed and review images\\s+%1\\n").arg(imagePage))),
                 qPrintable(contents));
    }

    void chineseUsesCjkFont()
    {
        QTemporaryDir tmp;
        const Fixture cn =
            makeFixture(tmp.filePath(QStringLiteral("cn")), QStringLiteral("检测线 三号"));
        const ReportData data = loadBatchReport(*cn.project, cn.batch);
        const QString pdf = tmp.filePath(QStringLiteral("cn.pdf"));
        ReportOptions options;
        options.language = QStringLiteral("zh_CN");
        // The report's own words come from the zh_CN catalogue, as in the GUI and the CLI.
        QCOMPARE(translations::install(QCoreApplication::instance(), options.language),
                 options.language);
        writeReport(data, options, pdf, Progress::none());
        translations::install(QCoreApplication::instance(), QStringLiteral("en"));
        QVERIFY2(pdfFonts(pdf).contains(QLatin1String("CJK")), qPrintable(pdfFonts(pdf)));
        const QString text = flat(pdfText(pdf));
        QVERIFY(text.contains(QStringLiteral("检测线 三号")));
        QVERIFY2(text.contains(QStringLiteral("检测报告")), qPrintable(text.left(600)));
        QVERIFY(text.contains(QStringLiteral("判定汇总：%1 通过").arg(cn.pass)));
        // Chinese wraps between any two characters: compare with the line breaks removed.
        // (Qt maps a few glyphs that the CJK font shares with radicals, e.g. 骨, back to the
        // radical's code point; the check uses characters without such twins.)
        const QString joined = pdfText(pdf).remove(QLatin1Char('\n'));
        QVERIFY2(joined.contains(QStringLiteral("警告：")) &&
                     joined.contains(QStringLiteral("未训练")),
                 qPrintable(joined.left(400)));
        // Digits and hashes come from the Latin family, so they extract exactly.
        QVERIFY(text.contains(cn.bankSha256));
    }

    void cancelLeavesNoFile()
    {
        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("canceled.pdf"));
        const ReportData data = loadBatchReport(*m_fixture.project, m_fixture.batch);
        int updates = 0;
        // Cancel once the first page is done.
        Progress progress(
            [&](const ProgressUpdate &u) {
                ++updates;
                return u.done < 1;
            },
            std::chrono::milliseconds(0));
        QVERIFY_THROWS_EXCEPTION(Canceled, writeReport(data, {}, pdf, progress));
        QVERIFY(updates >= 2);
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
    }

    void previewRendersPages()
    {
        const ReportData data = loadBatchReport(*m_fixture.project, m_fixture.batch);
        const QList<QImage> pages = renderReportPages(data, {}, 2, 40);
        QCOMPARE(pages.size(), 2);
        QVERIFY(inkShare(pages[0], QRectF(0.05, 0.05, 0.9, 0.9)) > 0.01);
        QVERIFY(pages[0].width() < pages[0].height());
    }

    void unknownIdsAreErrors()
    {
        QVERIFY_THROWS_EXCEPTION(Error, loadBatchReport(*m_fixture.project, 999));
        QVERIFY_THROWS_EXCEPTION(Error, loadEvaluationReport(*m_fixture.project, 999));
    }
};

QTEST_MAIN(TestReport)
#include "test_report.moc"

#include "report/report_writer.h"

#include "common/error.h"
#include "common/progress.h"
#include "io/atomic_file.h"
#include "report/report_canvas.h"
#include "report/report_document.h"
#include "report/report_fonts.h"
#include "report/report_text.h"

#include <QDateTime>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <cmath>

namespace nexvitad::report {

namespace {

QPageSize pageSize(PaperSize paper)
{
    return QPageSize(paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4);
}

QRectF pageRect(PaperSize paper, double dpi)
{
    const QSizeF points = pageSize(paper).sizePoints();
    return QRectF(0, 0, points.width() * dpi / 72.0, points.height() * dpi / 72.0);
}

class PdfCanvas final : public PageCanvas
{
public:
    PdfCanvas(QIODevice *device, const ReportOptions &options, const QString &title)
        : m_writer(device)
    {
        m_writer.setPageSize(pageSize(options.paper));
        m_writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        m_writer.setResolution(options.resolution);
        m_writer.setTitle(title);
        m_writer.setCreator(QStringLiteral("NexViTAD"));
        if (!m_painter.begin(&m_writer))
            throw Error(ReportText::tr("Cannot start the PDF."));
    }
    QPainter &painter() override { return m_painter; }
    QRectF pageRect() const override { return QRectF(0, 0, m_writer.width(), m_writer.height()); }
    double dpi() const override { return m_writer.resolution(); }
    bool newPage() override { return m_writer.newPage(); }
    bool finish() { return m_painter.end(); }

private:
    QPdfWriter m_writer;
    QPainter m_painter; // declared after the writer: ends before the writer goes
};

class ImageCanvas final : public PageCanvas
{
public:
    ImageCanvas(const QRectF &page, double dpi, int limit)
        : m_page(page), m_dpi(dpi), m_limit(limit)
    {
        start();
    }
    QPainter &painter() override { return m_painter; }
    QRectF pageRect() const override { return m_page; }
    double dpi() const override { return m_dpi; }
    bool newPage() override
    {
        m_painter.end();
        m_pages.append(m_current);
        if (m_pages.size() >= m_limit)
            return false;
        start();
        return true;
    }
    QList<QImage> finish()
    {
        if (m_painter.isActive()) {
            m_painter.end();
            m_pages.append(m_current);
        }
        return m_pages;
    }

private:
    void start()
    {
        m_current = QImage(m_page.size().toSize(), QImage::Format_RGB32);
        const int dotsPerMeter = int(std::lround(m_dpi / 0.0254));
        m_current.setDotsPerMeterX(dotsPerMeter);
        m_current.setDotsPerMeterY(dotsPerMeter);
        m_current.fill(Qt::white);
        m_painter.begin(&m_current);
        m_painter.setRenderHint(QPainter::Antialiasing);
        m_painter.setRenderHint(QPainter::TextAntialiasing);
    }

    QRectF m_page;
    double m_dpi;
    int m_limit;
    QImage m_current;
    QPainter m_painter;
    QList<QImage> m_pages;
};

void requireGuiApplication()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw Error(ReportText::tr("Reports need the graphical application object (fonts); "
                                   "this program did not create one."));
}

DocumentOptions documentOptions(const ReportOptions &options)
{
    return {reportFontFamilies(options.language), options.operatorName,
            QLocale::system().toString(QDateTime::currentDateTime(),
                                       QStringLiteral("yyyy-MM-dd HH:mm"))};
}

// Measures without painting; long reports measure again with their contents page.
DocumentPlan measure(const ReportData &data, const DocumentOptions &doc, const QRectF &page,
                     double dpi)
{
    DocumentPlan plan = runDocument(nullptr, page, dpi, data, doc, {}, false, Progress::none());
    if (plan.pages >= kContentsFromPages)
        plan = runDocument(nullptr, page, dpi, data, doc, {}, true, Progress::none());
    return plan;
}

} // namespace

QString paperSizeName(PaperSize size)
{
    return size == PaperSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

bool parsePaperSize(const QString &name, PaperSize *size)
{
    const QString n = name.toLower();
    if (n != QLatin1String("a4") && n != QLatin1String("letter"))
        return false;
    *size = n == QLatin1String("letter") ? PaperSize::Letter : PaperSize::A4;
    return true;
}

ReportOutcome writeReport(const ReportData &data, const ReportOptions &options, const QString &path,
                          Progress &progress)
{
    requireGuiApplication();
    const DocumentOptions doc = documentOptions(options);
    const QRectF page = pageRect(options.paper, options.resolution);
    progress.setStage(ReportText::tr("Laying out the report"));
    const DocumentPlan plan = measure(data, doc, page, options.resolution);
    progress.setStage(ReportText::tr("Writing the report"));
    progress.reportNow(0, plan.pages);
    ReportOutcome outcome;
    io::writeFileAtomically(path, [&](QIODevice &device) {
        PdfCanvas canvas(&device, options,
                         reportTitle(data.kind) + QStringLiteral(" - ") + data.projectName);
        outcome.pages = runDocument(&canvas, canvas.pageRect(), canvas.dpi(), data, doc, plan,
                                    plan.withContents, progress)
                            .pages;
        return canvas.finish();
    });
    progress.reportNow(plan.pages, plan.pages);
    outcome.bytes = QFileInfo(path).size();
    return outcome;
}

QList<QImage> renderReportPages(const ReportData &data, const ReportOptions &options, int count,
                                double dpi)
{
    requireGuiApplication();
    const DocumentOptions doc = documentOptions(options);
    const QRectF page = pageRect(options.paper, dpi);
    const DocumentPlan plan = measure(data, doc, page, dpi);
    ImageCanvas canvas(page, dpi, std::max(count, 1));
    try {
        runDocument(&canvas, page, dpi, data, doc, plan, plan.withContents, Progress::none());
    } catch (const CanvasFull &) {
        // the preview has its pages
    }
    return canvas.finish();
}

} // namespace nexvitad::report

#pragma once
// Writes a report as PDF (QPdfWriter: vector text and charts, fonts embedded) or renders
// its first pages as images for a preview. The PDF is written atomically: into a
// temporary file in the target folder, renamed over the target at the end; a cancel or
// an error removes the temporary file and leaves any old target as it was.
//
// Pages stream: each image is read while its page is painted and dropped after, and the
// PDF writer sends each finished page to the file, so memory does not grow with the
// number of images (`nexvitad-cli bench report`).
//
// Needs a QGuiApplication (fonts); the CLI creates one for its report commands.

#include "report/report_data.h"

#include <QImage>
#include <QList>
#include <QString>

namespace nexvitad {
class Progress;
}

namespace nexvitad::report {

enum class PaperSize
{
    A4,
    Letter
};

QString paperSizeName(PaperSize size); // "a4", "letter"
bool parsePaperSize(const QString &name, PaperSize *size);

struct ReportOptions
{
    PaperSize paper = PaperSize::A4;
    QString language;     // picks a font that covers it ("zh_CN": CJK); "" = Latin
    QString operatorName; // shown on the cover
    int resolution = 300; // dpi of the PDF's coordinate space (images are not resampled)
};

struct ReportOutcome
{
    int pages = 0;
    qint64 bytes = 0;
};

// Throws nexvitad::Error (cannot write, no QGuiApplication) and nexvitad::Canceled.
ReportOutcome writeReport(const ReportData &data, const ReportOptions &options, const QString &path,
                          Progress &progress);

// The first `count` pages as images at `dpi` (the same painting as the PDF).
QList<QImage> renderReportPages(const ReportData &data, const ReportOptions &options, int count,
                                double dpi);

} // namespace nexvitad::report

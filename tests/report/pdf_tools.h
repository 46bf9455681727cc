#pragma once
// poppler-utils (pdfinfo, pdftotext, pdftoppm, pdffonts) run on a written report, so the
// tests check the PDF a viewer would see, not our own idea of it.

#include <QImage>
#include <QString>

namespace reporttest {

bool havePoppler();
// Output of `tool args...` (stdout); fails the calling test with a message on error.
QString runTool(const QString &tool, const QStringList &args);
int pdfPages(const QString &pdf);
QString pdfPageSize(const QString &pdf); // pdfinfo's "Page size:" line
QString pdfText(const QString &pdf);
QString pdfFonts(const QString &pdf);
// One page rendered at `dpi` (1-based page number).
QImage pdfPageImage(const QString &pdf, int page, int dpi);
// Share of pixels in `rect` (fractions of the page) that are not (near) white.
double inkShare(const QImage &page, const QRectF &rect);

} // namespace reporttest

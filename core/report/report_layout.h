#pragma once
// Top-to-bottom page layout for reports: header and footer with page numbers on every
// page, headings, wrapped paragraphs, key/value lists, tables (header repeated after a
// page break) and reserved rectangles for charts and images.
//
// The same document code runs twice: first without a canvas (measuring only: it counts
// pages and notes where each section starts, for "page N of M" and the table of
// contents), then painting. Both passes measure text with one device of the output's
// resolution, so they break pages at the same places.

#include <QColor>
#include <QFont>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <utility>
#include <vector>

namespace nexvitad::report {

class PageCanvas;

struct LayoutStyle
{
    QStringList fontFamilies;
    QString headerLeft;  // report title and project
    QString headerRight; // subject (line / class)
    QString footerLeft;  // generation date
};

struct SectionStart
{
    QString title;
    int page = 0; // 1-based
};

// Thrown by FlowLayout when the canvas wants no more pages (preview of the first pages).
struct CanvasFull
{
};

class FlowLayout
{
public:
    // `canvas` null: measure only. `totalPages` is shown in the footer (0: unknown yet).
    FlowLayout(PageCanvas *canvas, const QRectF &page, double dpi, LayoutStyle style,
               int totalPages);

    bool painting() const { return m_canvas != nullptr; }
    QPainter *painter() const; // null while measuring
    double pt(double points) const { return points * m_dpi / 72.0; }
    QFont font(double points, bool bold = false) const;
    // Metrics at the output's resolution (valid in both passes).
    double textHeight(const QString &text, const QFont &font, double width) const;

    int page() const { return m_page; }
    const std::vector<SectionStart> &sections() const { return m_sections; }
    QRectF body() const { return m_body; }
    double remaining() const { return m_body.bottom() - m_y; }

    void newPage();
    // Breaks the page unless `height` (device units) still fits.
    void ensure(double height);
    // Reserves `height` at the current position (after ensure) over the body's width.
    QRectF take(double height);
    void space(double points);

    // A numbered top-level section: starts on a new page unless `samePage`.
    void section(const QString &title, bool samePage = false);
    void heading(const QString &title);
    void paragraph(const QString &text, double points = 9, bool bold = false,
                   const QColor &color = Qt::black);
    void warningBox(const QString &text);
    void keyValues(const std::vector<std::pair<QString, QString>> &rows);
    // `widths`: fractions of the body width, one per column.
    void table(const QStringList &headers, const std::vector<QStringList> &rows,
               const QList<double> &widths);

private:
    void startPage();
    void drawText(const QRectF &rect, const QString &text, const QFont &font, int flags,
                  const QColor &color = Qt::black);
    double tableRow(const QStringList &cells, const QList<double> &widths, bool header,
                    bool measureOnly);

    PageCanvas *m_canvas;
    QRectF m_pageRect;
    QRectF m_body;
    double m_dpi;
    LayoutStyle m_style;
    int m_totalPages;
    QImage m_metricsDevice; // 1x1 at the output's dpi, so fonts measure the same always
    int m_page = 0;
    double m_y = 0;
    std::vector<SectionStart> m_sections;
};

} // namespace nexvitad::report

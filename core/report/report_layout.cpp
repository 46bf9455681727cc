#include "report/report_layout.h"

#include "report/report_canvas.h"
#include "report/report_fonts.h"
#include "report/report_text.h"

#include <QFontMetricsF>
#include <QPainter>
#include <cmath>

namespace nexvitad::report {

namespace {
constexpr double kMarginPt = 42; // ~15 mm
constexpr double kHeaderPt = 22; // header band above the body
constexpr double kFooterPt = 22; // footer band below it
constexpr double kLineGapPt = 3; // between paragraphs and rows
} // namespace

FlowLayout::FlowLayout(PageCanvas *canvas, const QRectF &page, double dpi, LayoutStyle style,
                       int totalPages)
    : m_canvas(canvas), m_pageRect(page), m_dpi(dpi), m_style(std::move(style)),
      m_totalPages(totalPages), m_metricsDevice(1, 1, QImage::Format_RGB32)
{
    const int dotsPerMeter = int(std::lround(dpi / 0.0254));
    m_metricsDevice.setDotsPerMeterX(dotsPerMeter);
    m_metricsDevice.setDotsPerMeterY(dotsPerMeter);
    const double margin = pt(kMarginPt);
    m_body = page.adjusted(margin, margin + pt(kHeaderPt), -margin, -margin - pt(kFooterPt));
    startPage();
}

QPainter *FlowLayout::painter() const
{
    return m_canvas ? &m_canvas->painter() : nullptr;
}

QFont FlowLayout::font(double points, bool bold) const
{
    return reportFont(m_style.fontFamilies, points, bold);
}

double FlowLayout::textHeight(const QString &text, const QFont &font, double width) const
{
    const QFontMetricsF metrics(font, &m_metricsDevice);
    return metrics.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text).height();
}

void FlowLayout::drawText(const QRectF &rect, const QString &text, const QFont &font, int flags,
                          const QColor &color)
{
    QPainter *p = painter();
    if (!p)
        return;
    p->setFont(font);
    p->setPen(color);
    p->drawText(rect, flags | Qt::TextWordWrap, text);
}

void FlowLayout::startPage()
{
    ++m_page;
    m_y = m_body.top();
    if (!painting())
        return;
    const double margin = pt(kMarginPt);
    const QRectF header(m_body.left(), margin, m_body.width(), pt(kHeaderPt) - pt(6));
    drawText(header, m_style.headerLeft, font(8), Qt::AlignLeft | Qt::AlignBottom, Qt::darkGray);
    drawText(header, m_style.headerRight, font(8), Qt::AlignRight | Qt::AlignBottom, Qt::darkGray);
    QPainter *p = painter();
    p->setPen(QPen(Qt::gray, pt(0.5)));
    p->drawLine(QPointF(m_body.left(), header.bottom() + pt(2)),
                QPointF(m_body.right(), header.bottom() + pt(2)));
    const QRectF footer(m_body.left(), m_body.bottom() + pt(8), m_body.width(), pt(kFooterPt));
    drawText(footer, m_style.footerLeft, font(8), Qt::AlignLeft | Qt::AlignTop, Qt::darkGray);
    const QString number = m_totalPages > 0
                               ? ReportText::tr("Page %1 of %2").arg(m_page).arg(m_totalPages)
                               : ReportText::tr("Page %1").arg(m_page);
    drawText(footer, number, font(8), Qt::AlignRight | Qt::AlignTop, Qt::darkGray);
}

void FlowLayout::newPage()
{
    if (m_canvas && !m_canvas->newPage())
        throw CanvasFull();
    startPage();
}

void FlowLayout::ensure(double height)
{
    if (height > remaining() && m_y > m_body.top())
        newPage();
}

QRectF FlowLayout::take(double height)
{
    ensure(height);
    const QRectF rect(m_body.left(), m_y, m_body.width(), height);
    m_y += height;
    return rect;
}

void FlowLayout::space(double points)
{
    m_y = std::min(m_y + pt(points), m_body.bottom());
}

void FlowLayout::section(const QString &title, bool samePage)
{
    if (!samePage && m_y > m_body.top())
        newPage();
    const QFont f = font(15, true);
    const double h = textHeight(title, f, m_body.width()) + pt(6);
    ensure(h + pt(40)); // never a heading alone at the bottom of a page
    m_sections.push_back({title, m_page});
    const QRectF rect = take(h);
    drawText(rect, title, f, Qt::AlignLeft | Qt::AlignTop);
    if (QPainter *p = painter()) {
        p->setPen(QPen(QColor(0, 90, 160), pt(1)));
        p->drawLine(QPointF(rect.left(), rect.bottom() - pt(2)),
                    QPointF(rect.right(), rect.bottom() - pt(2)));
    }
    space(6);
}

void FlowLayout::heading(const QString &title)
{
    const QFont f = font(11, true);
    const double h = textHeight(title, f, m_body.width());
    ensure(h + pt(30));
    space(4);
    drawText(take(h), title, f, Qt::AlignLeft | Qt::AlignTop, QColor(0, 60, 120));
    space(kLineGapPt);
}

void FlowLayout::paragraph(const QString &text, double points, bool bold, const QColor &color)
{
    const QFont f = font(points, bold);
    const double h = textHeight(text, f, m_body.width());
    drawText(take(h), text, f, Qt::AlignLeft | Qt::AlignTop, color);
    space(kLineGapPt);
}

void FlowLayout::warningBox(const QString &text)
{
    const QFont f = font(10, true);
    const double pad = pt(6);
    const double h = textHeight(text, f, m_body.width() - 2 * pad) + 2 * pad;
    const QRectF box = take(h);
    if (QPainter *p = painter()) {
        p->setPen(QPen(QColor(180, 0, 0), pt(1.5)));
        p->setBrush(QColor(255, 235, 235));
        p->drawRect(box);
        p->setBrush(Qt::NoBrush);
    }
    drawText(box.adjusted(pad, pad, -pad, -pad), text, f, Qt::AlignLeft | Qt::AlignTop,
             QColor(150, 0, 0));
    space(6);
}

void FlowLayout::keyValues(const std::vector<std::pair<QString, QString>> &rows)
{
    std::vector<QStringList> cells;
    for (const auto &[key, value] : rows)
        cells.push_back({key, value});
    const QList<double> widths = {0.3, 0.7};
    for (const QStringList &row : cells) {
        const double h = tableRow(row, widths, false, true);
        ensure(h);
        tableRow(row, widths, false, false);
    }
    space(kLineGapPt);
}

double FlowLayout::tableRow(const QStringList &cells, const QList<double> &widths, bool header,
                            bool measureOnly)
{
    const QFont f = font(8.5, header);
    const double pad = pt(2);
    double height = 0;
    for (int i = 0; i < cells.size(); ++i)
        height =
            std::max(height, textHeight(cells[i], f, widths.value(i) * m_body.width() - 2 * pad));
    height += 2 * pad;
    if (measureOnly)
        return height;
    const QRectF row = take(height);
    if (QPainter *p = painter()) {
        if (header)
            p->fillRect(row, QColor(225, 232, 240));
        p->setPen(QPen(QColor(200, 200, 200), pt(0.4)));
        p->drawLine(row.bottomLeft(), row.bottomRight());
    }
    double x = row.left();
    for (int i = 0; i < cells.size(); ++i) {
        const double w = widths.value(i) * m_body.width();
        drawText(QRectF(x + pad, row.top() + pad, w - 2 * pad, height - 2 * pad), cells[i], f,
                 Qt::AlignLeft | Qt::AlignTop);
        x += w;
    }
    return height;
}

void FlowLayout::table(const QStringList &headers, const std::vector<QStringList> &rows,
                       const QList<double> &widths)
{
    const double headerHeight = tableRow(headers, widths, true, true);
    ensure(headerHeight + (rows.empty() ? 0 : tableRow(rows.front(), widths, false, true)));
    tableRow(headers, widths, true, false);
    for (const QStringList &row : rows) {
        const double h = tableRow(row, widths, false, true);
        if (h > remaining()) {
            newPage();
            tableRow(headers, widths, true, false);
        }
        tableRow(row, widths, false, false);
    }
    space(6);
}

} // namespace nexvitad::report

#include "report/report_charts.h"

#include "eval/histogram.h"
#include "report/report_fonts.h"
#include "report/report_text.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <limits>

namespace nexvitad::report {

namespace {

QFont chartFont(const ChartStyle &style, double points, bool bold = false)
{
    return reportFont(style.fontFamilies, points, bold);
}

} // namespace

QRectF drawChartFrame(QPainter &p, const QRectF &rect, const ChartStyle &style,
                      const QString &title, const QString &xLabel, const QString &yLabel,
                      double xMin, double xMax, double yMax, double yMin)
{
    const double u = style.unit;
    const QRectF plot = rect.adjusted(34 * u, 18 * u, -8 * u, -28 * u);
    p.setFont(chartFont(style, 9, true));
    p.setPen(Qt::black);
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), 16 * u), Qt::AlignCenter, title);
    p.setPen(QPen(QColor(235, 235, 235), 0.5 * u));
    p.setFont(chartFont(style, 6.5));
    for (int i = 0; i <= 4; ++i) {
        const double fx = plot.left() + plot.width() * i / 4.0;
        const double fy = plot.bottom() - plot.height() * i / 4.0;
        p.setPen(QPen(QColor(230, 230, 230), 0.5 * u));
        p.drawLine(QPointF(fx, plot.top()), QPointF(fx, plot.bottom()));
        p.drawLine(QPointF(plot.left(), fy), QPointF(plot.right(), fy));
        p.setPen(Qt::black);
        p.drawText(QRectF(fx - 20 * u, plot.bottom() + 2 * u, 40 * u, 9 * u), Qt::AlignCenter,
                   formatScore(xMin + (xMax - xMin) * i / 4.0));
        p.drawText(QRectF(plot.left() - 33 * u, fy - 5 * u, 31 * u, 10 * u),
                   Qt::AlignRight | Qt::AlignVCenter,
                   formatScore(yMin + (yMax - yMin) * i / 4.0));
    }
    p.setPen(QPen(Qt::black, 0.8 * u));
    p.setBrush(Qt::NoBrush);
    p.drawRect(plot);
    p.setFont(chartFont(style, 7.5));
    p.drawText(QRectF(plot.left(), plot.bottom() + 12 * u, plot.width(), 12 * u), Qt::AlignCenter,
               xLabel);
    p.save();
    p.translate(rect.left() + 4 * u, plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2, -2 * u, plot.height(), 10 * u), Qt::AlignCenter, yLabel);
    p.restore();
    return plot;
}

void drawCurveChart(QPainter &p, const QRectF &rect, const ChartStyle &style, const QString &title,
                    const QString &xLabel, const QString &yLabel, const CurveData &curve,
                    double xMax, bool diagonal)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF plot = drawChartFrame(p, rect, style, title, xLabel, yLabel, 0, xMax, 1);
    auto map = [&](double x, double y) {
        return QPointF(plot.left() + plot.width() * std::clamp(x / xMax, 0.0, 1.0),
                       plot.bottom() - plot.height() * std::clamp(y, 0.0, 1.0));
    };
    if (diagonal) {
        p.setPen(QPen(Qt::gray, 0.6 * style.unit, Qt::DashLine));
        p.drawLine(map(0, 0), map(xMax, xMax));
    }
    QPainterPath path;
    for (size_t i = 0; i < curve.x.size(); ++i) {
        if (curve.x[i] > xMax * (1 + 1e-9))
            break; // PRO is integrated up to the FPR limit only
        const QPointF point = map(curve.x[i], curve.y[i]);
        i == 0 ? path.moveTo(point) : path.lineTo(point);
    }
    p.setPen(QPen(QColor(0, 90, 160), 1.3 * style.unit));
    p.drawPath(path);
    if (curve.x.empty()) {
        p.setPen(Qt::darkGray);
        p.drawText(plot, Qt::AlignCenter, ReportText::tr("no data"));
    }
    p.restore();
}

void drawScoreHistogram(QPainter &p, const QRectF &rect, const ChartStyle &style,
                        const QString &title, const ReportData &data,
                        const HistogramThresholds &thresholds)
{
    const std::vector<const std::vector<double> *> groups = {&data.goodScores, &data.defectScores,
                                                             &data.unlabelledScores};
    const QColor colors[] = {QColor(40, 160, 70, 170), QColor(210, 40, 40, 170),
                             QColor(40, 90, 200, 170)};
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (const auto *scores : groups)
        for (double s : *scores) {
            low = std::min(low, s);
            high = std::max(high, s);
        }
    for (const auto &t : {thresholds.threshold, thresholds.passBelow, thresholds.failFrom})
        if (t) {
            low = std::min(low, *t);
            high = std::max(high, *t);
        }
    if (!std::isfinite(low)) {
        low = 0;
        high = 1;
    }
    if (high - low < 1e-12)
        high = low + 1;
    constexpr int kBins = 30;
    std::vector<std::vector<int>> counts;
    int peak = 1;
    for (const auto *scores : groups) {
        counts.push_back(eval::histogramCounts(*scores, low, high, kBins));
        peak = std::max(peak, *std::max_element(counts.back().begin(), counts.back().end()));
    }

    p.save();
    const QRectF plot = drawChartFrame(p, rect, style, title, ReportText::tr("image score"),
                                       ReportText::tr("images"), low, high, peak);
    const double binWidth = plot.width() / kBins;
    for (size_t g = 0; g < groups.size(); ++g)
        for (int b = 0; b < kBins; ++b) {
            const double h = plot.height() * counts[g][size_t(b)] / peak;
            p.fillRect(QRectF(plot.left() + b * binWidth, plot.bottom() - h, binWidth, h),
                       colors[g]);
        }
    auto line = [&](const std::optional<double> &t, const QColor &color, Qt::PenStyle dash) {
        if (!t)
            return;
        const double x = plot.left() + plot.width() * (*t - low) / (high - low);
        p.setPen(QPen(color, 1.2 * style.unit, dash));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    };
    line(thresholds.threshold, Qt::black, Qt::SolidLine);
    line(thresholds.passBelow, QColor(200, 120, 0), Qt::DashLine);
    line(thresholds.failFrom, QColor(200, 120, 0), Qt::DashLine);

    // Legend: only the groups present.
    p.setFont(chartFont(style, 6.5));
    double y = plot.top() + 2 * style.unit;
    const QString names[] = {ReportText::tr("good"), ReportText::tr("defect"),
                             ReportText::tr("unlabelled")};
    for (size_t g = 0; g < groups.size(); ++g) {
        if (groups[g]->empty())
            continue;
        const QRectF swatch(plot.right() - 60 * style.unit, y, 6 * style.unit, 6 * style.unit);
        p.fillRect(swatch, colors[g]);
        p.setPen(Qt::black);
        p.drawText(QRectF(swatch.right() + 2 * style.unit, y - 2 * style.unit, 52 * style.unit,
                          10 * style.unit),
                   Qt::AlignLeft | Qt::AlignVCenter, names[g]);
        y += 9 * style.unit;
    }
    p.restore();
}

} // namespace nexvitad::report

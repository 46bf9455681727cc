// The drift trend chart (report_drift.h): vector paths with QPainter, like report_charts.

#include "report/report_drift.h"
#include "report/report_fonts.h"
#include "report/report_text.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <limits>

namespace nexvitad::report {

namespace {

const QColor kScoreColor(120, 120, 120);
const QColor kMedianColor(0, 90, 160);
const QColor kUpperColor(150, 60, 170);
const QColor kBandColor(40, 160, 70, 45);
const QColor kReferenceColor(40, 140, 60);
const QColor kBoundColor(200, 40, 40);
constexpr double kLegendWidth = 125; // points

struct Range
{
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();

    void add(double v)
    {
        if (std::isfinite(v)) {
            low = std::min(low, v);
            high = std::max(high, v);
        }
    }
};

} // namespace

void drawDriftChart(QPainter &p, const QRectF &rect, const ChartStyle &style,
                    const ReportDrift &drift)
{
    const line::DriftTrend &t = drift.trend;
    const line::DriftReference &ref = t.last.reference;
    const bool hasReference = ref.source != line::ReferenceSource::Calibrating;
    // The bounds as the last judgement had them (the full window, once the batch filled it).
    const line::DriftTolerance bound = line::driftTolerance(
        ref, drift.options, t.last.windowCount > 0 ? t.last.windowCount : drift.options.window);
    // The y range holds every score and rolling value, the reference band and the upward
    // bounds (scores rise when good parts look less like the bank); lower bounds only
    // show when they fall inside.
    Range y;
    for (const line::DriftTrendPoint &point : t.points) {
        y.add(point.score);
        y.add(point.rollingMedian.value_or(NAN));
        y.add(point.rollingUpper.value_or(NAN));
    }
    if (hasReference)
        for (double v : {ref.median, ref.upper, ref.median + bound.median, ref.upper + bound.upper})
            y.add(v);
    if (!std::isfinite(y.low)) {
        y.low = 0;
        y.high = 1;
    }
    const double margin = std::max(1e-9, (y.high - y.low) * 0.05);
    y.low -= margin;
    y.high += margin;
    const int n = std::max(1, int(t.points.size()));

    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const double u = style.unit;
    const QRectF plot = drawChartFrame(p, rect.adjusted(0, 0, -kLegendWidth * u, 0), style,
                                       ReportText::tr("Drift trend of the good images"),
                                       ReportText::tr("good image in this batch"),
                                       ReportText::tr("image score"), 1, n, y.high, y.low);
    auto px = [&](double i) { // point index (0-based) to x
        return n <= 1 ? plot.center().x() : plot.left() + plot.width() * i / (n - 1);
    };
    auto py = [&](double v) {
        return plot.bottom() - plot.height() * (v - y.low) / (y.high - y.low);
    };
    p.setClipRect(plot);

    if (hasReference) {
        // The reference starts where it is known: at a self-calibration inside the batch.
        const double x0 = t.calibratedAt >= 0 ? px(t.calibratedAt) : plot.left();
        p.fillRect(QRectF(QPointF(x0, py(ref.upper)), QPointF(plot.right(), py(ref.median))),
                   kBandColor);
        auto hline = [&](double v, const QColor &color, Qt::PenStyle dash) {
            p.setPen(QPen(color, 0.9 * u, dash));
            p.drawLine(QPointF(x0, py(v)), QPointF(plot.right(), py(v)));
        };
        hline(ref.median, kReferenceColor, Qt::DashLine);
        hline(ref.upper, kReferenceColor, Qt::DashLine);
        // Each statistic's bounds in its own colour, dotted.
        for (double v : {ref.median + bound.median, ref.median - bound.median})
            hline(v, kMedianColor, Qt::DotLine);
        for (double v : {ref.upper + bound.upper, ref.upper - bound.upper})
            hline(v, kUpperColor, Qt::DotLine);
    }
    // Warnings: a red line where one began, a green dashed one where it cleared.
    for (int i : t.warningStarts()) {
        p.setPen(QPen(kBoundColor, 1.4 * u));
        p.drawLine(QPointF(px(i), plot.top()), QPointF(px(i), plot.bottom()));
    }
    for (int i : t.warningEnds()) {
        p.setPen(QPen(kReferenceColor, 1.2 * u, Qt::DashLine));
        p.drawLine(QPointF(px(i), plot.top()), QPointF(px(i), plot.bottom()));
    }

    p.setPen(Qt::NoPen);
    p.setBrush(kScoreColor);
    const double dot = std::clamp(plot.width() / n * 0.35, 0.6 * u, 1.6 * u);
    for (size_t i = 0; i < t.points.size(); ++i)
        p.drawEllipse(QPointF(px(double(i)), py(t.points[i].score)), dot, dot);
    p.setBrush(Qt::NoBrush);
    auto rolling = [&](auto value, const QColor &color) {
        QPainterPath path;
        bool open = false;
        for (size_t i = 0; i < t.points.size(); ++i) {
            const std::optional<double> v = value(t.points[i]);
            if (!v) {
                open = false;
                continue;
            }
            const QPointF point(px(double(i)), py(*v));
            open ? path.lineTo(point) : path.moveTo(point);
            open = true;
        }
        p.setPen(QPen(color, 1.5 * u));
        p.drawPath(path);
    };
    rolling([](const line::DriftTrendPoint &q) { return q.rollingMedian; }, kMedianColor);
    rolling([](const line::DriftTrendPoint &q) { return q.rollingUpper; }, kUpperColor);
    p.setClipping(false);

    // Legend in its own column right of the plot, so it never hides a point.
    const QString quantile =
        ReportText::tr("%1 % quantile").arg(drift.options.quantile * 100, 0, 'g', 3);
    struct Entry
    {
        QString name;
        QColor color;
        Qt::PenStyle line; // NoPen: a filled swatch
    };
    std::vector<Entry> entries = {
        {ReportText::tr("score"), kScoreColor, Qt::NoPen},
        {ReportText::tr("rolling median"), kMedianColor, Qt::SolidLine},
        {ReportText::tr("rolling %1").arg(quantile), kUpperColor, Qt::SolidLine},
        {ReportText::tr("reference band"), kBandColor, Qt::NoPen},
        {ReportText::tr("bounds of the median"), kMedianColor, Qt::DotLine},
        {ReportText::tr("bounds of the %1").arg(quantile), kUpperColor, Qt::DotLine}};
    if (!t.warningStarts().empty())
        entries.push_back({ReportText::tr("drift warning began"), kBoundColor, Qt::SolidLine});
    if (!t.warningEnds().empty())
        entries.push_back({ReportText::tr("drift warning cleared"), kReferenceColor, Qt::DashLine});
    p.setFont(reportFont(style.fontFamilies, 6.5));
    const double lx = plot.right() + 6 * u;
    double ly = plot.top();
    for (const Entry &e : entries) {
        const QRectF swatch(lx, ly + 1.5 * u, 10 * u, 4 * u);
        if (e.line == Qt::NoPen) {
            p.fillRect(swatch, e.color);
        } else {
            p.setPen(QPen(e.color, 1.3 * u, e.line));
            p.drawLine(QPointF(swatch.left(), swatch.center().y()),
                       QPointF(swatch.right(), swatch.center().y()));
        }
        p.setPen(Qt::black);
        p.drawText(QRectF(lx + 13 * u, ly - 2 * u, rect.right() - lx - 13 * u, 11 * u),
                   Qt::AlignLeft | Qt::AlignVCenter, e.name);
        ly += 10 * u;
    }
    if (t.points.empty()) {
        p.setPen(Qt::darkGray);
        p.drawText(plot, Qt::AlignCenter, ReportText::tr("no image passed in this batch"));
    }
    p.restore();
}

} // namespace nexvitad::report

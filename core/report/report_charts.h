#pragma once
// Charts painted with QPainter only (vector paths in the PDF, no plotting library in
// core): metric curves (ROC, PR, PRO) and the image score histogram with the decision
// thresholds.

#include "report/report_data.h"

#include <QRectF>
#include <QString>
#include <QStringList>
#include <optional>

class QPainter;

namespace nexvitad::report {

struct ChartStyle
{
    QStringList fontFamilies;
    double unit = 1; // device units per point
};

// Title, axes, grid, ticks at 0, 1/4, ... of each range and axis labels; returns the plot
// area inside `rect` (room left for the title, tick labels and axis labels).
QRectF drawChartFrame(QPainter &painter, const QRectF &rect, const ChartStyle &style,
                      const QString &title, const QString &xLabel, const QString &yLabel,
                      double xMin, double xMax, double yMax, double yMin = 0);

// One curve in a unit square scaled to [0, xMax] x [0, 1]; `diagonal` adds the chance
// line (ROC).
void drawCurveChart(QPainter &painter, const QRectF &rect, const ChartStyle &style,
                    const QString &title, const QString &xLabel, const QString &yLabel,
                    const CurveData &curve, double xMax, bool diagonal);

struct HistogramThresholds
{
    std::optional<double> threshold;           // image threshold: fail from here
    std::optional<double> passBelow, failFrom; // review band
};

// Good (green), defect (red) and unlabelled (blue) scores in 30 bins, with the thresholds
// as vertical lines.
void drawScoreHistogram(QPainter &painter, const QRectF &rect, const ChartStyle &style,
                        const QString &title, const ReportData &data,
                        const HistogramThresholds &thresholds);

} // namespace nexvitad::report

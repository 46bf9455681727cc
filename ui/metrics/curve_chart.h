#pragma once
// One metric curve chart (ROC, PR, PRO vs FPR) with several labelled series: the compared
// evaluations (runs or ablation settings) overlaid, named in the legend.

#include "metrics_chart.h"

#include <vector>

namespace nexvitad::ui {

class CurveChart : public MetricsChart
{
    Q_OBJECT
public:
    CurveChart(const QString &title, const QString &xLabel, const QString &yLabel,
               QWidget *parent = nullptr);

    void clear();
    void addSeries(const QString &name, const std::vector<double> &x, const std::vector<double> &y);
    // The dashed chance line (ROC); it is not counted as a series.
    void setChanceDiagonal(bool on);
    void setXRange(double lower, double upper);
    int seriesCount() const;
    QString seriesName(int index) const;
};

} // namespace nexvitad::ui

#pragma once
// The Line tab's score sparkline: the last images' scores in arrival order, one dot per
// image in its verdict's colour, with the bank's thresholds (review band shaded) and, once
// the drift monitor has one, the good images' reference median and upper quantile.

#include "infer/thresholds.h"

#include <QWidget>

#include <deque>
#include <optional>

class QCustomPlot;
class QCPGraph;
class QCPItemRect;
class QCPItemStraightLine;

namespace nexvitad::ui {

class ScoreSparkline : public QWidget
{
    Q_OBJECT
public:
    explicit ScoreSparkline(int points = 120, QWidget *parent = nullptr);

    void clear();
    void setThresholds(const nexvitad::infer::ThresholdSet &thresholds);
    // The good images' reference (dashed lines); nullopt hides them.
    void setReference(std::optional<double> median, std::optional<double> upper);
    // verdict: "pass" | "review" | "fail" | "none".
    void add(double score, const QString &verdict);

    int pointCount() const { return int(m_points.size()); }
    QCustomPlot *plot() const { return m_plot; }

private:
    void redraw();

    struct Point
    {
        qint64 index;
        double score;
        QString verdict;
    };
    int m_capacity;
    qint64 m_next = 0;
    std::deque<Point> m_points;
    QCustomPlot *m_plot;
    QCPItemRect *m_band;
    QCPItemStraightLine *m_threshold;
    QCPItemStraightLine *m_referenceMedian;
    QCPItemStraightLine *m_referenceUpper;
    nexvitad::infer::ThresholdSet m_thresholds;
};

} // namespace nexvitad::ui

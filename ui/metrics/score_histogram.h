#pragma once
// Histogram of image scores, good vs defective, with the decision threshold as a line the
// user can drag (press within a few pixels of it, move, release) and the review band
// (T1..T2) shaded.

#include "metrics_chart.h"

#include <optional>
#include <vector>

class QCPItemStraightLine;
class QCPItemRect;

namespace nexvitad::ui {

class ScoreHistogram : public MetricsChart
{
    Q_OBJECT
public:
    explicit ScoreHistogram(QWidget *parent = nullptr);

    // Scores of good and defective images (labels known) or of unlabelled ones (all good).
    void setScores(const std::vector<double> &good, const std::vector<double> &defective,
                   int bins = 30);
    void setThreshold(double threshold);
    double threshold() const { return m_threshold; }
    // The review band; std::nullopt hides it.
    void setReviewBand(std::optional<std::pair<double, double>> band);

signals:
    // Emitted while dragging (already moved) and on setThreshold.
    void thresholdChanged(double threshold);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void placeThreshold(double threshold);

    QCPItemStraightLine *m_line = nullptr;
    QCPItemRect *m_band = nullptr;
    double m_threshold = 0.0;
    bool m_dragging = false;
};

} // namespace nexvitad::ui

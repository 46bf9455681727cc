#include "score_histogram.h"

#include "eval/histogram.h"

#include <QMouseEvent>

#include <qcustomplot.h>

#include <algorithm>

namespace nexvitad::ui {

ScoreHistogram::ScoreHistogram(QWidget *parent)
    : MetricsChart(tr("Image scores: good vs defective"), tr("Image score"), tr("Images"),
                   QSize(640, 400), parent)
{
    setObjectName(QStringLiteral("scoreHistogram"));
    m_band = new QCPItemRect(m_plot);
    m_band->setPen(Qt::NoPen);
    m_band->setBrush(QColor(255, 200, 0, 60));
    m_band->setVisible(false);
    m_line = new QCPItemStraightLine(m_plot);
    m_line->setPen(QPen(QColor(200, 0, 0), 2));
    m_plot->installEventFilter(this);
    setMinimumSize(280, 200);
    placeThreshold(0.0);
}

void ScoreHistogram::setScores(const std::vector<double> &good,
                               const std::vector<double> &defective, int bins)
{
    m_plot->clearPlottables();
    double lo = 0.0, hi = 1.0;
    bool any = false;
    for (const auto *set : {&good, &defective}) {
        for (double v : *set) {
            lo = any ? std::min(lo, v) : v;
            hi = any ? std::max(hi, v) : v;
            any = true;
        }
    }
    if (!any || hi <= lo)
        hi = lo + 1.0;
    const double width = (hi - lo) / bins;
    double tallest = 1.0;
    auto addBars = [&](const std::vector<double> &values, const QString &name, QColor colour) {
        if (values.empty())
            return;
        QVector<double> keys(bins), counts;
        for (int b = 0; b < bins; ++b)
            keys[b] = lo + (b + 0.5) * width;
        for (int count : nexvitad::eval::histogramCounts(values, lo, hi, bins))
            counts << double(count);
        auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        bars->setData(keys, counts);
        bars->setWidth(width);
        bars->setName(name);
        colour.setAlpha(150);
        bars->setBrush(colour);
        bars->setPen(Qt::NoPen);
        tallest = std::max(tallest, *std::max_element(counts.begin(), counts.end()));
    };
    addBars(good, tr("good"), QColor(0, 158, 115));
    addBars(defective, tr("defective"), QColor(213, 94, 0));
    m_plot->xAxis->setRange(lo - width, hi + width);
    m_plot->yAxis->setRange(0, tallest * 1.1);
    placeThreshold(m_threshold);
}

void ScoreHistogram::setThreshold(double threshold)
{
    // A threshold outside the scores (e.g. calibrated on other images) stays visible.
    if (!m_plot->xAxis->range().contains(threshold))
        m_plot->xAxis->setRange(m_plot->xAxis->range().expanded(threshold));
    placeThreshold(threshold);
    emit thresholdChanged(threshold);
}

void ScoreHistogram::placeThreshold(double threshold)
{
    m_threshold = threshold;
    m_line->point1->setCoords(threshold, 0);
    m_line->point2->setCoords(threshold, 1);
    m_plot->replot();
}

void ScoreHistogram::setReviewBand(std::optional<std::pair<double, double>> band)
{
    m_band->setVisible(band.has_value());
    if (band) {
        m_band->topLeft->setCoords(band->first, 1e9);
        m_band->bottomRight->setCoords(band->second, 0);
    }
    m_plot->replot();
}

bool ScoreHistogram::eventFilter(QObject *watched, QEvent *event)
{
    // Dragging near the threshold line moves it; elsewhere the plot behaves normally.
    if (watched != m_plot)
        return false;
    auto *mouse = dynamic_cast<QMouseEvent *>(event);
    if (!mouse)
        return false;
    const double x = m_plot->xAxis->pixelToCoord(mouse->position().x());
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        if (mouse->button() == Qt::LeftButton
            && std::abs(mouse->position().x() - m_plot->xAxis->coordToPixel(m_threshold)) < 6) {
            m_dragging = true;
            return true;
        }
        break;
    case QEvent::MouseMove:
        if (m_dragging) {
            setThreshold(x);
            return true;
        }
        break;
    case QEvent::MouseButtonRelease:
        if (m_dragging) {
            m_dragging = false;
            return true;
        }
        break;
    default:
        break;
    }
    return false;
}

} // namespace nexvitad::ui

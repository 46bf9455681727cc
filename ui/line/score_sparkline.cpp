#include "score_sparkline.h"

#include "widgets/verdict_style.h"

#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>

namespace nexvitad::ui {

namespace {
const QStringList kVerdicts = {QStringLiteral("pass"), QStringLiteral("review"),
                               QStringLiteral("fail"), QStringLiteral("none")};

QCPItemStraightLine *horizontalLine(QCustomPlot *plot, const QPen &pen)
{
    auto *line = new QCPItemStraightLine(plot);
    line->setPen(pen);
    line->setVisible(false);
    return line;
}

void placeAt(QCPItemStraightLine *line, std::optional<double> y)
{
    line->setVisible(y.has_value());
    if (y) {
        line->point1->setCoords(0, *y);
        line->point2->setCoords(1, *y);
    }
}
} // namespace

ScoreSparkline::ScoreSparkline(int points, QWidget *parent)
    : QWidget(parent), m_capacity(std::max(2, points)), m_plot(new QCustomPlot(this))
{
    setObjectName(QStringLiteral("scoreSparkline"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->xAxis->setTickLabels(false);
    m_plot->yAxis->setLabel(tr("Score"));
    m_plot->setMinimumHeight(120);
    for (const QString &verdict : kVerdicts) {
        QCPGraph *graph = m_plot->addGraph();
        graph->setLineStyle(QCPGraph::lsNone);
        const QColor colour = verdict == QLatin1String("none")
                                  ? QColor(Qt::gray)
                                  : verdictBadgeColors(verdict).second;
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, 5));
    }
    m_band = new QCPItemRect(m_plot);
    m_band->setPen(Qt::NoPen);
    m_band->setBrush(QColor(255, 200, 0, 50));
    m_band->setVisible(false);
    m_threshold = horizontalLine(m_plot, QPen(QColor(200, 0, 0), 1.5));
    m_referenceMedian = horizontalLine(m_plot, QPen(QColor(0, 114, 178), 1, Qt::DashLine));
    m_referenceUpper = horizontalLine(m_plot, QPen(QColor(0, 114, 178), 1, Qt::DotLine));
}

void ScoreSparkline::clear()
{
    m_points.clear();
    m_next = 0;
    redraw();
}

void ScoreSparkline::setThresholds(const nexvitad::infer::ThresholdSet &thresholds)
{
    m_thresholds = thresholds;
    redraw();
}

void ScoreSparkline::setReference(std::optional<double> median, std::optional<double> upper)
{
    placeAt(m_referenceMedian, median);
    placeAt(m_referenceUpper, upper);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ScoreSparkline::add(double score, const QString &verdict)
{
    m_points.push_back(Point{m_next++, score, verdict});
    while (int(m_points.size()) > m_capacity)
        m_points.pop_front();
    redraw();
}

void ScoreSparkline::redraw()
{
    double lo = 0, hi = 1;
    bool any = false;
    for (int g = 0; g < kVerdicts.size(); ++g) {
        QVector<double> x, y;
        for (const Point &p : m_points) {
            const QString key = kVerdicts.contains(p.verdict) ? p.verdict : QStringLiteral("none");
            if (key != kVerdicts[g])
                continue;
            x << double(p.index);
            y << p.score;
            lo = any ? std::min(lo, p.score) : p.score;
            hi = any ? std::max(hi, p.score) : p.score;
            any = true;
        }
        m_plot->graph(g)->setData(x, y, true);
    }
    // The thresholds stay in view even before a score comes near them.
    std::optional<double> single;
    if (m_thresholds.imageReview) {
        const double t1 = m_thresholds.imageReview->passBelow;
        const double t2 = m_thresholds.imageReview->failFrom;
        m_band->topLeft->setCoords(-1e12, t2);
        m_band->bottomRight->setCoords(1e12, t1);
        m_band->setVisible(true);
        lo = any ? std::min(lo, t1) : t1;
        hi = any ? std::max(hi, t2) : t2;
        any = true;
    } else {
        m_band->setVisible(false);
        if (m_thresholds.image) {
            single = m_thresholds.image->value;
            lo = any ? std::min(lo, *single) : *single;
            hi = any ? std::max(hi, *single) : *single;
            any = true;
        }
    }
    placeAt(m_threshold, single);
    const double margin = std::max(1e-6, (hi - lo) * 0.1);
    m_plot->yAxis->setRange(lo - margin, hi + margin);
    const double first = m_points.empty() ? 0.0 : double(m_points.front().index);
    m_plot->xAxis->setRange(first - 1, first + m_capacity);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace nexvitad::ui

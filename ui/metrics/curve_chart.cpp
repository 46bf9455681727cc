#include "curve_chart.h"

#include <qcustomplot.h>

namespace nexvitad::ui {

namespace {
// Distinguishable colours for up to eight series (Okabe-Ito palette).
const QColor kPalette[] = {QColor(0, 114, 178),  QColor(213, 94, 0),  QColor(0, 158, 115),
                           QColor(204, 121, 167), QColor(230, 159, 0), QColor(86, 180, 233),
                           QColor(240, 228, 66),  QColor(0, 0, 0)};
} // namespace

CurveChart::CurveChart(const QString &title, const QString &xLabel, const QString &yLabel,
                       QWidget *parent)
    : MetricsChart(title, xLabel, yLabel, QSize(640, 480), parent)
{
    m_plot->xAxis->setRange(0, 1);
    m_plot->yAxis->setRange(0, 1.02);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    setMinimumSize(280, 220);
}

void CurveChart::clear()
{
    // Series are QCPCurves; the chance line is the only graph.
    for (int i = m_plot->plottableCount() - 1; i >= 0; --i)
        if (qobject_cast<QCPCurve *>(m_plot->plottable(i)))
            m_plot->removePlottable(i);
    m_plot->replot();
}

void CurveChart::setChanceDiagonal(bool on)
{
    m_plot->clearGraphs();
    if (on) {
        QCPGraph *chance = m_plot->addGraph();
        chance->setData({0.0, 1.0}, {0.0, 1.0});
        chance->setPen(QPen(Qt::gray, 1, Qt::DashLine));
        chance->setName(tr("chance"));
    }
    m_plot->replot();
}

void CurveChart::addSeries(const QString &name, const std::vector<double> &x,
                           const std::vector<double> &y)
{
    const int index = seriesCount();
    QCPCurve *curve = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
    QVector<double> keys(x.begin(), x.end());
    QVector<double> values(y.begin(), y.end());
    curve->setData(keys, values); // QCPCurve keeps point order (PR curves are not functions)
    curve->setPen(QPen(kPalette[index % 8], 2));
    curve->setName(name);
    m_plot->replot();
}

void CurveChart::setXRange(double lower, double upper)
{
    m_plot->xAxis->setRange(lower, upper);
    m_plot->replot();
}

int CurveChart::seriesCount() const
{
    return m_plot->plottableCount() - m_plot->graphCount();
}

QString CurveChart::seriesName(int index) const
{
    int seen = 0;
    for (int i = 0; i < m_plot->plottableCount(); ++i)
        if (auto *curve = qobject_cast<QCPCurve *>(m_plot->plottable(i)); curve && seen++ == index)
            return curve->name();
    return {};
}

} // namespace nexvitad::ui

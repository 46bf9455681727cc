#include "curve_chart.h"

#include <QFileInfo>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace {
// Distinguishable colours for up to eight series (Okabe-Ito palette).
const QColor kPalette[] = {QColor(0, 114, 178),  QColor(213, 94, 0),  QColor(0, 158, 115),
                           QColor(204, 121, 167), QColor(230, 159, 0), QColor(86, 180, 233),
                           QColor(240, 228, 66),  QColor(0, 0, 0)};
} // namespace

CurveChart::CurveChart(const QString &title, const QString &xLabel, const QString &yLabel,
                       QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, new QCPTextElement(m_plot, title,
                                                              QFont(font().family(), 10,
                                                                    QFont::Bold)));
    m_plot->xAxis->setLabel(xLabel);
    m_plot->yAxis->setLabel(yLabel);
    m_plot->xAxis->setRange(0, 1);
    m_plot->yAxis->setRange(0, 1.02);
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setMinimumSize(280, 220);
}

void CurveChart::clear()
{
    m_plot->clearGraphs();
    setChanceDiagonal(m_diagonal);
    m_plot->replot();
}

void CurveChart::setChanceDiagonal(bool on)
{
    m_diagonal = on;
    if (!on)
        return;
    QCPGraph *chance = m_plot->addGraph();
    chance->setData({0.0, 1.0}, {0.0, 1.0});
    chance->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    chance->setName(tr("chance"));
}

void CurveChart::addSeries(const QString &name, const std::vector<double> &x,
                           const std::vector<double> &y)
{
    QCPCurve *curve = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
    QVector<double> keys(x.begin(), x.end());
    QVector<double> values(y.begin(), y.end());
    curve->setData(keys, values); // QCPCurve keeps point order (PR curves are not functions)
    const int index = seriesCount() - 1;
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
    return m_plot->plottableCount() - (m_diagonal ? 1 : 0);
}

bool CurveChart::exportTo(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return m_plot->savePdf(path, 640, 480);
    return m_plot->savePng(path, 1280, 960);
}

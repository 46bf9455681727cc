#include "metrics_chart.h"

#include "chart_export.h"

#include <QVBoxLayout>
#include <qcustomplot.h>

namespace nexvitad::ui {

MetricsChart::MetricsChart(const QString &title, const QString &xLabel, const QString &yLabel,
                           QSize exportSize, QWidget *parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_title(title), m_exportSize(exportSize)
{
    // The title is part of the plot, so every exported file carries it.
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(
        0, 0, new QCPTextElement(m_plot, title, QFont(font().family(), 10, QFont::Bold)));
    m_plot->xAxis->setLabel(xLabel);
    m_plot->yAxis->setLabel(yLabel);
    m_plot->legend->setVisible(true);
    chartexport::addContextMenu(m_plot, title, exportSize);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
}

QString MetricsChart::exportTo(const QString &path) const
{
    return chartexport::write(m_plot, path, m_exportSize);
}

void MetricsChart::exportWithDialog(const QString &suffix)
{
    chartexport::exportWithDialog(this, m_plot, m_title, suffix, m_exportSize);
}

} // namespace nexvitad::ui

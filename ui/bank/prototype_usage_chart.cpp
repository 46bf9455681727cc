#include "prototype_usage_chart.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>

namespace nexvitad::ui {

PrototypeUsageChart::PrototypeUsageChart(QWidget *parent)
    : QWidget(parent)
    , m_layer(new QComboBox(this))
    , m_plot(new QCustomPlot(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("prototypeUsageChart"));
    m_layer->setObjectName(QStringLiteral("usageLayerCombo"));
    m_plot->setObjectName(QStringLiteral("usagePlot"));
    m_plot->xAxis->setLabel(tr("Prototype"));
    m_plot->yAxis->setLabel(tr("Patches"));
    m_plot->setToolTip(tr("Bank patches whose nearest prototype is each prototype. Sinkhorn "
                          "K-means gives every prototype the same share of mass, so the bars "
                          "are roughly even; an empty or dominant prototype suggests another "
                          "K or other images."));
    m_note->setObjectName(QStringLiteral("usageNote"));
    m_note->setWordWrap(true);
    m_note->setText(tr("Build or open a memory bank to see how its prototypes are used."));
    auto *row = new QFormLayout;
    row->addRow(tr("La&yer:"), m_layer);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_note);
    layout->addWidget(m_plot, 1);
    setMinimumSize(280, 200);
    m_plot->setVisible(false);
    connect(m_layer, &QComboBox::currentIndexChanged, this, &PrototypeUsageChart::showLayer);
}

void PrototypeUsageChart::clear()
{
    setUsage({}, {});
    m_note->setText(tr("Build or open a memory bank to see how its prototypes are used."));
}

void PrototypeUsageChart::setUsage(const std::vector<std::vector<qint64>> &usage,
                                   const std::vector<int> &stages)
{
    m_usage = usage;
    const QSignalBlocker block(m_layer);
    m_layer->clear();
    for (size_t i = 0; i < usage.size(); ++i)
        m_layer->addItem(tr("Layer %1").arg(i < stages.size() ? stages[i] : int(i) + 1));
    showLayer(usage.empty() ? -1 : 0);
}

int PrototypeUsageChart::currentLayer() const
{
    return m_layer->currentIndex();
}

void PrototypeUsageChart::setCurrentLayer(int index)
{
    m_layer->setCurrentIndex(index);
}

std::vector<double> PrototypeUsageChart::barValues() const
{
    std::vector<double> values;
    if (m_plot->plottableCount() == 0)
        return values;
    const auto *bars = qobject_cast<QCPBars *>(m_plot->plottable(0));
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
        values.push_back(it->value);
    return values;
}

void PrototypeUsageChart::showLayer(int index)
{
    m_plot->clearPlottables();
    const bool valid = index >= 0 && size_t(index) < m_usage.size();
    const bool allPatches = valid && m_usage[size_t(index)].empty();
    m_layer->setEnabled(!m_usage.empty());
    if (!valid || allPatches) {
        if (allPatches)
            m_note->setText(tr("This bank keeps all patches (exact nearest neighbour): every "
                               "patch is its own prototype, so there is no usage to show."));
        m_note->setVisible(true);
        m_plot->setVisible(false);
        m_plot->replot();
        return;
    }
    const std::vector<qint64> &counts = m_usage[size_t(index)];
    QVector<double> keys, values;
    double tallest = 1.0;
    for (size_t k = 0; k < counts.size(); ++k) {
        keys << double(k + 1);
        values << double(counts[k]);
        tallest = std::max(tallest, double(counts[k]));
    }
    auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    bars->setData(keys, values, true);
    bars->setWidth(0.8);
    bars->setBrush(QColor(60, 120, 200, 160));
    m_plot->xAxis->setRange(0.0, double(counts.size()) + 1.0);
    m_plot->yAxis->setRange(0.0, tallest * 1.1);
    m_note->setVisible(false);
    m_plot->setVisible(true);
    m_plot->replot();
}

} // namespace nexvitad::ui

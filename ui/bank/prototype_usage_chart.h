#pragma once
// Prototype usage as a bar chart: for the layer chosen in the combo, how many of the bank's
// patches have each prototype as their nearest one (infer::prototypeUsage). An all_patches
// bank has no prototypes to count: a note replaces the chart.

#include <QWidget>

#include <vector>

class QComboBox;
class QCustomPlot;
class QLabel;

namespace nexvitad::ui {

class PrototypeUsageChart : public QWidget
{
    Q_OBJECT
public:
    explicit PrototypeUsageChart(QWidget *parent = nullptr);

    // `usage`: one vector per layer (empty vectors: all_patches); `stages`: the layers'
    // encoder layer numbers.
    void setUsage(const std::vector<std::vector<qint64>> &usage, const std::vector<int> &stages);
    void clear();
    int currentLayer() const; // index into the usage, -1 when none
    void setCurrentLayer(int index);
    // What the chart shows now: one value per bar.
    std::vector<double> barValues() const;

private:
    void showLayer(int index);

    QComboBox *m_layer = nullptr;
    QCustomPlot *m_plot = nullptr;
    QLabel *m_note = nullptr;
    std::vector<std::vector<qint64>> m_usage;
};

} // namespace nexvitad::ui

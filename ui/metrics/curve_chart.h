#pragma once
// One metric curve chart (ROC, PR, PRO vs FPR) on QCustomPlot, with several labelled
// series (e.g. runs or ablation settings side by side) and PNG/PDF export.

#include <QWidget>

#include <vector>

class QCustomPlot;

class CurveChart : public QWidget
{
    Q_OBJECT
public:
    CurveChart(const QString &title, const QString &xLabel, const QString &yLabel,
               QWidget *parent = nullptr);

    void clear();
    // Adds a series; `diagonal` draws the chance line (ROC).
    void addSeries(const QString &name, const std::vector<double> &x, const std::vector<double> &y);
    void setChanceDiagonal(bool on);
    void setXRange(double lower, double upper);
    int seriesCount() const;

    // Exports by suffix (.png or .pdf); returns false on failure.
    bool exportTo(const QString &path);
    QCustomPlot *plot() const { return m_plot; }

private:
    QCustomPlot *m_plot = nullptr;
    bool m_diagonal = false;
};

#pragma once
// What every chart of the metrics dashboard shares: a QCustomPlot with a title, a legend,
// and export as PNG or PDF (right-click menu, or exportTo() for the dashboard's buttons),
// all through chart_export.h.

#include <QSize>
#include <QWidget>

class QCustomPlot;

namespace nexvitad::ui {

class MetricsChart : public QWidget
{
    Q_OBJECT
public:
    MetricsChart(const QString &title, const QString &xLabel, const QString &yLabel,
                 QSize exportSize, QWidget *parent = nullptr);

    QString title() const { return m_title; }
    QCustomPlot *plot() const { return m_plot; }

    // PNG or PDF by the path's suffix, atomically. Returns an empty string on success, else
    // the message that names the file.
    QString exportTo(const QString &path) const;
    // The same after asking for the file (default name from the title).
    void exportWithDialog(const QString &suffix);

protected:
    QCustomPlot *m_plot = nullptr;

private:
    QString m_title;
    QSize m_exportSize;
};

} // namespace nexvitad::ui

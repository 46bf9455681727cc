#pragma once
// Evaluations side by side: their metrics in adjacent columns (the best value of each row
// highlighted) and their pixel ROC, PR and PRO-vs-FPR curves and image ROC overlaid, one
// series per evaluation named in the legend by its run / bank / settings.

#include <QJsonObject>
#include <QList>
#include <QWidget>
#include <vector>

class QTableWidget;

namespace nexvitad::ui {

class CurveChart;
class MetricsChart;

class ComparisonView : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonView(QWidget *parent = nullptr);

    void clear();
    // `metrics` and `curves` as an evaluation stores them (store::EvaluationRecord). The
    // table's column is headed by `label`; the charts' legends name the curves by the
    // short `key` (e.g. "#3"), because a full label is wider than a chart beside others.
    void addEvaluation(const QString &label, const QString &key, const QJsonObject &metrics,
                       const QJsonObject &curves);
    int evaluationCount() const { return int(m_metrics.size()); }
    QList<MetricsChart *> charts() const;

private:
    void highlightBest();

    QTableWidget *m_table = nullptr;
    CurveChart *m_pixelRoc = nullptr;
    CurveChart *m_pixelPr = nullptr;
    CurveChart *m_pro = nullptr;
    CurveChart *m_imageRoc = nullptr;
    std::vector<QJsonObject> m_metrics; // one per column
};

} // namespace nexvitad::ui

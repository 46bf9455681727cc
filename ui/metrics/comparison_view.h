#pragma once
// Evaluations side by side: their metrics in adjacent columns (the best value of each row
// highlighted) and their pixel ROC, PR and PRO-vs-FPR curves and image ROC overlaid, one
// series per evaluation named in the legend by its run / bank / settings.

#include <QJsonObject>
#include <QList>
#include <QWidget>
#include <vector>

class CurveChart;
class MetricsChart;
class QTableWidget;

class ComparisonView : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonView(QWidget *parent = nullptr);

    void clear();
    // `metrics` and `curves` as an evaluation stores them (store::EvaluationRecord).
    void addEvaluation(const QString &label, const QJsonObject &metrics, const QJsonObject &curves);
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

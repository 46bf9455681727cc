#pragma once
// Metrics dashboard: a table of the metrics of one or more evaluations side by side (runs or
// ablation settings), their pixel ROC, PR and PRO-vs-FPR curves and image ROC, and the
// image-score histogram with the draggable threshold. Charts export as PNG or PDF.

#include <QJsonObject>
#include <QWidget>

#include <vector>

class CurveChart;
class ScoreHistogram;
class QTableWidget;

class MetricsDashboard : public QWidget
{
    Q_OBJECT
public:
    explicit MetricsDashboard(QWidget *parent = nullptr);

    void clear();
    // `evaluation` as EvaluationResult::toJson() writes it (metrics + "curves").
    void addEvaluation(const QString &label, const QJsonObject &evaluation);
    void setImageScores(const std::vector<double> &good, const std::vector<double> &defective);
    int evaluationCount() const { return m_count; }
    ScoreHistogram *histogram() const { return m_histogram; }

    // Writes every chart into `folder` as <chart>.<suffix> ("png" or "pdf"); returns the
    // files written.
    QStringList exportCharts(const QString &folder, const QString &suffix);

private:
    void chooseExportFolder();

    QTableWidget *m_table = nullptr;
    CurveChart *m_pixelRoc = nullptr;
    CurveChart *m_pixelPr = nullptr;
    CurveChart *m_pro = nullptr;
    CurveChart *m_imageRoc = nullptr;
    ScoreHistogram *m_histogram = nullptr;
    int m_count = 0;
};

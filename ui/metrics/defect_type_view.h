#pragma once
// One evaluation by defect type: a sortable table (one row for good and one per defect
// type: images, mean / max score, pass / review / fail at the evaluation's thresholds,
// detection rate or false-positive rate), the good-vs-defective score histogram with the
// threshold line, and what the dragged line would detect and flag.

#include "project/evaluation_breakdown.h"

#include <QWidget>
#include <vector>

class QLabel;
class QTableView;

namespace nexvitad::ui {

class ScoreHistogram;
class ValueTableModel;

class DefectTypeView : public QWidget
{
    Q_OBJECT
public:
    explicit DefectTypeView(QWidget *parent = nullptr);

    void showEvaluation(const QString &label, std::vector<nexvitad::project::ScoredImage> images,
                        const nexvitad::infer::ThresholdSet &thresholds);
    void clear();

    ScoreHistogram *histogram() const { return m_histogram; }
    QTableView *table() const { return m_table; }
    // "At 0.52: 5 of 6 defective images detected, 1 of 4 good images flagged."
    QString outcomeText() const;

private:
    void showOutcome(double threshold);

    QLabel *m_title = nullptr;
    ValueTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    ScoreHistogram *m_histogram = nullptr;
    QLabel *m_outcome = nullptr;
    std::vector<nexvitad::project::ScoredImage> m_images;
};

} // namespace nexvitad::ui

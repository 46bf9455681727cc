#include "defect_type_view.h"

#include "metrics_tables.h"
#include "score_histogram.h"
#include "value_table_model.h"

#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace nexvitad::ui {

using nexvitad::project::ScoredImage;

DefectTypeView::DefectTypeView(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("defectTypeTitle"));
    m_model = metricstables::newDefectTypeModel(this);
    m_table = sortableTableView(m_model, QStringLiteral("defectTypeTable"), this);
    m_histogram = new ScoreHistogram(this);
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("thresholdOutcome"));
    m_outcome->setWordWrap(true);
    connect(m_histogram, &ScoreHistogram::thresholdChanged, this, &DefectTypeView::showOutcome);

    auto *chart = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chart);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_histogram, 1);
    chartLayout->addWidget(m_outcome);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(chart);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(split, 1);
    clear();
}

void DefectTypeView::clear()
{
    m_images.clear();
    m_title->setText(tr("No evaluation selected."));
    m_model->setRows({});
    m_histogram->setScores({}, {});
    m_histogram->setReviewBand(std::nullopt);
    m_outcome->clear();
}

void DefectTypeView::showEvaluation(const QString &label, std::vector<ScoredImage> images,
                                    const nexvitad::infer::ThresholdSet &thresholds)
{
    m_images = std::move(images);
    m_title->setText(tr("Evaluation %1").arg(label));
    metricstables::showDefectTypes(m_model,
                                   nexvitad::project::defectTypeBreakdown(m_images, thresholds));
    std::vector<double> good, defective;
    for (const ScoredImage &image : m_images)
        (image.defect ? defective : good).push_back(image.score);
    m_histogram->setScores(good, defective);
    if (thresholds.imageReview)
        m_histogram->setReviewBand(std::pair(double(thresholds.imageReview->passBelow),
                                             double(thresholds.imageReview->failFrom)));
    else
        m_histogram->setReviewBand(std::nullopt);
    // The evaluation's image threshold; without one, the middle of the scores to start from.
    double start = 0.0;
    if (thresholds.image) {
        start = thresholds.image->value;
    } else if (!m_images.empty()) {
        const auto [lo, hi] = std::minmax_element(
            m_images.begin(), m_images.end(),
            [](const ScoredImage &a, const ScoredImage &b) { return a.score < b.score; });
        start = (lo->score + hi->score) / 2;
    }
    m_histogram->setThreshold(start);
}

void DefectTypeView::showOutcome(double threshold)
{
    const nexvitad::project::ThresholdOutcome o = nexvitad::project::outcomeAt(m_images, threshold);
    m_outcome->setText(tr("At %1: %2 of %3 defective images detected, %4 of %5 good images "
                          "flagged.")
                           .arg(QString::number(threshold, 'f', 4))
                           .arg(o.detected)
                           .arg(o.defective)
                           .arg(o.falseAlarms)
                           .arg(o.good));
}

QString DefectTypeView::outcomeText() const
{
    return m_outcome->text();
}

} // namespace nexvitad::ui

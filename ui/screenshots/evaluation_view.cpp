#include "evaluation_view.h"

#include "metrics/metrics_dashboard.h"
#include "metrics/score_histogram.h"

#include "report/report_loader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace screenshots {

namespace {
QJsonArray toArray(const std::vector<double> &values)
{
    QJsonArray array;
    for (double v : values)
        array.append(v);
    return array;
}
} // namespace

void showEvaluation(MetricsDashboard &dashboard, const nexvitad::store::Project &project,
                    qint64 evaluationId)
{
    const nexvitad::report::ReportData data =
        nexvitad::report::loadEvaluationReport(project, evaluationId);
    // addEvaluation() reads EvaluationResult::toJson()'s shape: the metrics plus "curves".
    QJsonObject evaluation = data.metrics;
    QJsonObject curves;
    for (const auto &[name, curve] : data.curves)
        curves.insert(name, QJsonObject{{QStringLiteral("x"), toArray(curve.x)},
                                        {QStringLiteral("y"), toArray(curve.y)}});
    evaluation.insert(QStringLiteral("curves"), curves);
    dashboard.clear();
    dashboard.addEvaluation(
        QCoreApplication::translate("ScreenshotTour", "Evaluation %1 (%2)")
            .arg(evaluationId)
            .arg(data.subject),
        evaluation);

    // Unlabelled images count as good, as the report's histogram does.
    std::vector<double> good = data.goodScores;
    good.insert(good.end(), data.unlabelledScores.begin(), data.unlabelledScores.end());
    dashboard.setImageScores(good, data.defectScores);
    ScoreHistogram *histogram = dashboard.histogram();
    if (data.provenance.imageThreshold)
        histogram->setThreshold(*data.provenance.imageThreshold);
    if (data.reviewPassBelow && data.reviewFailFrom)
        histogram->setReviewBand(std::make_pair(*data.reviewPassBelow, *data.reviewFailFrom));
}

} // namespace screenshots

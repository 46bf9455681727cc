#pragma once
// Fills the metrics dashboard with one evaluation recorded in a project: its metrics and
// curves, the image-score histogram with the image threshold and the review band. Reads
// through core/report's loader, which the PDF report uses too, so both show the same data.

#include <QString>

namespace nexvitad::store {
class Project;
}

class MetricsDashboard;

namespace screenshots {

// Throws nexvitad::Error when the evaluation cannot be read.
void showEvaluation(MetricsDashboard &dashboard, const nexvitad::store::Project &project,
                    qint64 evaluationId);

} // namespace screenshots

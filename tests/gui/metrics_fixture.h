#pragma once
// Shared by the metrics dashboard's GUI tests: a project with real evaluations recorded by
// nexvitad-cli (a tiny synthetic class, the random mini backbones; two memory banks, K = 6
// and all patches, each evaluated, the first with --save-thresholds), and a dashboard on
// it.

#include <QList>
#include <QString>

class MetricsDashboard;
class QSignalSpy;

namespace nexvitad::store {
class StoreService;
}

namespace metricsfixture {

// Records the project under `root`/project (dataset, home folder and banks beside it).
// Evaluation 1: bank K = 6 with thresholds; evaluation 2: all patches, no thresholds.
// Returns the project folder, or an empty string with `error` set.
QString recordEvaluations(const QString &root, QString *error);

// A signal that may already have come (a QFuture continuation runs at once when its future
// finished before it was attached), else within ten seconds.
bool arrived(QSignalSpy &spy);

// Puts `dashboard` on the project, waits for its list and shows `ids` (ticked, the first
// selected). False when either did not come.
bool openDashboard(MetricsDashboard &dashboard, nexvitad::store::StoreService *store,
                   const QList<qint64> &ids);

} // namespace metricsfixture

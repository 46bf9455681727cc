#pragma once
// Shared by the metrics dashboard's GUI tests: a project with real evaluations recorded by
// nexvitad-cli (a tiny synthetic class, the random mini backbones; two memory banks, K = 6
// and all patches, each evaluated, the first with --save-thresholds), and a dashboard on
// it.

#include <QList>
#include <QString>
#include <memory>

class QSignalSpy;

namespace nexvitad::ui {
class MetricsDashboard;
}

namespace nexvitad::store {
class StoreService;
}

namespace metricsfixture {

// The recorded project and its store service, for a test class to hold.
class RecordedEvaluations
{
public:
    RecordedEvaluations();
    ~RecordedEvaluations();

    // Records the project under `root`/project (dataset, home folder and banks beside it)
    // and opens it. Evaluation 1: bank K = 6 with thresholds; evaluation 2: all patches,
    // no thresholds. Returns what failed, or an empty string.
    QString record(const QString &root);
    nexvitad::store::StoreService *store() const { return m_store.get(); }

private:
    std::unique_ptr<nexvitad::store::StoreService> m_store;
};

// A signal that may already have come (a QFuture continuation runs at once when its future
// finished before it was attached), else within ten seconds.
bool arrived(QSignalSpy &spy);

// Puts `dashboard` on the project, waits for its list and shows `ids` (ticked, the first
// selected). False when either did not come.
bool openDashboard(nexvitad::ui::MetricsDashboard &dashboard, nexvitad::store::StoreService *store,
                   const QList<qint64> &ids);

} // namespace metricsfixture

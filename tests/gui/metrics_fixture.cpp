#include "metrics_fixture.h"

#include "metrics/metrics_dashboard.h"
#include "store/project.h"
#include "store/store_service.h"
#include "test_support.h"

#include <QDir>
#include <QSignalSpy>

using namespace nexvitad::ui;

namespace metricsfixture {

RecordedEvaluations::RecordedEvaluations() = default;
RecordedEvaluations::~RecordedEvaluations() = default;

QString RecordedEvaluations::record(const QString &root)
{
    QString failure;
    const QDir dir(root);
    const QString home = dir.filePath("home"), data = dir.filePath("data");
    const QString project = dir.filePath("project");
    const auto run = [&](const QStringList &args) {
        const auto r = testsupport::runCli(args, home);
        if (r.exitCode != 0)
            failure = args.join(' ') + "\n" + r.out + r.err;
        return r.exitCode == 0;
    };
    if (!run({"synth", "--out", data, "--classes", "1", "--size", "64", "--train-good", "6",
              "--test-good", "3", "--test-defects", "2"}))
        return failure;
    const QStringList classes = QDir(data).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    const QStringList encoder{"--untrained",
                              "--hiera",
                              "random:hiera_mini:1",
                              "--dinov2",
                              "random:dinov2_mini:2",
                              "--size",
                              "64",
                              "--data",
                              data,
                              "--class",
                              classes.value(0),
                              "--count",
                              "4",
                              "--project",
                              project};
    const QStringList eval{"eval",           "--data",    data,   "--class",
                           classes.value(0), "--project", project};
    const bool recorded =
        run({"project", "init", project}) &&
        run(QStringList{"bank"} + encoder +
            QStringList{"--k", "6", "--out", dir.filePath("k6.bank")}) &&
        run(QStringList{"bank"} + encoder +
            QStringList{"--prototypes", "all_patches", "--out", dir.filePath("all.bank")}) &&
        run(eval + QStringList{"--bank", dir.filePath("k6.bank"), "--save-thresholds"}) &&
        run(eval + QStringList{"--bank", dir.filePath("all.bank")});
    if (!recorded)
        return failure;
    m_store =
        std::make_unique<nexvitad::store::StoreService>(nexvitad::store::Project::open(project));
    return {};
}

bool arrived(QSignalSpy &spy)
{
    return !spy.isEmpty() || spy.wait(10000);
}

bool openDashboard(MetricsDashboard &dashboard, nexvitad::store::StoreService *store,
                   const QList<qint64> &ids)
{
    QSignalSpy listed(&dashboard, &MetricsDashboard::listed);
    dashboard.setStore(store);
    if (!arrived(listed))
        return false;
    QSignalSpy displayed(&dashboard, &MetricsDashboard::displayed);
    dashboard.showEvaluations(ids);
    return arrived(displayed);
}

} // namespace metricsfixture

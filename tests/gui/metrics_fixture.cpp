#include "metrics_fixture.h"

#include "metrics/metrics_dashboard.h"
#include "test_support.h"

#include <QDir>
#include <QSignalSpy>

namespace metricsfixture {

QString recordEvaluations(const QString &root, QString *error)
{
    const QDir dir(root);
    const QString home = dir.filePath("home"), data = dir.filePath("data");
    const QString project = dir.filePath("project");
    const auto record = [&](const QStringList &args) {
        const auto r = testsupport::runCli(args, home);
        if (r.exitCode != 0)
            *error = args.join(' ') + "\n" + r.out + r.err;
        return r.exitCode == 0;
    };
    if (!record({"synth", "--out", data, "--classes", "1", "--size", "64", "--train-good", "6",
                 "--test-good", "3", "--test-defects", "2"}))
        return {};
    const QStringList classes = QDir(data).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    const QStringList encoder{"--untrained", "--hiera", "random:hiera_mini:1", "--dinov2",
                              "random:dinov2_mini:2", "--size", "64", "--data", data,
                              "--class", classes.value(0), "--count", "4", "--project", project};
    const QStringList eval{"eval", "--data", data, "--class", classes.value(0),
                           "--project", project};
    const bool recorded =
        record({"project", "init", project})
        && record(QStringList{"bank"} + encoder
                  + QStringList{"--k", "6", "--out", dir.filePath("k6.bank")})
        && record(QStringList{"bank"} + encoder
                  + QStringList{"--prototypes", "all_patches", "--out", dir.filePath("all.bank")})
        && record(eval + QStringList{"--bank", dir.filePath("k6.bank"), "--save-thresholds"})
        && record(eval + QStringList{"--bank", dir.filePath("all.bank")});
    return recorded ? project : QString();
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

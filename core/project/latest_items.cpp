#include "project/latest_items.h"

#include "backbones/weights_spec.h"
#include "store/project.h"
#include "store/sql.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace nexvitad::project {

namespace {
qint64 latestId(const QSqlDatabase &db, const QString &table)
{
    return store::scalar(db, QStringLiteral("SELECT MAX(id) FROM %1").arg(table)).toLongLong();
}
} // namespace

LatestItems latestItems(const store::Project &project)
{
    const QSqlDatabase db = project.database();
    LatestItems items;
    // The first dataset: the demo records the dataset before anything made from it.
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT id, root FROM datasets ORDER BY id LIMIT 1"));
    if (q.next()) {
        items.datasetId = q.value(0).toLongLong();
        items.datasetRoot = q.value(1).toString();
    }
    // The latest run that recorded epochs (a run that never finished one has no curves).
    q = store::exec(db, QStringLiteral("SELECT r.id, r.config_json FROM training_runs r"
                                       " WHERE EXISTS (SELECT 1 FROM epoch_metrics e"
                                       " WHERE e.run_id = r.id) ORDER BY r.id DESC LIMIT 1"));
    if (q.next()) {
        items.runId = q.value(0).toLongLong();
        const QJsonObject config = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
        for (const char *key : {"hiera", "dinov2"})
            items.runUntrained =
                items.runUntrained ||
                backbones::isRandomWeightsSpec(config.value(QLatin1String(key)).toString());
        QSqlQuery e = store::exec(
            db, QStringLiteral("SELECT metrics_json FROM epoch_metrics WHERE run_id = ? ORDER BY epoch"),
            {items.runId});
        while (e.next())
            items.runEpochs.push_back(QJsonDocument::fromJson(e.value(0).toByteArray()).object());
    }
    items.bankId = latestId(db, QStringLiteral("memory_banks"));
    items.batchId = latestBatchId(project);
    items.evaluationId = latestEvaluationId(project);
    return items;
}

qint64 latestBatchId(const store::Project &project)
{
    return latestId(project.database(), QStringLiteral("inspection_batches"));
}

qint64 latestEvaluationId(const store::Project &project)
{
    return latestId(project.database(), QStringLiteral("evaluations"));
}

} // namespace nexvitad::project

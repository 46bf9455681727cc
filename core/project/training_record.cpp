#include "project/training_record.h"

#include "project/dataset_registration.h"
#include "store/artifacts.h"
#include "store/asset_records.h"
#include "store/job_records.h"
#include "store/sql.h"
#include "train/run_folder.h"

#include <QFileInfo>

namespace nexvitad::project {

TrainingRecord::TrainingRecord(store::Project project, qint64 jobId,
                               const train::TrainingRequest &request)
    : m_project(std::move(project)), m_runDir(request.runDir)
{
    const QSqlDatabase db = m_project.database();
    store::Transaction transaction(db);
    m_datasetId = findOrRegisterDataset(db, request.manifest,
                                        QFileInfo(request.manifest.root).fileName())
                      .id;
    m_runId = store::createTrainingRun(db, jobId, m_datasetId, request.config.toJson(),
                                       request.config.epochs);
    transaction.commit();
}

void TrainingRecord::recordEpoch(const train::EpochReport &epoch) const
{
    // The trainer has just appended this epoch's line to metrics.jsonl; storing that line
    // keeps the project's numbers and the run folder's identical, with one definition of
    // the metrics (the trainer's).
    const int number = epoch.epoch + 1;
    QJsonObject metrics{{QStringLiteral("epoch"), number}};
    for (const QJsonObject &line : train::RunFolder(m_runDir).readMetrics())
        if (line.value(QStringLiteral("epoch")).toInt() == number)
            metrics = line;
    store::recordEpoch(m_project.database(), m_runId, number, metrics, epoch.seconds);
}

qint64 TrainingRecord::registerModel(const train::TrainingOutcome &outcome,
                                     const train::BackbonePairInfo &backbones,
                                     const QString &actor) const
{
    // Artifact first, row second (docs/project-store.md, crash safety).
    const QFileInfo checkpoint(outcome.checkpoint);
    store::ModelRecord model;
    model.runId = m_runId;
    model.name = QStringLiteral("%1 (epoch %2)")
                     .arg(QFileInfo(m_runDir).fileName())
                     .arg(outcome.epochsDone);
    model.checkpoint = store::adoptFile(
        m_project, QStringLiteral("checkpoints"),
        store::uniqueArtifactName(QStringLiteral("model"),
                                  QLatin1Char('.') + checkpoint.suffix()),
        checkpoint.absoluteFilePath());
    model.backbones = train::backbonesJson(backbones);
    return store::registerModel(m_project.database(), model, actor);
}

} // namespace nexvitad::project

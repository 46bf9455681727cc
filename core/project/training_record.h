#pragma once
// Records a training run in a project while it happens (the bridge between train/ and
// store/, for every front end that trains into a project; `nexvitad-cli train --project`
// uses it):
//   start      the dataset (found or registered) and the training_runs row of the job
//   per epoch  one epoch_metrics row holding the trainer's own metrics.jsonl line
//   success    the final checkpoint copied into artifacts/checkpoints/ and registered as a
//              model (with the backbone weights it needs and its audit entry)
// The calls may come from the thread the trainer runs on: each uses that thread's
// connection (Project::database()).

#include "store/project.h"
#include "train/backbone_pair.h"
#include "train/trainer.h"

#include <QJsonObject>
#include <QString>

namespace nexvitad::project {

class TrainingRecord
{
public:
    // Finds or registers the request's dataset and inserts the run row for `jobId` (a
    // running job). Throws nexvitad::Error.
    TrainingRecord(store::Project project, qint64 jobId, const train::TrainingRequest &request);

    qint64 runId() const { return m_runId; }
    qint64 datasetId() const { return m_datasetId; }

    // One finished epoch (call from the trainer's epoch callback). The row's epoch number is
    // 1-based, as in metrics.jsonl.
    void recordEpoch(const train::EpochReport &epoch) const;

    // After a successful run: adopts `outcome.checkpoint` as an artifact and registers the
    // model of this run with the weights in `backbones`. Returns the model id.
    qint64 registerModel(const train::TrainingOutcome &outcome,
                         const train::BackbonePairInfo &backbones, const QString &actor) const;

private:
    store::Project m_project;
    QString m_runDir;
    qint64 m_runId = 0;
    qint64 m_datasetId = 0;
};


} // namespace nexvitad::project

#pragma once
// The most recent things a project holds: its first dataset and its latest training run
// (with recorded epochs), memory bank, inspection batch and evaluation (0 / empty where
// there is none). What the GUI's screenshot tour shows. Throws nexvitad::Error naming the
// database when it cannot be read.

#include <QJsonObject>
#include <QString>

#include <vector>

namespace nexvitad::store {
class Project;
}

namespace nexvitad::project {

struct LatestItems
{
    qint64 datasetId = 0;
    QString datasetRoot;
    qint64 runId = 0;
    std::vector<QJsonObject> runEpochs; // the run's metrics.jsonl lines, by epoch
    bool runUntrained = false;          // a backbone spec with random weights
    qint64 bankId = 0;
    qint64 batchId = 0;
    qint64 evaluationId = 0;
};

LatestItems latestItems(const store::Project &project);
// The newest inspection batch and evaluation alone (0 where there is none), without the
// rest of latestItems' reads (a run's epoch curves).
qint64 latestBatchId(const store::Project &project);
qint64 latestEvaluationId(const store::Project &project);

} // namespace nexvitad::project

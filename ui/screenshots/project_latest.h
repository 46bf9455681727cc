#pragma once
// What the screenshot tour shows of a project: its first dataset and its latest training
// run, memory bank, inspection batch and evaluation (0 / empty where there is none).

#include <QJsonObject>
#include <QString>

#include <vector>

namespace nexvitad::store {
class Project;
}

namespace screenshots {

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

LatestItems findLatest(const nexvitad::store::Project &project);

} // namespace screenshots

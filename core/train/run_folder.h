#pragma once
// A training run's folder (docs/runs.md), plain types:
//   config.json        the TrainingConfig of the run
//   run.json           dataset root + manifest hash, source and target classes
//   checkpoints/       epoch_NNNN.pt, the latest one only (the previous is removed after
//                      the new one is safely written)
//   metrics.jsonl      one JSON object per finished epoch
//   cache/             frozen-feature cache entries (*.nxfc)
//   train.log          one human-readable line per epoch

#include <QJsonObject>
#include <QString>
#include <vector>

namespace nexvitad::train {

class RunFolder
{
public:
    explicit RunFolder(const QString &dir);

    QString dir() const { return m_dir; }
    QString configPath() const;
    QString runInfoPath() const;
    QString checkpointsDir() const;
    QString checkpointPath(int epochsDone) const;
    QString metricsPath() const;
    QString cacheDir() const;
    QString logPath() const;

    // Whether an earlier run left its config or a checkpoint here.
    bool holdsRun() const;
    // The checkpoint with the most epochs; empty when there is none.
    QString latestCheckpoint() const;

    // Checks without writing anything: the folder is not a file; a resume has a checkpoint;
    // a new run into a folder that holds one needs `force`; the folder (or its nearest
    // existing parent) is writable. Throws nexvitad::Error naming the folder.
    void check(bool resume, bool force) const;
    // Before any work: a new run into a folder that holds one needs `force` (then the old
    // config, run info, checkpoints, metrics and log are removed; the cache is kept); a
    // resume needs a checkpoint. Creates the folders and proves they are writable.
    // Throws nexvitad::Error naming the folder.
    void prepare(bool resume, bool force) const;

    void removeCheckpointsExcept(const QString &keep) const;
    std::vector<QJsonObject> readMetrics() const;                   // unreadable lines are skipped
    void writeMetrics(const std::vector<QJsonObject> &lines) const; // atomically
    void appendLog(const QString &line) const;

private:
    QString m_dir;
};

} // namespace nexvitad::train

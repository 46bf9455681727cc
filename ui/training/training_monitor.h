#pragma once
// Live view of a training run: progress with ETA, charts of every loss term per step, the
// learning rate and the pseudo-label coverage per epoch, the epoch log; cancel and resume.
// The Trainer runs in a Job (worker thread); its step and epoch callbacks are queued to
// the GUI thread, so the GUI never waits on training.

#include "store/project.h"
#include "train/trainer.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QWidget>

#include <optional>
#include <vector>

class QCustomPlot;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace nexvitad::ui {

class Job;
class UntrainedBanner;

struct TrainingLaunch
{
    nexvitad::train::TrainingRequest request;
    QString modelsDir;
    // Record the run there (a "train" job, the run, its epochs and the trained model), as
    // `nexvitad-cli train --project` does; `actor` names who registered the model.
    std::optional<nexvitad::store::Project> project;
    QString actor;
};

class TrainingMonitor : public QWidget
{
    Q_OBJECT
public:
    explicit TrainingMonitor(QWidget *parent = nullptr);
    ~TrainingMonitor() override;

    // Starts training (fails when a run is in progress).
    bool start(const TrainingLaunch &launch);
    // Continues the last run from its last checkpoint.
    bool resume();
    void cancel();
    bool isRunning() const { return m_job != nullptr; }
    // Shows a finished run's per-epoch losses, learning rate and coverage (its
    // metrics.jsonl lines, as the project's epoch_metrics keep them); false while training.
    bool showRecordedRun(const std::vector<QJsonObject> &epochs, bool untrained);

    int stepPoints() const;  // points on the loss chart
    int epochPoints() const; // points on the coverage chart
    QString state() const { return m_state; } // "running", "completed", "canceled", "failed"

signals:
    void finished(const QString &state);

private:
    void addStep(const nexvitad::train::StepReport &step);
    void addEpoch(const nexvitad::train::EpochReport &epoch);
    void setState(const QString &state, const QString &message);
    void updateEta(double fraction);

    QCustomPlot *m_losses = nullptr;
    QCustomPlot *m_schedule = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_eta = nullptr;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_resume = nullptr;
    UntrainedBanner *m_banner = nullptr;
    Job *m_job = nullptr;
    TrainingLaunch m_last;
    QElapsedTimer m_clock;
    QString m_state;
};

} // namespace nexvitad::ui

#pragma once
// The Line tab (issue 19, docs/line.md): watch a folder with a memory bank, as
// `nexvitad-cli watch` does, with a live feed (last images with thumbnails and verdict
// colours), a score sparkline, pass / review / fail counters and images per second, the
// drift monitor's state, and the review band's images queued for a person's decision.
//
// The watcher (core's LineWatcher: loading the bank, polling, inspecting, writing,
// recording in the open project) runs in a Job; its callbacks reach this widget as queued
// calls, so the GUI thread never waits for it. Stop lets the batch in flight finish.

#include "line/line_watcher.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace nexvitad::ui {

class Job;
class LineFeedModel;
class ProjectSession;
class ScoreSparkline;
class UntrainedBanner;

class LinePanel : public QWidget
{
    Q_OBJECT
public:
    explicit LinePanel(QWidget *parent = nullptr);
    ~LinePanel() override;

    // Follows the session's project (nullptr: none): watches record there when it is open
    // and writable. The session must outlive the panel.
    void setSession(ProjectSession *session);

    // Starts watching with the form's values (bank, folder, output folder, move-to).
    void start();
    // Fills the form and starts.
    void start(const QString &bankPath, const QString &folder, const QString &outputFolder,
               const QString &moveTo = {});
    void stop();
    bool isWatching() const { return m_job != nullptr; }

    // The review queue: accept / reject / unsure for its selected image.
    void decide(const QString &decision);

    LineFeedModel *feed() const { return m_feed; }
    ScoreSparkline *sparkline() const { return m_sparkline; }
    QListWidget *reviewQueue() const { return m_queue; }
    const nexvitad::line::LineStats &stats() const { return m_stats; }
    QString stateText() const;
    bool driftWarning() const;

signals:
    void watchingStarted();
    // ok == false: the watcher ended with an error (message), e.g. the folder went away.
    void watchingStopped(bool ok, const QString &message);
    void itemAdded();
    void decisionStored(qint64 inspectionId, const QString &decision);
    // The drift monitor raised (true) or cleared (false) a warning.
    void driftChanged(bool warning);

private:
    QWidget *createForm();
    QWidget *createStatus();
    QWidget *createQueue();
    void showStarted(bool untrained, const nexvitad::infer::ThresholdSet &thresholds,
                     qint64 alreadyDone, const nexvitad::line::DriftStatus &drift);
    void showDrift(const nexvitad::line::DriftStatus &status);
    void showItem(const nexvitad::line::LineItem &item, const nexvitad::line::LineStats &stats);
    void showStats();
    void setWatching(bool watching);

    ProjectSession *m_session = nullptr;
    Job *m_job = nullptr;
    quint64 m_generation = 0; // results of an earlier watch that arrive late are dropped
    nexvitad::line::LineStats m_stats;

    QLineEdit *m_bank;
    QLineEdit *m_folder;
    QLineEdit *m_output;
    QLineEdit *m_moveTo;
    QComboBox *m_overlays;
    QPushButton *m_startButton;
    QPushButton *m_stopButton;
    UntrainedBanner *m_untrained;
    QLabel *m_state;
    QLabel *m_counters;
    QLabel *m_rate;
    QLabel *m_drift;
    ScoreSparkline *m_sparkline;
    LineFeedModel *m_feed;
    QTableView *m_feedView;
    QListWidget *m_queue;
    QLabel *m_queueNote;
};

} // namespace nexvitad::ui

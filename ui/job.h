#pragma once
// A one-shot background job: runs an engine function `(Progress&) -> QVariant` on its own
// thread and turns the engine's "keep going?" callback into queued signals. Exactly one
// of succeeded/failed/canceled is emitted, then finished. Exceptions never cross the
// thread: nexvitad::Error becomes failed(message, path), Canceled becomes canceled().

#include "common/progress.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QVariant>

#include <functional>

class QLabel;
class QProgressBar;

namespace nexvitad::ui {

class Job : public QObject
{
    Q_OBJECT
public:
    using Work = std::function<QVariant(nexvitad::Progress &)>;

    Job(const QString &title, Work work, QObject *parent = nullptr);
    // Cancels and waits for the worker: the engine checks its Progress once per unit of
    // work, so this returns within one step.
    ~Job() override;

    QString title() const { return m_title; }
    bool isRunning() const;
    void start();
    void cancel();

Q_SIGNALS:
    void progressChanged(double fraction, const QString &stage);
    void succeeded(const QVariant &result);
    void failed(const QString &message, const QString &path);
    void canceled();
    void finished();

private:
    void run();

    QString m_title;
    Work m_work;
    nexvitad::Progress m_progress;
    QThread *m_thread = nullptr;
};

// The text of a failed(message, path): "path: message", as nexvitad::Error::userText
// writes every error a user sees.
QString failureText(const QString &message, const QString &path);

// Shows `job`'s progress on `bar` (range 0..1000, as every job's bar has). The stage the
// job reports goes nowhere, into the bar's text ("Clustering: 42%"), or into `stageLabel`.
enum class JobStage { Hidden, InBar };
void showJobProgress(Job *job, QProgressBar *bar, JobStage stage = JobStage::Hidden);
void showJobProgress(Job *job, QProgressBar *bar, QLabel *stageLabel);

} // namespace nexvitad::ui

#include "job.h"

#include "common/error.h"

#include <QLabel>
#include <QProgressBar>

namespace nexvitad::ui {

Job::Job(const QString &title, Work work, QObject *parent)
    : QObject(parent)
    , m_title(title)
    , m_work(std::move(work))
    , m_progress([this](const nexvitad::ProgressUpdate &u) {
        // Called on the worker thread; the signal is queued to receivers in the GUI thread.
        Q_EMIT progressChanged(u.fraction, u.stage);
        return true;
    })
{
}

Job::~Job()
{
    if (m_thread) {
        m_progress.cancel();
        m_thread->wait();
        delete m_thread;
    }
}

bool Job::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void Job::start()
{
    Q_ASSERT(!m_thread); // one-shot
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(m_title);
    connect(m_thread, &QThread::finished, this, &Job::finished);
    m_thread->start();
}

void Job::cancel()
{
    m_progress.cancel();
}

void Job::run()
{
    try {
        QVariant result = m_work(m_progress);
        if (m_progress.isCanceled())
            Q_EMIT canceled();
        else
            Q_EMIT succeeded(result);
    } catch (const nexvitad::Canceled &) {
        Q_EMIT canceled();
    } catch (const nexvitad::Error &e) {
        Q_EMIT failed(e.message(), e.path());
    } catch (const std::exception &e) {
        Q_EMIT failed(tr("Internal error: %1").arg(QString::fromLocal8Bit(e.what())), QString());
    }
}

QString failureText(const QString &message, const QString &path)
{
    return nexvitad::Error(message, path).userText();
}

void showJobProgress(Job *job, QProgressBar *bar, JobStage stage)
{
    QObject::connect(job, &Job::progressChanged, bar,
                     [bar, stage](double fraction, const QString &name) {
                         bar->setValue(int(fraction * 1000));
                         if (stage == JobStage::InBar && !name.isEmpty())
                             bar->setFormat(Job::tr("%1: %p%").arg(name));
                     });
}

void showJobProgress(Job *job, QProgressBar *bar, QLabel *stageLabel)
{
    QObject::connect(job, &Job::progressChanged, bar,
                     [bar, stageLabel](double fraction, const QString &name) {
                         bar->setValue(int(fraction * 1000));
                         if (!name.isEmpty())
                             stageLabel->setText(name);
                     });
}

} // namespace nexvitad::ui

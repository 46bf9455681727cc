#pragma once
// Backbone weights: which known models are present in the models directory, download with
// progress and cancel (resumable), import from a local file. Downloads and imports run as
// background jobs; the table refreshes when they end.

#include <QVariant>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace nexvitad {
class Progress;
}

namespace nexvitad::ui {

class Job;
class UntrainedBanner;

class WeightsPage : public QWidget
{
    Q_OBJECT
public:
    explicit WeightsPage(QWidget *parent = nullptr);

    void refresh();
    // Starts downloading the selected model (or `name`); returns false when busy.
    bool download(const QString &name);
    bool importFile(const QString &file, const QString &name = {});
    bool isBusy() const { return m_job != nullptr; }
    QString statusText() const;

signals:
    void jobFinished(bool success);

private:
    QString selectedName() const;
    void startJob(const QString &title, std::function<QVariant(nexvitad::Progress &)> work);

    QTableWidget *m_table = nullptr;
    QPushButton *m_download = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_folder = nullptr;
    UntrainedBanner *m_banner = nullptr; // shown while a backbone family has no weights
    Job *m_job = nullptr;
};

} // namespace nexvitad::ui

#pragma once
// The Review tab: batch inspection (a bank + images, run in a Job with progress and
// Cancel, rows streamed in as each batch of images is done, recorded in the open project)
// and the review list (thumbnail, file, score, verdict badge, decision; sorted by score,
// filtered by verdict) next to the ReviewViewer. Keys: Down/Up or J/K next/previous image,
// A accept, R reject, U unsure. Decisions are stored through the project's StoreService.

#include "batch_rows.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace nexvitad::ui {

class BatchTableModel;
class Job;
class ProjectSession;
class ReviewViewer;
class UntrainedBanner;

class BatchReviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BatchReviewPanel(QWidget *parent = nullptr);
    ~BatchReviewPanel() override;

    // Follows the session's project (nullptr: none). The session must outlive the panel.
    void setSession(ProjectSession *session);

    // Asks for a bank file and images, then inspects them.
    void chooseAndInspect();
    // Inspects `inputs` (files and folders) with the bank; recorded when a project is open.
    void inspect(const QString &bankPath, const QStringList &inputs);
    // Shows a batch recorded in the project.
    void openBatch(qint64 batchId);
    void refreshBatches();
    bool isBusy() const { return m_job != nullptr; }

    void selectNext() { step(+1); }
    void selectPrevious() { step(-1); }
    // "accept" | "reject" | "unsure" for the selected image.
    void decide(const QString &decision);

    const BatchInfo &batchInfo() const { return m_info; }
    BatchTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    ReviewViewer *viewer() const { return m_viewer; }
    // The selected image's row in model(), or -1.
    int currentRow() const;

signals:
    // A run or a reopened batch is complete in the list (ok == false: failed or canceled).
    void batchFinished(bool ok);
    void batchRecorded(qint64 batchId);
    void decisionStored(qint64 inspectionId, const QString &decision);
    // The viewer shows the image of model() row `row`.
    void imageShown(int row);

private:
    void startJob(Job *job);
    void finishJob(bool ok, const QString &message);
    void showInfo(const BatchInfo &info);
    void step(int delta);
    void showSelected();
    void updateCounts();

    ProjectSession *m_session = nullptr;
    BatchTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    ReviewViewer *m_viewer = nullptr;
    UntrainedBanner *m_banner = nullptr;
    QComboBox *m_batches = nullptr;
    QComboBox *m_filter = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_comment = nullptr;
    QPushButton *m_inspectButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    Job *m_job = nullptr;
    BatchInfo m_info;
    quint64 m_generation = 0;  // drops rows of superseded batches
    quint64 m_imageSerial = 0; // drops images of superseded selections
};

} // namespace nexvitad::ui

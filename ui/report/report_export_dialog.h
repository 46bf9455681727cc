#pragma once
// File > Export report...: pick an inspection batch or evaluation of the open project and a
// page size, see the first pages as they will print, and write the PDF (core/report) in a
// background job with progress and cancel. The written PDF is also kept in the project.

#include "report/report_data.h"
#include "store/project.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace nexvitad::store {
class StoreService;
} // namespace nexvitad::store

namespace nexvitad::ui {

class Job;

class ReportExportDialog : public QDialog
{
    Q_OBJECT
public:
    // Lists the project's batches and evaluations through `store` (never on this thread);
    // `store` must outlive the dialog (the main window shows it modal).
    ReportExportDialog(const nexvitad::store::Project &project,
                       nexvitad::store::StoreService *store, QWidget *parent = nullptr);
    ~ReportExportDialog() override;

    // Writes the selected report to `path` (what the Export button does after its file
    // dialog); the result arrives as exported() or failed().
    void exportTo(const QString &path);
    int previewPageCount() const { return m_previewPages; }

signals:
    void previewReady(int pages);
    void exported(const QString &path, int pages);
    void failed(const QString &message);

private:
    void loadTargets();
    void refreshPreview();
    void chooseFile();
    void setBusy(bool busy);

    const nexvitad::store::Project m_project; // a handle: valid as long as the dialog
    nexvitad::store::StoreService *m_store;
    QComboBox *m_target = nullptr;
    QComboBox *m_paper = nullptr;
    QVBoxLayout *m_pages = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_cancel = nullptr;
    QPointer<Job> m_previewJob;
    QPointer<Job> m_exportJob;
    int m_previewPages = 0;
};

} // namespace nexvitad::ui

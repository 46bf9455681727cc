#pragma once
// The workstation's main window: project explorer, central area, log panel, status bar
// with device, threads and the current job's progress; new/open/recent projects, dataset
// import (menu or drag and drop of a folder), the memory-bank builder, report export,
// language menu; remembers its geometry.

#include <QMainWindow>

class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;

namespace nexvitad::ui {

class BankBuilderPanel;
class LogPanel;
class MetricsDashboard;
class ProjectExplorer;
class ProjectSession;
class BatchReviewPanel;
class LinePanel;
class TrainingMonitor;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ProjectSession *session() const { return m_session; }
    // Opens a project folder, reporting errors in a message box; returns success.
    bool openProject(const QString &folder);
    void importDataset(const QString &folder = {});
    // Rescans a dataset of the project (in the background) and opens the training wizard.
    void trainOnDataset(qint64 datasetId);
    TrainingMonitor *trainingMonitor() const { return m_training; }
    BatchReviewPanel *reviewPanel() const { return m_review; }
    BankBuilderPanel *bankBuilder() const { return m_bankBuilder; }
    LinePanel *linePanel() const { return m_line; }
    // Shows the memory-bank builder; with a bank id, opens that bank of the project.
    void showBankBuilder(qint64 bankId = 0);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void createStatusBar();
    void newProject();
    void chooseProject();
    void updateRecentMenu();
    void chooseLanguage(const QString &language);
    void showAbout();
    void exportReport();

    ProjectSession *m_session = nullptr;
    ProjectExplorer *m_explorer = nullptr;
    QTabWidget *m_tabs = nullptr;
    TrainingMonitor *m_training = nullptr;
    BatchReviewPanel *m_review = nullptr;
    BankBuilderPanel *m_bankBuilder = nullptr;
    LinePanel *m_line = nullptr;
    MetricsDashboard *m_metrics = nullptr;
    LogPanel *m_log = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_reportAction = nullptr;
    QLabel *m_projectLabel = nullptr;
    QLabel *m_deviceLabel = nullptr;
    QProgressBar *m_jobProgress = nullptr;
};

} // namespace nexvitad::ui

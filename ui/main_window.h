#pragma once
// The workstation's main window: central area, log panel, status bar with device, threads
// and the current job's progress; language menu; remembers its geometry.

#include <QMainWindow>

class QLabel;
class QProgressBar;
class LogPanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createStatusBar();
    void chooseLanguage(const QString &language);
    void showAbout();

    LogPanel *m_log = nullptr;
    QLabel *m_deviceLabel = nullptr;
    QProgressBar *m_jobProgress = nullptr;
};

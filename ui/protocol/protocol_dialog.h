#pragma once
// Tools > Protocol...: the paper's protocol (docs/protocol.md) on the open project, on this
// computer or on a Slurm cluster (docs/cluster.md). The dialog runs nexvitad-cli, the one
// implementation of both engines, and shows its output; for a Slurm plan it shows every
// task's state live (from the project and squeue, read on a background job every few
// seconds) with Resume and Collect.

#include "store/project.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;
class QProcess;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace nexvitad::ui {

class Job;

class ProtocolDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProtocolDialog(const nexvitad::store::Project &project, QWidget *parent = nullptr);
    ~ProtocolDialog() override;

    // The `protocol` command line Start runs (without the program), from the form.
    QStringList protocolArguments() const;
    // nexvitad-cli next to this program by default.
    void setCliPath(const QString &path) { m_cliPath = path; }
    // Reads the latest plan's task states in the background; tasksRefreshed() when shown.
    void refreshTasks();

signals:
    void tasksRefreshed();
    void commandFinished(int exitCode);

private:
    void start();
    void runCli(const QStringList &arguments);
    void showTasks(const QVariant &rows);
    void updateEngine();

    const nexvitad::store::Project m_project;
    QString m_cliPath;
    QLineEdit *m_data = nullptr;
    QLineEdit *m_splits = nullptr;
    QSpinBox *m_runs = nullptr;
    QLineEdit *m_out = nullptr;
    QCheckBox *m_untrained = nullptr;
    QComboBox *m_engine = nullptr;
    QGroupBox *m_slurm = nullptr;
    QLineEdit *m_partition = nullptr;
    QLineEdit *m_time = nullptr;
    QSpinBox *m_cpus = nullptr;
    QLineEdit *m_memory = nullptr;
    QTableWidget *m_tasks = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_collect = nullptr;
    QProcess *m_process = nullptr;
    QTimer *m_poll = nullptr;
    QPointer<Job> m_refresh;
};

} // namespace nexvitad::ui

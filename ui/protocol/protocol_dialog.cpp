#include "protocol/protocol_dialog.h"

#include "common/error.h"
#include "job.h"
#include "protocol/protocol_task_states.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace nexvitad::ui {

using namespace nexvitad;

namespace {
// Often enough to watch tasks of minutes or hours; squeue is cheap for the controller.
constexpr int kPollMs = 3000;

QLineEdit *folderField(QWidget *parent, QFormLayout *form, const QString &label,
                       const QString &objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    auto *browse = new QPushButton(ProtocolDialog::tr("Browse..."), parent);
    QObject::connect(browse, &QPushButton::clicked, parent, [parent, edit] {
        const QString folder = QFileDialog::getExistingDirectory(parent, QString(), edit->text());
        if (!folder.isEmpty())
            edit->setText(folder);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(edit);
    row->addWidget(browse);
    form->addRow(label, row);
    return edit;
}
} // namespace

ProtocolDialog::ProtocolDialog(const store::Project &project, QWidget *parent)
    : QDialog(parent), m_project(project),
      m_cliPath(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("nexvitad-cli")))
{
    setWindowTitle(tr("Protocol"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_data = folderField(this, form, tr("Dataset folder:"), QStringLiteral("protocolData"));
    m_splits = new QLineEdit(QStringLiteral("11/1,10/2,9/3,8/4"), this);
    m_splits->setObjectName(QStringLiteral("protocolSplits"));
    form->addRow(tr("Splits (sources/targets):"), m_splits);
    m_runs = new QSpinBox(this);
    m_runs->setRange(1, 1000);
    m_runs->setValue(5);
    form->addRow(tr("Runs per split:"), m_runs);
    m_out = folderField(this, form, tr("Output folder:"), QStringLiteral("protocolOut"));
    m_untrained = new QCheckBox(tr("Untrained encoder (no training: fast, a demonstration)"), this);
    form->addRow(QString(), m_untrained);
    m_engine = new QComboBox(this);
    m_engine->setObjectName(QStringLiteral("protocolEngine"));
    m_engine->addItem(tr("This computer"), QStringLiteral("local"));
    m_engine->addItem(tr("Slurm cluster (one job array)"), QStringLiteral("slurm"));
    form->addRow(tr("Engine:"), m_engine);
    layout->addLayout(form);

    m_slurm = new QGroupBox(tr("Slurm"), this);
    auto *slurmForm = new QFormLayout(m_slurm);
    m_partition = new QLineEdit(m_slurm);
    m_partition->setPlaceholderText(tr("the cluster's default"));
    slurmForm->addRow(tr("Partition:"), m_partition);
    m_time = new QLineEdit(m_slurm);
    m_time->setPlaceholderText(tr("e.g. 2:00:00"));
    slurmForm->addRow(tr("Time limit per task:"), m_time);
    m_cpus = new QSpinBox(m_slurm);
    m_cpus->setRange(1, 4096);
    slurmForm->addRow(tr("CPUs per task:"), m_cpus);
    m_memory = new QLineEdit(m_slurm);
    m_memory->setPlaceholderText(tr("e.g. 8G"));
    slurmForm->addRow(tr("Memory per task:"), m_memory);
    layout->addWidget(m_slurm);

    m_tasks = new QTableWidget(0, 6, this);
    m_tasks->setObjectName(QStringLiteral("protocolTasks"));
    m_tasks->setHorizontalHeaderLabels(
        {tr("Task"), tr("Split"), tr("Run"), tr("State"), tr("Attempts"), tr("Note")});
    m_tasks->horizontalHeader()->setStretchLastSection(true);
    m_tasks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_tasks, 1);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("protocolLog"));
    m_log->setReadOnly(true);
    layout->addWidget(m_log, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_start = buttons->addButton(tr("Start"), QDialogButtonBox::ActionRole);
    m_resume = buttons->addButton(tr("Resume failed or lost tasks"), QDialogButtonBox::ActionRole);
    m_collect = buttons->addButton(tr("Collect results"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &QPushButton::clicked, this, &ProtocolDialog::start);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        runCli({QStringLiteral("protocol"), QStringLiteral("resume"), QStringLiteral("--project"),
                m_project.folder()});
    });
    connect(m_collect, &QPushButton::clicked, this, [this] {
        runCli({QStringLiteral("protocol"), QStringLiteral("collect"), QStringLiteral("--project"),
                m_project.folder()});
    });
    connect(m_engine, &QComboBox::currentIndexChanged, this, &ProtocolDialog::updateEngine);

    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_process, &QProcess::readyRead, this, [this] {
        m_log->appendPlainText(QString::fromLocal8Bit(m_process->readAll()).trimmed());
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode) {
        m_log->appendPlainText(tr("(exit code %1)").arg(exitCode));
        updateEngine();
        refreshTasks();
        emit commandFinished(exitCode);
    });
    m_poll = new QTimer(this);
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &ProtocolDialog::refreshTasks);
    m_poll->start();
    updateEngine();
    refreshTasks();
}

ProtocolDialog::~ProtocolDialog()
{
    delete m_refresh; // waits for its worker, which holds a copy of the project handle
    if (m_process->state() != QProcess::NotRunning) {
        // A submission or collect is short; the local engine stops on SIGTERM (its job is
        // then recorded as failed: the finished training runs stay and are reused).
        m_process->terminate();
        m_process->waitForFinished(5000);
    }
}

QStringList ProtocolDialog::protocolArguments() const
{
    QStringList args{QStringLiteral("protocol"),   QStringLiteral("--data"),
                     m_data->text(),               QStringLiteral("--splits"),
                     m_splits->text().simplified().remove(QLatin1Char(' ')),
                     QStringLiteral("--runs"),     QString::number(m_runs->value()),
                     QStringLiteral("--out"),      m_out->text(),
                     QStringLiteral("--project"),  m_project.folder(),
                     QStringLiteral("--engine"),   m_engine->currentData().toString()};
    if (m_untrained->isChecked())
        args << QStringLiteral("--untrained");
    if (m_engine->currentData().toString() == QLatin1String("slurm")) {
        args << QStringLiteral("--cpus-per-task") << QString::number(m_cpus->value());
        if (!m_partition->text().trimmed().isEmpty())
            args << QStringLiteral("--partition") << m_partition->text().trimmed();
        if (!m_time->text().trimmed().isEmpty())
            args << QStringLiteral("--time") << m_time->text().trimmed();
        if (!m_memory->text().trimmed().isEmpty())
            args << QStringLiteral("--mem") << m_memory->text().trimmed();
    }
    return args;
}

void ProtocolDialog::start()
{
    runCli(protocolArguments());
}

void ProtocolDialog::runCli(const QStringList &arguments)
{
    if (m_process->state() != QProcess::NotRunning)
        return;
    m_log->appendPlainText(QStringLiteral("$ nexvitad-cli ") + arguments.join(QLatin1Char(' ')));
    m_start->setEnabled(false);
    m_resume->setEnabled(false);
    m_collect->setEnabled(false);
    m_process->start(m_cliPath, arguments);
}

void ProtocolDialog::updateEngine()
{
    const bool idle = m_process->state() == QProcess::NotRunning;
    m_slurm->setEnabled(m_engine->currentData().toString() == QLatin1String("slurm"));
    m_start->setEnabled(idle && !m_project.isReadOnly());
    m_resume->setEnabled(idle && !m_project.isReadOnly() && m_tasks->rowCount() > 0);
    m_collect->setEnabled(idle && m_tasks->rowCount() > 0);
}

void ProtocolDialog::refreshTasks()
{
    if (m_refresh)
        return; // the previous reading is still on its way (a slow controller)
    const store::Project project = m_project;
    m_refresh = new Job(
        tr("Protocol tasks"),
        [project](Progress &) {
            QVariantList rows;
            try {
                const protocol::PlanRecord plan = protocol::loadPlan(project.database());
                const protocol::PlanStates states = protocol::planStates(project.database(), plan);
                for (const protocol::TaskState &s : states.tasks) {
                    const protocol::TaskRecord &t = s.record;
                    const QString note = s.state == QLatin1String("failed") ? t.error
                                         : !s.verdict.isEmpty()            ? s.verdict
                                                                           : t.host;
                    rows << QVariant(QVariantList{t.task, t.split, t.run, s.state, t.attempts,
                                                  states.queueError.isEmpty()
                                                      ? note
                                                      : note + QStringLiteral(" (") +
                                                            states.queueError + QLatin1Char(')')});
                }
            } catch (const Error &) {
                // No plan yet: an empty table.
            }
            project.releaseThreadConnection();
            return QVariant(rows);
        },
        this);
    connect(m_refresh, &Job::succeeded, this, &ProtocolDialog::showTasks);
    connect(m_refresh, &Job::finished, m_refresh, &QObject::deleteLater);
    m_refresh->start();
}

void ProtocolDialog::showTasks(const QVariant &rows)
{
    const QVariantList list = rows.toList();
    m_tasks->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const QVariantList row = list[r].toList();
        for (int c = 0; c < row.size(); ++c)
            m_tasks->setItem(r, c, new QTableWidgetItem(row[c].toString()));
    }
    updateEngine();
    emit tasksRefreshed();
}

} // namespace nexvitad::ui

#include "main_window.h"

#include "bank/bank_builder_panel.h"
#include "import/import_wizard.h"
#include "job.h"
#include "line/line_panel.h"
#include "log_panel.h"
#include "metrics/metrics_dashboard.h"
#include "inspect/batch_review_panel.h"
#include "training/training_monitor.h"
#include "training/training_wizard.h"
#include "project/project_explorer.h"
#include "project/project_session.h"
#include "protocol/protocol_dialog.h"
#include "report/report_export_dialog.h"
#include "settings/settings_dialog.h"

#include "common/error.h"
#include "data/dataset_scan.h"
#include "common/runtime.h"
#include "common/settings.h"
#include "common/translations.h"
#include "nexvitad/version.h"
#include "store/asset_records.h"
#include "store/project.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace nexvitad::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("NexViTAD Workstation"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/nexvitad.png")));
    setAcceptDrops(true);

    auto *welcome = new QLabel(tr("<h2>NexViTAD Workstation</h2>"
                                  "<p>Few-shot, cross-domain defect detection.</p>"
                                  "<p>Create or open a project (File menu), then drop a "
                                  "dataset folder here to import it.</p>"),
                               this);
    welcome->setObjectName(QStringLiteral("welcomeLabel"));
    welcome->setAlignment(Qt::AlignCenter);
    m_training = new TrainingMonitor(this);
    m_review = new BatchReviewPanel(this);
    m_metrics = new MetricsDashboard(this);
    m_bankBuilder = new BankBuilderPanel(this);
    m_line = new LinePanel(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("centralTabs"));
    m_tabs->addTab(welcome, tr("Start"));
    m_tabs->addTab(m_training, tr("Training"));
    m_tabs->addTab(m_bankBuilder, tr("Memory bank"));
    m_tabs->addTab(m_review, tr("Review"));
    m_tabs->addTab(m_metrics, tr("Metrics"));
    m_tabs->addTab(m_line, tr("Line"));
    setCentralWidget(m_tabs);

    m_session = new ProjectSession(this);
    m_review->setSession(m_session);
    m_bankBuilder->setSession(m_session);
    m_line->setSession(m_session);
    m_explorer = new ProjectExplorer(this);
    auto *explorerDock = new QDockWidget(tr("Project"), this);
    explorerDock->setObjectName(QStringLiteral("projectDock"));
    explorerDock->setWidget(m_explorer);
    addDockWidget(Qt::LeftDockWidgetArea, explorerDock);

    m_log = new LogPanel(this);
    auto *logDock = new QDockWidget(tr("Log"), this);
    logDock->setObjectName(QStringLiteral("logDock"));
    logDock->setWidget(m_log);
    addDockWidget(Qt::BottomDockWidgetArea, logDock);

    createMenus();
    createStatusBar();

    connect(m_explorer, &ProjectExplorer::itemActivated, this,
            [this](nexvitad::project::ItemGroup group, qint64 id) {
                if (group == nexvitad::project::ItemGroup::Datasets)
                    trainOnDataset(id);
                if (group == nexvitad::project::ItemGroup::Banks)
                    showBankBuilder(id);
                if (group == nexvitad::project::ItemGroup::Evaluations) {
                    m_metrics->showEvaluations({id});
                    m_tabs->setCurrentWidget(m_metrics);
                }
                if (group == nexvitad::project::ItemGroup::Inspections) {
                    m_review->openBatch(id);
                    m_tabs->setCurrentWidget(m_review);
                }
            });
    connect(m_review, &BatchReviewPanel::batchRecorded, m_explorer, &ProjectExplorer::refresh);
    connect(m_bankBuilder, &BankBuilderPanel::bankRecorded, m_explorer, &ProjectExplorer::refresh);
    // A watch records a bank and a batch: the explorer lists them once it stops.
    connect(m_line, &LinePanel::watchingStopped, m_explorer, [this] { m_explorer->refresh(); });
    connect(m_session, &ProjectSession::opened, this,
            [this](const QString &folder, bool readOnly, const QString &message) {
                m_explorer->setStore(m_session->store());
                m_metrics->setStore(m_session->store());
                m_importAction->setEnabled(!readOnly);
                m_reportAction->setEnabled(true);
                m_projectLabel->setText(readOnly ? tr("%1 (read-only)").arg(folder) : folder);
                if (readOnly)
                    statusBar()->showMessage(message);
                setWindowTitle(tr("%1 - NexViTAD Workstation").arg(QFileInfo(folder).fileName()));
                updateRecentMenu();
            });
    connect(m_session, &ProjectSession::closed, this, [this] {
        m_line->stop(); // its records went to the project that is closing
        // The session's store is gone already: nothing may reach it from here on.
        m_metrics->setStore(nullptr);
        m_explorer->setStore(nullptr);
        m_importAction->setEnabled(false);
        m_reportAction->setEnabled(false);
        m_projectLabel->setText(tr("No project"));
    });

    QSettings geometry;
    restoreGeometry(geometry.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(geometry.value(QStringLiteral("mainWindow/state")).toByteArray());
    if (!geometry.contains(QStringLiteral("mainWindow/geometry")))
        resize(1280, 800);
}

MainWindow::~MainWindow()
{
    // The explorer and the dashboard refer to the session's store: detach before the
    // session goes. The session is deleted after the dashboard (it was created later), so
    // its `closed` must not reach the window's widgets any more.
    m_explorer->setStore(nullptr);
    m_metrics->setStore(nullptr);
    disconnect(m_session, nullptr, this, nullptr);
}

void MainWindow::showBankBuilder(qint64 bankId)
{
    m_tabs->setCurrentWidget(m_bankBuilder);
    if (bankId > 0)
        m_bankBuilder->openBank(bankId);
}

void MainWindow::exportReport()
{
    if (!m_session->isOpen())
        return;
    // Modal: the dialog uses the session's store service, which must stay open meanwhile.
    auto *dialog = new ReportExportDialog(m_session->project(), m_session->store(), this);
    dialog->setObjectName(QStringLiteral("reportExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *create = file->addAction(tr("&New project..."), this, &MainWindow::newProject);
    create->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open project..."), this, &MainWindow::chooseProject);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    updateRecentMenu();
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import dataset..."), this, [this] { importDataset(); });
    m_importAction->setObjectName(QStringLiteral("importDatasetAction"));
    m_importAction->setShortcut(Qt::CTRL | Qt::Key_I);
    m_importAction->setEnabled(false);
    m_reportAction = file->addAction(tr("Export &report..."), this, &MainWindow::exportReport);
    m_reportAction->setObjectName(QStringLiteral("exportReportAction"));
    m_reportAction->setEnabled(false);
    QAction *inspect = file->addAction(tr("Inspect &images..."), this, [this] {
        m_tabs->setCurrentWidget(m_review);
        m_review->chooseAndInspect();
    });
    inspect->setObjectName(QStringLiteral("inspectImagesAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(tr("&Refresh project"), m_explorer,
                                       &ProjectExplorer::refresh);
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, m_metrics, &MetricsDashboard::refresh);
    QMenu *language = view->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    const QString current = nexvitad::Settings().language();
    auto addLanguage = [&](const QString &code, const QString &name) {
        QAction *a = language->addAction(name);
        a->setObjectName(QStringLiteral("language_")
                         + (code.isEmpty() ? QStringLiteral("system") : code));
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    };
    addLanguage(QString(), tr("System language"));
    addLanguage(QStringLiteral("en"), QStringLiteral("English"));
    for (const QString &code : nexvitad::translations::available())
        addLanguage(code, nexvitad::translations::nativeName(code));

    QMenu *inspectMenu = menuBar()->addMenu(tr("&Inspect"));
    QAction *bankAction = inspectMenu->addAction(tr("Build &memory bank..."), this,
                                                 [this] { showBankBuilder(); });
    bankAction->setObjectName(QStringLiteral("buildMemoryBankAction"));
    bankAction->setShortcut(Qt::CTRL | Qt::Key_B);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *settingsAction = tools->addAction(tr("&Settings..."), this, [this] {
        SettingsDialog dialog(this);
        dialog.exec();
    });
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcut(QKeySequence::Preferences);
    QAction *protocolAction = tools->addAction(tr("&Protocol..."), this, [this] {
        if (!m_session->isOpen()) {
            QMessageBox::information(this, tr("Protocol"),
                                     tr("Open or create a project first: the protocol's plan and "
                                        "results are kept in it."));
            return;
        }
        auto *dialog = new ProtocolDialog(m_session->project(), this);
        dialog->setObjectName(QStringLiteral("protocolDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    protocolAction->setObjectName(QStringLiteral("protocolAction"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About NexViTAD Workstation"), this, &MainWindow::showAbout);
}

void MainWindow::createStatusBar()
{
    nexvitad::Settings settings;
    QString device;
    try {
        device = nexvitad::runtime::resolveDevice(settings.device()).toUpper();
    } catch (const std::exception &) {
        device = tr("CUDA requested but unavailable");
    }
    m_projectLabel = new QLabel(tr("No project"), this);
    m_projectLabel->setObjectName(QStringLiteral("projectLabel"));
    statusBar()->addWidget(m_projectLabel, 1);
    m_deviceLabel = new QLabel(tr("Device: %1 | Threads: %2")
                                   .arg(device)
                                   .arg(nexvitad::runtime::threadCount()),
                               this);
    m_deviceLabel->setObjectName(QStringLiteral("deviceLabel"));
    statusBar()->addPermanentWidget(m_deviceLabel);
    m_jobProgress = new QProgressBar(this);
    m_jobProgress->setObjectName(QStringLiteral("jobProgress"));
    m_jobProgress->setMaximumWidth(220);
    m_jobProgress->setVisible(false);
    statusBar()->addPermanentWidget(m_jobProgress);
}

bool MainWindow::openProject(const QString &folder)
{
    try {
        m_session->open(folder);
        return true;
    } catch (const nexvitad::Error &e) {
        QMessageBox::critical(this, tr("Cannot open the project"), e.userText());
        return false;
    }
}

void MainWindow::newProject()
{
    const QString folder = QFileDialog::getSaveFileName(this, tr("New project folder"));
    if (folder.isEmpty())
        return;
    try {
        m_session->create(folder, QFileInfo(folder).fileName());
    } catch (const nexvitad::Error &e) {
        QMessageBox::critical(this, tr("Cannot create the project"), e.userText());
    }
}

void MainWindow::chooseProject()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open project"));
    if (!folder.isEmpty())
        openProject(folder);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = ProjectSession::recentProjects();
    for (int i = 0; i < recent.size(); ++i) {
        const QString folder = recent.at(i);
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(folder),
                                             this, [this, folder] { openProject(folder); });
        a->setToolTip(folder);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::importDataset(const QString &folder)
{
    if (!m_session->isOpen() || m_session->project().isReadOnly()) {
        statusBar()->showMessage(tr("Create or open a writable project before importing a "
                                    "dataset."),
                                 8000);
        return;
    }
    auto *wizard = new ImportWizard(m_session->project(), folder, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::datasetImported, this, [this](qint64, const QString &name) {
        statusBar()->showMessage(tr("Dataset \"%1\" imported.").arg(name), 8000);
        m_explorer->refresh();
    });
    wizard->open();
}

void MainWindow::trainOnDataset(qint64 datasetId)
{
    if (!m_session->isOpen() || m_training->isRunning())
        return;
    QString root;
    try {
        for (const nexvitad::store::DatasetEntry &d :
             nexvitad::store::listDatasets(m_session->project().database()))
            if (d.id == datasetId)
                root = d.root;
    } catch (const nexvitad::Error &e) {
        QMessageBox::warning(this, tr("Cannot read the project"), e.userText());
        return;
    }
    if (root.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot train"),
                             tr("The project no longer holds dataset %1.").arg(datasetId));
        return;
    }
    const QString runDir = m_session->project().artifactsFolder()
                           + QStringLiteral("/runs/run-%1")
                                 .arg(QDateTime::currentDateTime().toString(
                                     QStringLiteral("yyyyMMdd-hhmmss")));
    // The dataset may have changed since its import: scan it again (read-only, seconds).
    auto *scan = new Job(tr("Scanning %1").arg(root), [root](nexvitad::Progress &progress) {
        return QVariant::fromValue(std::make_shared<nexvitad::data::Manifest>(
            nexvitad::data::scanDataset(root, {}, progress)));
    }, this);
    connect(scan, &Job::succeeded, this, [this, runDir](const QVariant &result) {
        const auto manifest = result.value<std::shared_ptr<nexvitad::data::Manifest>>();
        auto *wizard = new TrainingWizard(*manifest, runDir, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(wizard, &QWizard::accepted, this, [this, wizard] {
            TrainingLaunch launch = wizard->launch();
            launch.project = m_session->project();
            launch.actor = nexvitad::Settings().operatorName();
            m_training->start(launch);
            m_tabs->setCurrentWidget(m_training);
        });
        wizard->open();
    });
    connect(scan, &Job::failed, this, [this](const QString &message, const QString &path) {
        QMessageBox::warning(this, tr("Cannot read the dataset"), failureText(message, path));
    });
    connect(scan, &Job::finished, scan, &QObject::deleteLater);
    scan->start();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()
        && QFileInfo(urls.first().toLocalFile()).isDir())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    importDataset(event->mimeData()->urls().first().toLocalFile());
    event->acceptProposedAction();
}

void MainWindow::chooseLanguage(const QString &language)
{
    nexvitad::Settings settings;
    settings.setLanguage(language);
    settings.sync();
    const QString loaded = nexvitad::translations::install(qApp, language);
    statusBar()->showMessage(tr("Language set to %1. Restart the workstation to translate every "
                                "screen.")
                                 .arg(nexvitad::translations::nativeName(loaded)));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About NexViTAD Workstation"),
                       tr("<b>NexViTAD Workstation %1</b><br>LibTorch %2, OpenCV %3, Qt %4")
                           .arg(QStringLiteral(NEXVITAD_VERSION),
                                nexvitad::runtime::torchVersion(),
                                nexvitad::runtime::opencvVersion(),
                                nexvitad::runtime::qtVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings geometry;
    geometry.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    geometry.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

} // namespace nexvitad::ui

#include "main_window.h"

#include "log_panel.h"

#include "common/runtime.h"
#include "common/settings.h"
#include "common/translations.h"
#include "nexvitad/version.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("NexViTAD Workstation"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/nexvitad.png")));

    auto *welcome = new QLabel(tr("<h2>NexViTAD Workstation</h2>"
                                  "<p>Few-shot, cross-domain defect detection.</p>"),
                               this);
    welcome->setObjectName(QStringLiteral("welcomeLabel"));
    welcome->setAlignment(Qt::AlignCenter);
    setCentralWidget(welcome);

    m_log = new LogPanel(this);
    auto *logDock = new QDockWidget(tr("Log"), this);
    logDock->setObjectName(QStringLiteral("logDock"));
    logDock->setWidget(m_log);
    addDockWidget(Qt::BottomDockWidgetArea, logDock);

    createMenus();
    createStatusBar();

    QSettings geometry;
    restoreGeometry(geometry.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(geometry.value(QStringLiteral("mainWindow/state")).toByteArray());
    if (!geometry.contains(QStringLiteral("mainWindow/geometry")))
        resize(1280, 800);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *language = view->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    const QString current = nexvitad::Settings().language();
    auto addLanguage = [&](const QString &code, const QString &name) {
        QAction *a = language->addAction(name);
        a->setObjectName(QStringLiteral("language_") + (code.isEmpty() ? QStringLiteral("system") : code));
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    };
    addLanguage(QString(), tr("System language"));
    addLanguage(QStringLiteral("en"), QStringLiteral("English"));
    for (const QString &code : nexvitad::translations::available())
        addLanguage(code, nexvitad::translations::nativeName(code));

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
    statusBar()->showMessage(tr("Ready"));
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

#include "screenshot_tour.h"

#include "event_wait.h"
#include "project/latest_items.h"

#include "bank/bank_builder_panel.h"
#include "bank/good_image_model.h"
#include "inspect/batch_review_panel.h"
#include "main_window.h"
#include "metrics/metrics_dashboard.h"
#include "project/project_explorer.h"
#include "project/project_session.h"
#include "review/review_viewer.h"
#include "training/training_monitor.h"

#include "common/error.h"

#include <QDir>
#include <QDockWidget>
#include <QPixmap>
#include <QTabWidget>

#include <cstdio>

namespace nexvitad::ui {

namespace {
QtMessageHandler g_previousHandler = nullptr;

// The offscreen platform warns each time a dialog is shown ("This plugin does not support
// propagateSizeHints()"); in the log panel of every screenshot that is only noise.
void dropPlatformNoise(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (text.contains(QLatin1String("propagateSizeHints")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, text);
    else
        std::fputs(qPrintable(qFormatLogMessage(type, context, text) + QLatin1Char('\n')),
                   stderr);
}
} // namespace

ScreenshotTour::ScreenshotTour(const QString &projectFolder, const QString &outputFolder)
    : m_project(projectFolder)
    , m_output(outputFolder)
{
}

// Destroying the window joins the panels' background jobs (thumbnails, renders).
ScreenshotTour::~ScreenshotTour() = default;

bool ScreenshotTour::run()
{
    if (!QDir().mkpath(m_output)) {
        warn(tr("Cannot create the output folder %1.").arg(m_output));
        return false;
    }
    g_previousHandler = qInstallMessageHandler(dropPlatformNoise);
    m_window = std::make_unique<MainWindow>();
    // Not openProject(): its error box would wait for a click nobody can give offscreen.
    try {
        m_window->session()->open(m_project);
    } catch (const nexvitad::Error &e) {
        warn(tr("Cannot open the project %1: %2").arg(m_project, e.userText()));
        qInstallMessageHandler(g_previousHandler);
        return false;
    }
    try {
        m_latest = std::make_unique<nexvitad::project::LatestItems>(
            nexvitad::project::latestItems(m_window->session()->project()));
    } catch (const nexvitad::Error &e) {
        warn(tr("Cannot read the project %1: %2").arg(m_project, e.userText()));
        qInstallMessageHandler(g_previousHandler);
        return false;
    }
    // Fixed size and no maximised state restored from the settings: reproducible images.
    m_window->setWindowState(Qt::WindowNoState);
    m_window->resize(kWindowSize);
    // Wide enough for the explorer's Details column (the default dock clips it).
    if (auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("projectDock")))
        m_window->resizeDocks({dock}, {360}, Qt::Horizontal);
    m_window->show();

    mainWindow();
    importWizard();
    settings();
    trainingWizard();
    trainingMonitor();
    bankBuilder();
    review();
    metrics();
    reportDialog();
    qInstallMessageHandler(g_previousHandler);
    return true;
}

void ScreenshotTour::mainWindow()
{
    auto *explorer = m_window->findChild<ProjectExplorer *>();
    bool refreshed = false;
    // Connected before refresh(): a quick answer can arrive inside it (a finished future's
    // continuation runs at once on this thread).
    const auto connection = QObject::connect(explorer, &ProjectExplorer::refreshed, explorer,
                                             [&refreshed] { refreshed = true; });
    explorer->refresh();
    const bool listed = screenshots::waitUntil([&] { return refreshed; }, kTimeoutMs);
    QObject::disconnect(connection); // the lambda refers to this frame
    if (!listed)
        warn(tr("The project explorer did not finish listing the project; its "
                     "screenshot may be incomplete."));
    explorer->expandAll();
    screenshots::settle();
    save(m_window.get(), QStringLiteral("01-main-window"));
}

void ScreenshotTour::trainingMonitor()
{
    const QString name = QStringLiteral("10-training-monitor");
    if (m_latest->runEpochs.empty())
        return skip(name, tr("the project has no training run with recorded epochs"));
    TrainingMonitor *monitor = m_window->trainingMonitor();
    if (!monitor->showRecordedRun(m_latest->runEpochs, m_latest->runUntrained))
        return skip(name, tr("a training is running"));
    showTab(monitor);
    save(m_window.get(), name);
}

void ScreenshotTour::bankBuilder()
{
    const QString name = QStringLiteral("11-memory-bank");
    const qint64 bankId = m_latest->bankId;
    if (bankId == 0)
        return skip(name, tr("the project has no memory bank"));
    m_window->showBankBuilder(bankId);
    BankBuilderPanel *panel = m_window->bankBuilder();
    GoodImageModel *images = panel->imageModel();
    // Opened, the class's images listed and every thumbnail decoded.
    const bool ready = screenshots::waitUntil(
        [&] {
            return panel->currentBank().bankId == bankId && !panel->isBusy()
                   && images->rowCount() > 0 && images->thumbnailCount() == images->rowCount();
        },
        kTimeoutMs);
    if (!ready)
        return skip(name, tr("memory bank %1 did not open within %2 s")
                              .arg(bankId)
                              .arg(kTimeoutMs / 1000));
    save(m_window.get(), name);
}

void ScreenshotTour::review()
{
    const QString name = QStringLiteral("12-review");
    const qint64 batchId = m_latest->batchId;
    if (batchId == 0)
        return skip(name, tr("the project has no inspection batch"));
    BatchReviewPanel *panel = m_window->reviewPanel();
    bool finished = false, ok = false, rendered = false;
    // Both lambdas refer to this frame: disconnected before it ends.
    const auto listed = QObject::connect(panel, &BatchReviewPanel::batchFinished, panel,
                                         [&](bool success) {
                                             finished = true;
                                             ok = success;
                                         });
    const auto drawn = QObject::connect(panel->viewer(), &ReviewViewer::regionsUpdated, panel,
                                        [&rendered] { rendered = true; });
    showTab(panel);
    panel->openBatch(batchId);
    // The list is complete, then the first (highest-scoring) image's overlay is rendered.
    screenshots::waitUntil([&] { return finished && (!ok || rendered); }, kTimeoutMs);
    QObject::disconnect(listed);
    QObject::disconnect(drawn);
    if (!finished || !ok)
        return skip(name, tr("inspection batch %1 could not be listed").arg(batchId));
    if (!rendered)
        return skip(name, tr("the heat map of batch %1 was not rendered within %2 s")
                              .arg(batchId)
                              .arg(kTimeoutMs / 1000));
    save(m_window.get(), name);
}

void ScreenshotTour::metrics()
{
    const QString name = QStringLiteral("13-metrics");
    if (m_latest->evaluationId == 0)
        return skip(name, tr("the project has no evaluation"));
    auto *dashboard = m_window->findChild<MetricsDashboard *>();
    // The dashboard reads the project itself (as when an evaluation is opened from the
    // explorer); wait for it to show the evaluation or to say why it cannot.
    bool shown = false;
    QString error;
    const QMetaObject::Connection onShown =
        QObject::connect(dashboard, &MetricsDashboard::displayed, dashboard, [&] { shown = true; });
    const QMetaObject::Connection onFailed =
        QObject::connect(dashboard, &MetricsDashboard::failed, dashboard,
                         [&](const QString &message) { error = message; });
    showTab(dashboard);
    dashboard->showEvaluations({m_latest->evaluationId});
    screenshots::waitUntil([&] { return shown || !error.isEmpty(); }, kTimeoutMs);
    QObject::disconnect(onShown);
    QObject::disconnect(onFailed);
    if (!shown)
        return skip(name, error.isEmpty()
                              ? tr("evaluation %1 was not shown within %2 s")
                                    .arg(m_latest->evaluationId)
                                    .arg(kTimeoutMs / 1000)
                              : tr("evaluation %1 cannot be read: %2")
                                    .arg(m_latest->evaluationId)
                                    .arg(error));
    screenshots::settle();
    save(m_window.get(), name);
}

void ScreenshotTour::showTab(QWidget *page)
{
    m_window->findChild<QTabWidget *>(QStringLiteral("centralTabs"))->setCurrentWidget(page);
}

void ScreenshotTour::save(QWidget *widget, const QString &name)
{
    // Charts replot on a queued event and layouts settle after show: let both happen.
    screenshots::settle();
    const QString path = QDir(m_output).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path))
        return skip(name, tr("%1 cannot be written").arg(path));
    m_written << path;
}

void ScreenshotTour::warn(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stderr);
}

void ScreenshotTour::skip(const QString &name, const QString &why)
{
    warn(tr("Skipped %1: %2.").arg(name, why));
    m_skipped << name;
}

} // namespace nexvitad::ui

// The screenshot tour's dialogs: import wizard, settings, training wizard, report export.
// Each is opened on the project, shown at ScreenshotTour::kDialogSize and closed again
// without changing the project (wizards are rejected, never finished).

#include "screenshot_tour.h"

#include "event_wait.h"
#include "project/latest_items.h"

#include "import/import_wizard.h"
#include "main_window.h"
#include "project/project_session.h"
#include "report/report_export_dialog.h"
#include "settings/settings_dialog.h"
#include "settings/weights_page.h"
#include "training/training_wizard.h"

#include <QAbstractButton>
#include <QLabel>
#include <QPointer>
#include <QTabWidget>
#include <QTableWidget>

namespace nexvitad::ui {

namespace {
// Shows a dialog at the tour's fixed size and lets it lay out.
void present(QWidget *dialog)
{
    dialog->resize(ScreenshotTour::kDialogSize);
    dialog->show();
    screenshots::settle();
}
} // namespace

void ScreenshotTour::importWizard()
{
    const QString root = m_latest->datasetRoot;
    if (root.isEmpty())
        return skip(QStringLiteral("02-05 import wizard"), tr("the project has no dataset"));
    ImportWizard wizard(m_window->session()->project(), root, m_window.get());
    present(&wizard);
    save(&wizard, QStringLiteral("02-import-wizard-folder"));
    wizard.next();
    // The scan runs in a worker; Cancel disables when it ends, Next enables when its data
    // is usable.
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    auto *cancel = wizard.findChild<QAbstractButton *>(QStringLiteral("cancelScanButton"));
    screenshots::waitUntil([&] { return next->isEnabled() || !cancel->isEnabled(); },
                           kTimeoutMs);
    if (!next->isEnabled()) {
        save(&wizard, QStringLiteral("03-import-wizard-classes"));
        warn(tr("The scan of %1 did not succeed; the later import pages are skipped.")
                      .arg(root));
        return;
    }
    save(&wizard, QStringLiteral("03-import-wizard-classes"));
    wizard.next();
    save(&wizard, QStringLiteral("04-import-wizard-problems"));
    wizard.next();
    save(&wizard, QStringLiteral("05-import-wizard-confirm"));
    wizard.reject(); // the dataset is in the project already: record nothing
}

void ScreenshotTour::settings()
{
    SettingsDialog dialog(m_window.get());
    dialog.findChild<QTabWidget *>()->setCurrentWidget(dialog.weightsPage());
    present(&dialog);
    save(&dialog, QStringLiteral("06-settings-weights"));
    dialog.reject();
}

void ScreenshotTour::trainingWizard()
{
    if (m_latest->datasetId == 0)
        return skip(QStringLiteral("07-09 training wizard"), tr("the project has no dataset"));
    // What the explorer's double-click on a dataset does: rescan, then open the wizard.
    m_window->trainOnDataset(m_latest->datasetId);
    QPointer<TrainingWizard> wizard;
    screenshots::waitUntil(
        [&] { return (wizard = m_window->findChild<TrainingWizard *>()) != nullptr; },
        kTimeoutMs);
    if (!wizard)
        return skip(QStringLiteral("07-09 training wizard"),
                    tr("the dataset %1 could not be scanned").arg(m_latest->datasetRoot));
    present(wizard);
    // All classes but one as sources and one target, as the paper's splits do.
    const int classes =
        wizard->findChild<QTableWidget *>(QStringLiteral("trainingClassTable"))->rowCount();
    if (classes >= 2)
        wizard->drawSplit(QStringLiteral("%1/1").arg(classes - 1), 0);
    save(wizard, QStringLiteral("07-training-wizard-classes"));
    wizard->next();
    save(wizard, QStringLiteral("08-training-wizard-settings"));
    wizard->next();
    if (wizard->currentId() == TrainingWizard::Summary) {
        // The estimate measures this machine in a worker; wait for its answer.
        auto *estimate = wizard->findChild<QLabel *>(QStringLiteral("timeEstimate"));
        const QString measuring = TrainingWizard::tr("Measuring this machine's speed...");
        screenshots::waitUntil([&] { return estimate->text() != measuring; }, kTimeoutMs);
        save(wizard, QStringLiteral("09-training-wizard-summary"));
    } else {
        skip(QStringLiteral("09-training-wizard-summary"),
             tr("the wizard's class or settings page reports a problem"));
    }
    wizard->reject(); // deletes itself (WA_DeleteOnClose); no training starts
}

void ScreenshotTour::reportDialog()
{
    const QString name = QStringLiteral("14-report-export");
    if (m_latest->batchId == 0 && m_latest->evaluationId == 0)
        return skip(name, tr("the project has no inspection batch or evaluation to report on"));
    ReportExportDialog dialog(m_window->session()->project(), m_window->session()->store(),
                              m_window.get());
    bool done = false;
    // Both lambdas refer to this frame; the dialog (their context) ends with it.
    QObject::connect(&dialog, &ReportExportDialog::previewReady, &dialog, [&done] { done = true; });
    QObject::connect(&dialog, &ReportExportDialog::failed, &dialog, [&done] { done = true; });
    present(&dialog);
    // The preview may also have been shown before the connections were made.
    screenshots::waitUntil([&] { return done || dialog.previewPageCount() > 0; }, kTimeoutMs);
    if (dialog.previewPageCount() == 0)
        return skip(name, tr("the report preview was not ready within %1 s")
                              .arg(kTimeoutMs / 1000));
    save(&dialog, name);
    dialog.reject();
}

} // namespace nexvitad::ui

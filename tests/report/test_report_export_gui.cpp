// File > Export report... offscreen: the action opens the dialog once a project is open,
// the dialog lists the project's batch and evaluation, previews the first pages, and
// exports a PDF (Letter when chosen) that the project then also holds.

#include "main_window.h"
#include "pdf_tools.h"
#include "project/project_session.h"
#include "report/report_export_dialog.h"
#include "report_fixture.h"
#include "store/sql.h"
#include "test_support.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nexvitad::ui;

using namespace reporttest;

class TestReportExportGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    Fixture m_fixture;

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::isolateSettings();
        if (!havePoppler())
            QSKIP("poppler-utils are not installed");
        m_fixture = makeFixture(m_tmp.filePath("fixture"));
    }

    void exportFromTheMainWindow()
    {
        MainWindow window;
        auto *action = window.findChild<QAction *>("exportReportAction");
        QVERIFY(action);
        QVERIFY(!action->isEnabled()); // no project yet
        QVERIFY(window.openProject(m_fixture.project->folder()));
        QVERIFY(action->isEnabled());
        action->trigger();
        auto *dialog = window.findChild<ReportExportDialog *>("reportExportDialog");
        QVERIFY(dialog);

        auto *target = dialog->findChild<QComboBox *>("reportTarget");
        QTRY_COMPARE(target->count(), 2); // the batch and the evaluation
        QTRY_VERIFY(dialog->previewPageCount() == 2);

        // Choose the evaluation on Letter paper; the preview follows.
        const int evaluationRow = target->itemData(0).toList().value(0).toBool() ? 0 : 1;
        QSignalSpy preview(dialog, &ReportExportDialog::previewReady);
        target->setCurrentIndex(evaluationRow);
        dialog->findChild<QComboBox *>("paperSize")->setCurrentIndex(1);
        QTRY_VERIFY(preview.count() >= 1);

        QSignalSpy exported(dialog, &ReportExportDialog::exported);
        QSignalSpy failed(dialog, &ReportExportDialog::failed);
        const QString pdf = m_tmp.filePath("gui-evaluation.pdf");
        dialog->exportTo(pdf);
        QTRY_VERIFY_WITH_TIMEOUT(exported.count() + failed.count() == 1, 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed[0][0].toString()));
        QCOMPARE(pdfPages(pdf), exported[0][1].toInt());
        QVERIFY(pdfPageSize(pdf).contains("letter"));
        QVERIFY(pdfText(pdf).contains(m_fixture.manifestSha256));
        QCOMPARE(nexvitad::store::scalar(m_fixture.project->database(),
                                         "SELECT count(*) FROM reports WHERE evaluation_id = ?",
                                         {m_fixture.evaluation})
                     .toInt(),
                 1);
        // The export is a job of the project, like `nexvitad-cli report --project`.
        QCOMPARE(nexvitad::store::scalar(m_fixture.project->database(),
                                         "SELECT status FROM jobs WHERE kind = 'report'"
                                         " AND command LIKE ? ORDER BY id DESC LIMIT 1",
                                         {QStringLiteral("%") + pdf})
                     .toString(),
                 QStringLiteral("completed"));
        dialog->close();
    }
};

QTEST_MAIN(TestReportExportGui)
#include "test_report_export_gui.moc"
